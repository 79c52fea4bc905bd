import AlmanacArchive
import AlmanacCore

/// The figures of frozen articles, read back from the edition's frozen `indicators.json` by
/// field name, so indicator pages, charts and tiles keep showing what was published.
struct FrozenFigures: Sendable {
    private var byArticle: [ArticleKey: [IndicatorValue]] = [:]
    private var frozen: FrozenSite
    private var urls: SiteURLs

    /// Fails, naming the frozen file and record, when a frozen data file cannot be read: its
    /// figures would otherwise vanish from every page that shows them.
    init(_ site: FrozenSite, urls: SiteURLs, languages: [String]) throws(DiagnosticError) {
        frozen = site
        self.urls = urls
        var problems: [Diagnostic] = []
        for edition in site.editions {
            for language in languages {
                let path = urls.editionData(edition.year, language, .json)
                guard let bytes = edition.publishedFiles[path] else { continue }
                let label = "\(site.label)/\(edition.year)/\(FrozenEdition.siteFolder)\(path)"
                do {
                    problems += try read(String(decoding: bytes, as: UTF8.self), label: label, language: language, year: edition.year)
                } catch {
                    problems += error.diagnostics
                }
            }
        }
        if !problems.isEmpty { throw DiagnosticError(stage: .model, diagnostics: problems) }
    }

    /// `articles` with the figures of frozen ones replaced by the frozen figures.
    func apply(to articles: [Article]) -> [Article] {
        frozen.editions.isEmpty ? articles : articles.map(apply)
    }

    func apply(to article: Article) -> Article {
        guard article.id.edition != nil, frozen.froze(article, urls: urls) else { return article }
        var frozen = article
        frozen.indicators = byArticle[article.key] ?? []
        return frozen
    }
}

private extension FrozenFigures {
    /// The records of an `almanac-indicators/1` or `/2` file, as `OpenDataWriter` writes them
    /// (version 1 has no status or footnotes). JSON is read as YAML, which keeps each value as
    /// written (`5.30` keeps its two decimals).
    mutating func read(_ text: String, label: String, language: String, year: Int) throws(DiagnosticError) -> [Diagnostic] {
        let root = try YAMLReader().read(text, path: label)
        var reader = DataReader()
        let advice = "the frozen file differs from what Almanac writes; restore it from version control"
        guard let records = root["records"]?.items else {
            return [.error("no \"records\" list; \(advice)", at: root.location)]
        }
        for record in records {
            guard let entries = reader.mapping(record, "a record") else { continue }
            let field = { (name: String) in entries.first { $0.key == name }?.value }
            guard let id = field("indicator").flatMap({ reader.text($0, key: "indicator") }),
                  let valueNode = field("value"), let value = reader.number(valueNode, what: "\"value\""),
                  let period = field("period").flatMap({ $0.text }).flatMap(Period.init),
                  let kind = field("kind").flatMap({ $0.text }).flatMap(FigureKind.init),
                  let article = field("article").flatMap({ reader.text($0, key: "article") }),
                  let slug = article.split(separator: "/").last.map(String.init)
            else {
                reader.problems.append(.error("a record without a readable indicator, value, period, kind or article; \(advice)",
                                              at: record.location))
                continue
            }
            let qualifier = field("qualifier")?.text.flatMap { $0.isEmpty ? nil : $0 }
            let note = field("note")?.text.flatMap { $0.isEmpty ? nil : $0 }
            let status = field("status")?.text.flatMap(FigureStatus.init)
            let footnotes = reader.texts(field("footnotes"), key: "footnotes")
            byArticle[ArticleKey(ArticleID(edition: year, slug: slug), language: language), default: []].append(IndicatorValue(
                id: id, value: value, writtenDecimals: DecimalNumber.writtenDecimals(valueNode.text ?? ""), period: period,
                kind: kind, qualifier: qualifier.flatMap(FigureQualifier.init), note: note, status: status,
                footnotes: footnotes, location: record.location))
        }
        return reader.problems.filter { $0.severity == .error }
    }
}
