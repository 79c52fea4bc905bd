import AlmanacCore
import AlmanacMarkdown

/// Gives every heading a stable `id` made from its text, so tables of contents and readers
/// can link to sections. Chinese headings keep their characters: `一、总体情况` → `一总体情况`.
struct HeadingAnchorTransform: ArticleTransform {
    func apply(to document: MarkdownDocument, of article: Article, in context: TransformContext) -> [Diagnostic] {
        var taken = context.layoutIDs
        for heading in document.headings() {
            let id = Self.unique(Slug.of(heading.text), taken: taken)
            taken.insert(id)
            document.setID(id, of: heading)
        }
        return []
    }

    /// `base`, or `base-2`, `base-3`… whichever is free: headings "Intro", "Intro" and
    /// "Intro 2" get `intro`, `intro-2` and `intro-2-2`.
    static func unique(_ base: String, taken: Set<String>) -> String {
        guard taken.contains(base) else { return base }
        var number = 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }

    /// Level 2 and 3 headings that `apply` anchored.
    static func tableOfContents(_ document: MarkdownDocument) -> [TOCEntry] {
        document.anchors.filter { (2...3).contains($0.level) }.map { TOCEntry(level: $0.level, text: $0.text, id: $0.id) }
    }
}
