import AlmanacCore
import AlmanacMarkdown

/// Turns links to other articles, written as relative `.md` paths (`../2023/plan.md`,
/// `plan.en.md#targets`), into page URLs in the right language.
///
/// A path without a language links to the version in the reader's language; a missing
/// article is an error.
struct ArticleLinkTransform: ArticleTransform {
    func apply(to document: MarkdownDocument, of article: Article, in context: TransformContext) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for link in document.links() {
            guard let target = MarkdownPathLink(link.destination, from: article) else { continue }
            guard let id = context.articlesByPath[target.key] else {
                problems.append(.error(
                    "link to \(target.original) finds no article (looked for \(target.key).<language>.md); fix the path",
                    at: article.location(ofBodyLine: link.line)))
                continue
            }
            let language = target.language ?? article.language
            let versions = context.model.translations[id] ?? [:]
            let chosen = versions[language] != nil ? language : versions.keys.sorted().first ?? language
            document.setDestination(of: link, to: context.urls.link(context.urls.article(id, chosen)) + target.fragment)
        }
        return problems
    }
}

/// A relative link to a Markdown file, resolved against the linking article's folder.
struct MarkdownPathLink {
    var original: String
    /// Path below the content folder without language and extension: `2023/plan`.
    var key: String
    var language: String?
    var fragment: String

    init?(_ destination: String, from article: Article) {
        guard !destination.contains("://"), !destination.hasPrefix("/"), !destination.hasPrefix("#"),
              !destination.hasPrefix("mailto:") else { return nil }
        let hash = destination.firstIndex(of: "#") ?? destination.endIndex
        let path = destination[..<hash]
        guard path.hasSuffix(".md") else { return nil }
        var folder = article.contentPath.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/") {
            if part == ".." { _ = folder.popLast() } else if part != "." { folder.append(String(part)) }
        }
        var name = folder.popLast().map { String($0.dropLast(3)) } ?? ""
        if let dot = name.lastIndex(of: "."), name[name.index(after: dot)...].allSatisfy({ $0.isASCII && $0.isLetter }) {
            language = String(name[name.index(after: dot)...])
            name = String(name[..<dot])
        }
        self.original = destination
        self.key = (folder + [name]).joined(separator: "/")
        self.fragment = String(destination[hash...])
    }
}
