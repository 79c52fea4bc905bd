/// Text content of an HTML fragment: tags dropped, the common entities decoded.
enum PlainText {
    /// The text, or its first `limit` characters (the rest of the HTML is not read).
    ///
    /// Works on UTF-8 bytes and counts Unicode scalars: walking the HTML by `Character` spent
    /// most of its time finding grapheme boundaries in markup that is then thrown away.
    static func of(html: String, upTo limit: Int = .max) -> String {
        var text: [UInt8] = []
        var inTag = false
        var count = 0
        for byte in html.utf8 {
            let startsScalar = byte & 0xC0 != 0x80
            if startsScalar, count >= limit { break }
            switch byte {
            case UInt8(ascii: "<"): inTag = true
            case UInt8(ascii: ">"): inTag = false; text.append(UInt8(ascii: " "))
            default:
                guard !inTag else { continue }
                text.append(byte)
                if startsScalar { count += 1 }
            }
        }
        return String(decoding: text, as: UTF8.self).replacingEntities
    }
}

private extension String {
    var replacingEntities: String {
        guard utf8.contains(UInt8(ascii: "&")) else { return self }
        return split(separator: "&", omittingEmptySubsequences: false).enumerated().map { index, part in
            guard index > 0 else { return String(part) }
            for (entity, value) in [("amp;", "&"), ("lt;", "<"), ("gt;", ">"), ("quot;", "\""), ("#39;", "'")]
            where part.hasPrefix(entity) {
                return value + part.dropFirst(entity.count)
            }
            return "&" + part
        }.joined()
    }
}
