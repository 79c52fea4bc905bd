/// Unicode scalars read straight from UTF-8 bytes, for the passes over whole bodies (reading
/// time, search terms) where decoding through `String` cost more than the rest of the work.
enum UTF8Scalars {
    /// The scalar starting at `index` and its length in bytes. The bytes come from a Swift
    /// string, so they are valid UTF-8; a scalar cut off at the end of the buffer is read short.
    static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        guard lead >= 0x80 else { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length where index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        return (value, length)
    }

    /// CJK Unified Ideographs and Extension A: the characters read and indexed one by one.
    static func isHan(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
    }
}
