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
    /// Articles of each edition and language in reading order (date, then slug); standalone
    /// pages under edition nil, by title.
    var sections: [SectionKey: [Article]]
    /// Tags by language, with their articles; see `tags(language:)`. Setting it also settles
    /// the tags' URLs.
    var tagIndex: [String: [String: [Article]]] = [:] {
        didSet { tagSlugs = SiteURLs.disambiguatedTagSlugs(tagIndex.values.flatMap(\.keys)) }
    }
    private(set) var tagSlugs: [String: String] = [:]
    /// Where every page lives, tag pages included.
    public var urls: SiteURLs { SiteURLs(config: config, tagSlugs: tagSlugs) }
    /// Every figure a later edition changed, from `dataset`; kept in step with it.
    public var ledger = RevisionLedger()
    /// What each edition's `edition.yml` says, by edition.
    public var editionInfo: [Int: EditionInfo] = [:]
    /// Article ids by their path below the content folder without language and extension
    /// (`2023/plan`), for links between articles.
    public var articlesByPath: [String: ArticleID] = [:]
    /// The words around figures by language, from the string tables; built-in words otherwise.
    public var figureWords: [String: FigureWords] = [:]
    /// Editions kept as they were published, newest first; their pages are never rendered again.
    public var frozenEditions: [FrozenEditionSummary] = []

    /// The order of `articles`: newest edition first, then newest date, then slug.
    static func inSiteOrder(_ lhs: Article, _ rhs: Article) -> Bool {
        (rhs.id.edition ?? 0, rhs.date, lhs.id.slug) < (lhs.id.edition ?? 0, lhs.date, rhs.id.slug)
    }

    /// Writes figures, periods and dates in `language` with the site's words.
    public func format(_ language: String) -> FigureFormatter {
        FigureFormatter(language: language, words: figureWords[language])
    }

    /// The published articles of one edition in one language, in reading order.
    public func articles(in edition: Int, language: String) -> [Article] {
        sections[SectionKey(edition: edition, language: language)] ?? []
    }

    /// Standalone pages in `language`, by title.
    public func pages(language: String) -> [Article] {
        sections[SectionKey(edition: nil, language: language)] ?? []
    }

    /// The version of `id` in `language`, if it was written.
    public func article(_ id: ArticleID, language: String) -> Article? {
        translations[id]?[language]
    }

    /// The articles before and after `article` in its edition; none for pages.
    public func neighbours(of article: Article) -> (previous: Article?, next: Article?) {
        guard article.id.edition != nil else { return (nil, nil) }
        let key = SectionKey(article)
        let siblings = sections[key] ?? []
        guard let index = key.position(of: article, in: siblings) else { return (nil, nil) }
        return (index > 0 ? siblings[index - 1] : nil, index + 1 < siblings.count ? siblings[index + 1] : nil)
    }
}

/// One edition (or the standalone pages) in one language.
struct SectionKey: Hashable, Sendable {
    var edition: Int?
    var language: String

    init(edition: Int?, language: String) {
        self.edition = edition
        self.language = language
    }

    init(_ article: Article) {
        self.init(edition: article.id.edition, language: article.language)
    }

    /// Reading order within a section.
    func precedes(_ lhs: Article, _ rhs: Article) -> Bool {
        edition == nil
            ? (lhs.title, lhs.id.slug) < (rhs.title, rhs.id.slug)
            : (lhs.date, lhs.id.slug) < (rhs.date, rhs.id.slug)
    }

    func sorted(_ articles: [Article]) -> [Article] {
        articles.sorted(by: precedes)
    }

    /// Where `article` is in `articles`, its section in reading order: found by halving, since
    /// every page asks for its neighbours and an edition can hold thousands of articles.
    func position(of article: Article, in articles: [Article]) -> Int? {
        var low = 0, high = articles.count
        while low < high {
            let middle = (low + high) / 2
            if precedes(articles[middle], article) { low = middle + 1 } else { high = middle }
        }
        if low < articles.count, articles[low].id == article.id { return low }
        // Not where the order puts it: the article changed since; look at every one.
        return articles.firstIndex { $0.id == article.id }
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
    public private(set) var reports: [String: [IndicatorReport]]
    /// By indicator id, the most recent report of each period and kind, ordered by period and kind:
    /// the points of the indicator's chart. Kept beside `reports` so that drawing one of the
    /// thousands of charts does not walk every report of its indicator.
    public private(set) var latest: [String: [IndicatorReport]]

    public init(reports: [IndicatorReport]) {
        self.reports = Dictionary(grouping: reports, by: \.value.id).mapValues(Self.ordered)
        self.latest = self.reports.mapValues(Self.latest)
    }

    /// Replaces what `article` reports with `replacement`, touching only the indicators involved.
    mutating func replaceReports(of article: ArticleID, with replacement: [IndicatorReport]) {
        let touched = Set(replacement.map(\.value.id)).union(
            reports.filter { $0.value.contains { $0.article == article } }.keys)
        for id in touched {
            let kept = reports[id, default: []].filter { $0.article != article }
            let list = Self.ordered(kept + replacement.filter { $0.value.id == id })
            reports[id] = list.isEmpty ? nil : list
            latest[id] = list.isEmpty ? nil : Self.latest(list)
        }
    }

    private static func ordered(_ list: [IndicatorReport]) -> [IndicatorReport] {
        list.sorted { ($0.value.period, $0.articleDate, $0.article) < ($1.value.period, $1.articleDate, $1.article) }
    }

    /// When several editions report the same period and kind (an estimate, later revised), the
    /// most recent report: `ordered` puts it last.
    private static func latest(_ ordered: [IndicatorReport]) -> [IndicatorReport] {
        var newest: [String: IndicatorReport] = [:]
        for report in ordered {
            newest["\(report.value.period) \(report.value.kind)"] = report
        }
        return newest.values.sorted { ($0.value.period, $0.value.kind.rawValue) < ($1.value.period, $1.value.kind.rawValue) }
    }

    /// What an edition reports, ordered by indicator id and period.
    public func reports(in edition: Int) -> [IndicatorReport] {
        reports.keys.sorted().flatMap { id in reports[id, default: []].filter { $0.article.edition == edition } }
    }
}
