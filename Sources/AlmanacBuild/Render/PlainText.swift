/// Text content of an HTML fragment: tags dropped, the common entities decoded.
enum PlainText {
    /// The text, or its first `limit` characters (the rest of the HTML is not read).
    static func of(html: String, upTo limit: Int = .max) -> String {
        var text = ""
        var inTag = false
        var count = 0
        for character in html {
            guard count < limit else { break }
            switch character {
            case "<": inTag = true
            case ">": inTag = false; text.append(" ")
            default: if !inTag { text.append(character); count += 1 }
            }
        }
        return text.replacingEntities
    }
}

private extension String {
    var replacingEntities: String {
        guard contains("&") else { return self }
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
