import Mustache

/// swift-mustache's HTML escaping (the same five replacements) done on UTF-8 bytes.
///
/// swift-mustache looks every character of every variable up in a dictionary, which took about an
/// eighth of a full build. Templates are parsed with a `CONTENT_TYPE` pragma naming this type, so
/// their output is the same, only made faster; authors write plain Mustache.
struct TemplateEscaping: MustacheContentType {
    static let name = "ALMANAC_HTML"
    /// Put in front of every template before parsing; a standalone pragma line renders nothing.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    /// Registers the type with swift-mustache once per process, before the first template is parsed.
    static let registered: Bool = {
        MustacheContentTypes.register(TemplateEscaping(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String {
        var text = text
        let escaped = text.withUTF8 { bytes -> String? in
            guard bytes.contains(where: { Self.replacement($0) != nil }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            for byte in bytes {
                if let replacement = Self.replacement(byte) { out += replacement } else { out.append(byte) }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? text
    }

    private static func replacement(_ byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "<"): Array("&lt;".utf8)
        case UInt8(ascii: ">"): Array("&gt;".utf8)
        case UInt8(ascii: "&"): Array("&amp;".utf8)
        case UInt8(ascii: "\""): Array("&quot;".utf8)
        case UInt8(ascii: "'"): Array("&#39;".utf8)
        default: nil
        }
    }
}
