import AlmanacCore

/// A file read from disk, before anything is known about its contents.
public struct SourceFile: Hashable, Sendable {
    /// Relative to the site root, e.g. `Content/2025/q3.zh.md`.
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// Identifies an article across its languages: `2020/jinjiang-experience`, or `pages/charts`
/// for a page outside the editions (`Content/pages/charts.zh.md`).
public struct ArticleID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The edition year; nil for a standalone page.
    public var edition: Int?
    public var slug: String

    public init(edition: Int?, slug: String) {
        self.edition = edition
        self.slug = slug
    }

    public var isPage: Bool { edition == nil }

    public var description: String { "\(edition.map(String.init) ?? "pages")/\(slug)" }

    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool {
        (lhs.edition ?? 0, lhs.slug) < (rhs.edition ?? 0, rhs.slug)
    }
}

/// One language version of an article: which article, in which language.
public struct ArticleKey: Hashable, Sendable {
    public var id: ArticleID
    public var language: String

    public init(_ id: ArticleID, language: String) {
        self.id = id
        self.language = language
    }
}

/// One language version of an article: its front matter, parsed and checked, and its Markdown body.
public struct Article: Hashable, Sendable {
    public var id: ArticleID
    public var language: String
    /// Path as printed in diagnostics, e.g. `Content/2025/review.zh.md`.
    public var path: String
    /// Path below the content folder, e.g. `2025/review.zh.md`; links between articles resolve against it.
    public var contentPath: String
    public var title: String
    public var date: CalendarDate
    public var summary: String?
    public var tags: [String]
    public var draft: Bool
    public var period: Period
    public var indicators: [IndicatorValue]
    /// The Markdown after the front matter: a slice of the file's text, which is not copied.
    public var body: Substring
    /// File line of the body's first line, to turn cmark's lines into file lines.
    public var bodyLine: Int

    public var key: ArticleKey { ArticleKey(id, language: language) }

    /// The path below the content folder without language and extension (`2023/plan`), as
    /// links between articles name it.
    public var pathWithoutLanguage: String { String(contentPath.dropLast(".\(language).md".count)) }

    /// True when lists, tables and charts elsewhere would show `other` exactly as they show this
    /// version: the same front matter, whatever happened to the body or to line numbers.
    public func listsLike(_ other: Article) -> Bool {
        title == other.title && date == other.date && summary == other.summary && tags == other.tags
            && draft == other.draft && period == other.period && indicators.map(\.figure) == other.indicators.map(\.figure)
    }

    /// Where a line of the body sits in the file.
    public func location(ofBodyLine line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: bodyLine + line - 1, column: column)
    }
}
