import AlmanacCore

/// Everything the Parse stage understood of a site's sources.
public struct ParsedSite: Sendable {
    public var config: SiteConfig
    public var catalogue: IndicatorCatalogue
    public var strings: [String: UIStrings]
    public var articles: [Article]
    /// What each edition's `edition.yml` says, by edition.
    public var editions: [Int: EditionInfo] = [:]
}

/// Parse stage: configuration, catalogue, string tables and every article, the articles in parallel.
struct SiteParser: Sendable {
    var contentLabel: String
    var baseURLOverride: String?

    func parse(_ sources: SiteSources) throws(DiagnosticError) -> Staged<ParsedSite> {
        var config = try SiteConfigParser().parse(sources.config)
        if let baseURLOverride { config.value.baseURL = baseURLOverride }
        let codes = config.value.languages.map(\.code)
        let catalogue = try CatalogueParser(languages: codes).parse(sources.catalogue)
        let strings = try UIStringsParser().parse(sources.stringTables, languages: codes, label: sources.templatesLabel)
        let editions = try EditionInfoParser(languages: codes).parse(sources.editionFiles)
        let parser = ArticleParser(catalogue: catalogue.value, contentLabel: contentLabel)
        let results = ConcurrentMap.map(sources.articles) { file in
            Result { () throws(DiagnosticError) in try parser.parse(file) }
        }
        var articles: [Article] = []
        var problems = config.warnings + catalogue.warnings + editions.warnings
        for result in results {
            switch result {
            case let .success(staged):
                articles.append(staged.value.withDefaults(of: editions.value))
                problems += staged.warnings
            case let .failure(error):
                problems += error.diagnostics
            }
        }
        if problems.hasErrors { throw DiagnosticError(stage: .parse, diagnostics: problems.sortedByLocation()) }
        let site = ParsedSite(config: config.value, catalogue: catalogue.value, strings: strings, articles: articles,
                              editions: editions.value)
        return Staged(site, warnings: problems.sortedByLocation())
    }
}
