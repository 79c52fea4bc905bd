/// One thing about the site a page shows. Each kind of page declares here what it shows, and an
/// edit names what it changed, so the preview re-renders exactly the pages where the two meet
/// instead of keeping its own list of which edit touches which page.
enum SiteFact: Hashable, Sendable {
    /// The body and front matter of one article version.
    case article(ArticleKey)
    /// The text of some article in a language, as search indexes it.
    case articleText(language: String)
    /// What lists show of some article in a language: title, date, summary, tags, figures.
    case listing(language: String)
    /// What an edition's pages and downloads show of its articles and figures.
    case edition(Int)
    /// An edition's reading order: the titles and dates its articles link to as neighbours.
    case readingOrder(Int)
    case tag(String, language: String)
    /// The figures reported for an indicator and the articles reporting them.
    case indicator(String)
    /// The values of an indicator, as charts draw them.
    case figures(String)

    /// Whether an article page other than the article it names can show this fact: an article
    /// page shows its own `.article` fact, and of the others only these (see `addDependencies`).
    /// An edit whose facts include none of them re-renders only its own articles' pages, so the
    /// preview need not ask each of a large site's article pages.
    var reachesOtherArticlePages: Bool {
        switch self {
        case .readingOrder, .figures: true
        case .article, .articleText, .listing, .edition, .tag, .indicator: false
        }
    }
}

extension PageTarget {
    /// What this page shows, beyond the configuration, catalogue, strings and templates that every
    /// page shows (a change to those rebuilds the whole site). `languages` are the site's;
    /// `charted` gives the indicators an article's charts draw.
    func dependencies(languages: [String], charted: (ArticleKey) -> Set<String>) -> [SiteFact] {
        var facts: [SiteFact] = []
        addDependencies(to: &facts, languages: languages, charted: charted)
        return facts
    }

    /// `dependencies`, appended to `facts`: the preview asks this of every page after an edit,
    /// so it fills one buffer instead of making an array per page.
    func addDependencies(to facts: inout [SiteFact], languages: [String], charted: (ArticleKey) -> Set<String>) {
        switch self {
        case let .article(id, language):
            let key = ArticleKey(id, language: language)
            facts.append(.article(key))
            if let edition = id.edition { facts.append(.readingOrder(edition)) }
            // Charts and the figure table's revised flags show these indicators' figures.
            for indicator in charted(key) { facts.append(.figures(indicator)) }
        case .root, .home, .indicatorIndex, .sitemap:
            for language in languages { facts.append(.listing(language: language)) }
        case let .feed(language), let .tagIndex(language):
            facts.append(.listing(language: language))
        case let .edition(year, _), let .editionData(year, _, _):
            facts.append(.edition(year))
            // Whether a figure is flagged revised depends on the other editions' figures.
            for language in languages { facts.append(.listing(language: language)) }
        case .revisions, .siteData:
            for language in languages { facts.append(.listing(language: language)) }
        case let .indicator(id, _):
            facts += [.indicator(id), .figures(id)]
        case let .tag(tag, language):
            facts.append(.tag(tag, language: language))
        case let .searchIndex(language):
            facts.append(.articleText(language: language))
        case .search, .notFound, .archiveIndex, .robots:
            break
        }
    }
}

extension Article {
    /// What replacing `before` with this version changes, as the pages declare it.
    func changedFacts(since before: Article) -> Set<SiteFact> {
        var facts: Set<SiteFact> = [.article(key), .articleText(language: language)]
        facts.formUnion(changedIndicators(since: before).map(SiteFact.figures))
        if !listsLike(before) {
            facts.insert(.listing(language: language))
            if let edition = id.edition { facts.insert(.edition(edition)) }
            facts.formUnion(Set(tags + before.tags).map { .tag($0, language: language) })
            facts.formUnion(Set((indicators + before.indicators).map(\.id)).map(SiteFact.indicator))
        }
        if title != before.title || date != before.date, let edition = id.edition {
            facts.insert(.readingOrder(edition))
        }
        return facts
    }

    /// Indicators whose reported figures differ between `before` and this version.
    func changedIndicators(since before: Article) -> Set<String> {
        let old = Set(before.indicators.map(\.figure)), new = Set(indicators.map(\.figure))
        return Set(old.symmetricDifference(new).map(\.id))
    }
}
