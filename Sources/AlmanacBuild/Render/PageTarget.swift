/// One page the site has, named independently of its contents, so a rebuild can ask for
/// exactly the pages a change affects.
public enum PageTarget: Hashable, Sendable {
    case root
    case home(language: String)
    case edition(Int, language: String)
    /// What changed in an edition since the one before: revised, new and dropped figures.
    case revisions(Int, language: String)
    case article(ArticleID, language: String)
    case indicatorIndex(language: String)
    case indicator(String, language: String)
    case tagIndex(language: String)
    case tag(String, language: String)
    case search(language: String)
    case notFound
    case archiveIndex(language: String)
    /// Files for machines rather than readers.
    case feed(language: String)
    case searchIndex(language: String)
    case editionData(Int, language: String, format: DataFormat)
    /// Every edition's figures in one file of each format.
    case siteData(language: String, format: DataFormat)
    case sitemap
    case robots

    /// Pages that publish the charts they draw as files of their own (`ChartPages`), so an edit
    /// of the chart page's template renders them again.
    var publishesCharts: Bool {
        switch self {
        case .article, .indicator: true
        default: false
        }
    }

    /// Files that no open page shows: the preview writes them only when they are asked for.
    var isForMachines: Bool { template == nil }

    /// The output path of this page or file.
    func path(_ urls: SiteURLs) -> String {
        switch self {
        case .root: "index.html"
        case .notFound: "404.html"
        case .sitemap: "sitemap.xml"
        case .robots: "robots.txt"
        case let .home(language): urls.file(urls.home(language))
        case let .edition(year, language): urls.file(urls.edition(year, language))
        case let .revisions(year, language): urls.file(urls.revisions(year, language))
        case let .article(id, language): urls.file(urls.article(id, language))
        case let .indicatorIndex(language): urls.file(urls.indicators(language))
        case let .indicator(id, language): urls.file(urls.indicator(id, language))
        case let .tagIndex(language): urls.file(urls.tags(language))
        case let .tag(tag, language): urls.file(urls.tag(tag, language))
        case let .search(language): urls.file(urls.search(language))
        case let .archiveIndex(language): urls.file(urls.archive(language))
        case let .feed(language): urls.feed(language)
        case let .searchIndex(language): urls.searchIndex(language)
        case let .editionData(year, language, format): urls.editionData(year, language, format)
        case let .siteData(language, format): urls.siteData(language, format)
        }
    }

    /// One target of each kind, for what is said of kinds rather than pages.
    static let everyKind: [PageTarget] = [
        .root, .home(language: ""), .edition(0, language: ""), .revisions(0, language: ""), .article(ArticleID(edition: nil, slug: ""), language: ""),
        .indicatorIndex(language: ""), .indicator("", language: ""), .tagIndex(language: ""), .tag("", language: ""),
        .search(language: ""), .notFound, .archiveIndex(language: ""), .feed(language: ""), .searchIndex(language: ""),
        .editionData(0, language: "", format: .csv), .siteData(language: "", format: .csv), .sitemap, .robots,
    ]

    /// The template that renders this kind of page; nil for files written by Swift alone. The
    /// one place a page's template is named.
    var template: String? {
        switch self {
        case .root: "root"
        case .home: "home"
        case .edition: "edition"
        case .revisions: "revisions"
        case .article: "article"
        case .indicatorIndex: "indicators"
        case .indicator: "indicator"
        case .tagIndex: "tags"
        case .tag: "tag"
        case .search: "search"
        case .notFound: "404"
        case .archiveIndex: "archive"
        case .feed, .searchIndex, .editionData, .siteData, .sitemap, .robots: nil
        }
    }
}

extension SiteModel {
    /// Whether the site has this page.
    func contains(_ target: PageTarget) -> Bool {
        switch target {
        case .root: true
        case let .home(language): config.language(language) != nil
        case let .edition(year, language): !articles(in: year, language: language).isEmpty
        case let .revisions(year, language): previousEdition(before: year) != nil && !articles(in: year, language: language).isEmpty
        case let .article(id, language): article(id, language: language) != nil
        case let .archiveIndex(language): config.language(language) != nil && !frozenEditions.isEmpty
        case let .indicatorIndex(language), let .tagIndex(language), let .search(language),
             let .feed(language), let .searchIndex(language):
            config.language(language) != nil
        case let .indicator(id, language): config.language(language) != nil && dataset.reports[id] != nil
        case let .tag(tag, language): tags(language: language)[tag] != nil
        case let .editionData(year, language, _): !articles(in: year, language: language).isEmpty
        case let .siteData(language, _): config.language(language) != nil
        case .notFound, .sitemap, .robots: true
        }
    }

    /// Every page and file of the site, articles first.
    public var pageTargets: [PageTarget] {
        articles.map { PageTarget.article($0.id, language: $0.language) } + listTargets
    }

    /// Every page and file of the site but the articles' own pages.
    var listTargets: [PageTarget] {
        var targets: [PageTarget] = [.root, .notFound, .sitemap, .robots]
        for language in config.languages.map(\.code) {
            targets += DataFormat.allCases.map { .siteData(language: language, format: $0) }
            targets += [.home(language: language), .indicatorIndex(language: language), .tagIndex(language: language),
                        .search(language: language), .feed(language: language), .searchIndex(language: language)]
            if !frozenEditions.isEmpty { targets.append(.archiveIndex(language: language)) }
            for year in editions where !articles(in: year, language: language).isEmpty {
                targets.append(.edition(year, language: language))
                if previousEdition(before: year) != nil { targets.append(.revisions(year, language: language)) }
                targets += DataFormat.allCases.map { .editionData(year, language: language, format: $0) }
            }
            targets += dataset.reports.keys.sorted().map { .indicator($0, language: language) }
            targets += tags(language: language).keys.sorted().map { .tag($0, language: language) }
        }
        return targets
    }

    /// The edition before `year`, if any.
    public func previousEdition(before year: Int) -> Int? {
        editions.first { $0 < year }
    }

    /// Tags of `language` with their articles, newest first.
    public func tags(language: String) -> [String: [Article]] {
        tagIndex[language] ?? [:]
    }

    /// Tags by language, each with its articles in site order (newest first).
    static func tagIndex(_ articles: [Article]) -> [String: [String: [Article]]] {
        var index: [String: [String: [Article]]] = [:]
        for article in articles {
            for tag in article.tags { index[article.language, default: [:]][tag, default: []].append(article) }
        }
        return index
    }
}
