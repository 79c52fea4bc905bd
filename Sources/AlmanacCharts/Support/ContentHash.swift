/// A short FNV-1a hash of text, for ids that stay the same from build to build.
///
/// Swift's `Hasher` is seeded per process, so it cannot be used for anything written to disk.
enum ContentHash {
    static func hex(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
