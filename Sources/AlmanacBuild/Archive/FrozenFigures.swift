import AlmanacArchive
import AlmanacCharts
import AlmanacCore

/// The figures of frozen articles, read back from the edition's frozen `indicators.csv`, so
/// indicator pages, charts and tiles keep showing what was published.
struct FrozenFigures: Sendable {
    /// By `language/year/slug`.
    private var byArticle: [String: [IndicatorValue]] = [:]
    private var frozen: FrozenSite
    private var urls: SiteURLs

    init(_ site: FrozenSite, urls: SiteURLs, languages: [String]) {
        frozen = site
        self.urls = urls
        for edition in site.editions {
            for language in languages {
                let path = urls.editionData(edition.year, language, .csv)
                guard let bytes = edition.publishedFiles[path] else { continue }
                let label = "\(site.label)/\(edition.year)/\(FrozenEdition.siteFolder)\(path)"
                read(String(decoding: bytes, as: UTF8.self), label: label, language: language, year: edition.year)
            }
        }
    }

    /// `articles` with the figures of frozen ones replaced by the frozen figures.
    func apply(to articles: [Article]) -> [Article] {
        frozen.editions.isEmpty ? articles : articles.map(apply)
    }

    func apply(to article: Article) -> Article {
        guard let edition = article.id.edition, frozen.froze(article, urls: urls) else { return article }
        var frozen = article
        frozen.indicators = byArticle["\(article.language)/\(edition)/\(article.id.slug)"] ?? []
        return frozen
    }
}

private extension FrozenFigures {
    /// Columns as `OpenDataWriter` writes them: edition, indicator, name, unit, period, value,
    /// kind, qualifier, note, article.
    mutating func read(_ text: String, label: String, language: String, year: Int) {
        for row in CSVParser.rows(text, path: label).dropFirst() {
            let cells = row.map { $0.text ?? "" }
            guard cells.count == 10, let period = Period(cells[4]), let value = Double(cells[5]),
                  let kind = IndicatorKind(rawValue: cells[6]),
                  let slug = cells[9].split(separator: "/").last.map(String.init) else { continue }
            let figure = IndicatorValue(
                id: cells[1], value: value, writtenDecimals: IndicatorValue.decimals(in: cells[5]), period: period,
                kind: kind, qualifier: Qualifier(rawValue: cells[7]), note: cells[8].isEmpty ? nil : cells[8],
                location: row[0].location)
            byArticle["\(language)/\(year)/\(slug)", default: []].append(figure)
        }
    }
}
