import AlmanacCore

/// Everything known about the site once all sources are parsed: the output of the Model stage
/// and what every page is rendered from.
public struct SiteModel: Sendable {
    public var config: SiteConfig
    public var catalogue: IndicatorCatalogue
    /// Every article version that is published, newest edition first, then by date and slug.
    public var articles: [Article]
    /// The versions of each article, by language.
    public var translations: [ArticleID: [String: Article]]
    /// Edition years, newest first.
    public var editions: [Int]
    /// All figures of all editions.
    public var dataset: IndicatorDataset

    /// The published articles of one edition in one language, in reading order (date, then slug).
    public func articles(in edition: Int, language: String) -> [Article] {
        articles.filter { $0.id.edition == edition && $0.language == language }
            .sorted { ($0.date, $0.id.slug) < ($1.date, $1.id.slug) }
    }

    /// Standalone pages in `language`, by title.
    public func pages(language: String) -> [Article] {
        articles.filter { $0.id.isPage && $0.language == language }.sorted { $0.title < $1.title }
    }

    /// The version of `id` in `language`, if it was written.
    public func article(_ id: ArticleID, language: String) -> Article? {
        translations[id]?[language]
    }
}

/// One figure in the site-wide dataset, with the article that reports it.
public struct IndicatorReport: Hashable, Sendable {
    public var value: IndicatorValue
    public var article: ArticleID
    public var articleDate: CalendarDate
}

/// id × period → value, kind and source article, across every edition.
public struct IndicatorDataset: Hashable, Sendable {
    /// Reports by indicator id, ordered by period, then by the date they were reported.
    public var reports: [String: [IndicatorReport]]

    public init(reports: [IndicatorReport]) {
        self.reports = Dictionary(grouping: reports, by: \.value.id).mapValues { list in
            list.sorted { ($0.value.period, $0.articleDate, $0.article) < ($1.value.period, $1.articleDate, $1.article) }
        }
    }

    /// What an edition reports, ordered by indicator id and period.
    public func reports(in edition: Int) -> [IndicatorReport] {
        reports.keys.sorted().flatMap { id in reports[id, default: []].filter { $0.article.edition == edition } }
    }
}
