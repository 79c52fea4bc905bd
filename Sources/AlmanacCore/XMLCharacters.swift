/// The characters XML 1.0 forbids (`Char` production): C0 controls other than tab, line feed and
/// carriage return, and U+FFFE, U+FFFF. One of them makes a feed or sitemap unreadable to every
/// XML parser, and HTML forbids them too.
public enum XMLCharacters {
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// The first forbidden character of `text`, as `U+0001`; nil when there is none.
    public static func firstForbidden(in text: String) -> String? {
        // Every forbidden character is a byte below 0x20 or starts with 0xEF in UTF-8.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0xEF }), let scalar = text.unicodeScalars.first(where: isForbidden) else { return nil }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` without forbidden characters.
    public static func removingForbidden(_ text: String) -> String {
        guard firstForbidden(in: text) != nil else { return text }
        var out = ""
        out.unicodeScalars.append(contentsOf: text.unicodeScalars.filter { !isForbidden($0) })
        return out
    }
}
