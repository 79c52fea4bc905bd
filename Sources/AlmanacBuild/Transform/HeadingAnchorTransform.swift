import AlmanacCore
import AlmanacMarkdown

/// Gives every heading a stable `id` made from its text, so tables of contents and readers
/// can link to sections. Chinese headings keep their characters: `一、总体情况` → `一总体情况`.
struct HeadingAnchorTransform: ArticleTransform {
    func apply(to document: MarkdownDocument, of article: Article, in context: TransformContext) -> [Diagnostic] {
        var used: [String: Int] = [:]
        for heading in document.headings() {
            let base = Self.slug(heading.text)
            let count = used[base, default: 0] + 1
            used[base] = count
            document.setID(count == 1 ? base : "\(base)-\(count)", of: heading)
        }
        return []
    }

    /// Level 2 and 3 headings that `apply` anchored.
    static func tableOfContents(_ document: MarkdownDocument) -> [TOCEntry] {
        document.anchors.filter { (2...3).contains($0.level) }.map { TOCEntry(level: $0.level, text: $0.text, id: $0.id) }
    }

    /// Letters and digits of any script, lowercased; spaces and hyphens become single hyphens.
    static func slug(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "_" {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
