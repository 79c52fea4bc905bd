import AlmanacCore
import AlmanacMarkdown

/// A rewrite of an article's Markdown tree before it becomes HTML: the extension point where
/// figures are filled in, links resolved, headings anchored and chart fences drawn.
public protocol ArticleTransform: Sendable {
    /// Rewrites `document` in place and returns any problems found, located in the article's file.
    func apply(to document: MarkdownDocument, of article: Article, in context: TransformContext) -> [Diagnostic]
    /// `apply`, also adding to `charts` the charts it draws, which the article publishes as
    /// files of their own beside its page. Only transforms that draw charts need to say more.
    func apply(to document: MarkdownDocument, of article: Article, in context: TransformContext,
               charts: inout [PublishedChart]) -> [Diagnostic]
}

extension ArticleTransform {
    public func apply(to document: MarkdownDocument, of article: Article, in context: TransformContext,
                      charts: inout [PublishedChart]) -> [Diagnostic] {
        apply(to: document, of: article, in: context)
    }
}

/// What transforms may consult: the whole site, read-only. Made for each transform run from the
/// one model and the `TransformInputs`, and let go of after it.
public struct TransformContext: Sendable {
    public var model: SiteModel
    public var urls: SiteURLs
    public var inputs: TransformInputs

    /// Article ids by their path below the content folder without language and extension (`2023/plan`).
    public var articlesByPath: [String: ArticleID] { model.articlesByPath }
    /// Text of the files under `Content/data/`, by their path below it, for CSV charts.
    public var dataFiles: [String: String] { inputs.dataFiles }
    /// Ids the templates give their own elements (`main`, `search-query`): no heading takes one.
    public var layoutIDs: Set<String> { inputs.layoutIDs }

    public init(model: SiteModel, inputs: TransformInputs = TransformInputs()) {
        self.model = model
        self.urls = model.urls
        self.inputs = inputs
    }
}

/// What transforms read besides the model: data files and the templates' own element ids.
public struct TransformInputs: Sendable {
    public var dataFiles: [String: String]
    public var layoutIDs: Set<String>

    public init(dataFiles: [String: String] = [:], layoutIDs: Set<String> = []) {
        self.dataFiles = dataFiles
        self.layoutIDs = layoutIDs
    }
}

/// An article's body as HTML, with what the page around it needs.
public struct ArticleBody: Hashable, Sendable {
    public var html: String
    /// Plain text of the body's opening (`searchCharacters` of it), for the search index: kept
    /// apart from `html` so a full build can let go of each page's HTML once the page is written.
    public var searchText: String
    /// How much of a body the search index holds: a large site's index must stay small enough
    /// to download.
    public static let searchCharacters = 400
    /// Level 2 and 3 headings, for the table of contents.
    public var toc: [TOCEntry]
    public var readingMinutes: Int
    /// Indicators whose series the article's charts draw, so an edit elsewhere can redraw them.
    public var chartedIndicators: Set<String>
    /// The article's charts, each published beside its page as SVG, CSV and an embeddable page.
    public var charts: [PublishedChart] = []
}

/// A heading linked from the table of contents.
public struct TOCEntry: Hashable, Sendable {
    public var level: Int
    public var text: String
    public var id: String
}

/// An article with its body rendered: the output of the Transform stage.
public struct TransformedArticle: Hashable, Sendable {
    public var article: Article
    public var body: ArticleBody
}
