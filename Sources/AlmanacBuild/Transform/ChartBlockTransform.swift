import AlmanacCharts
import AlmanacCore
import AlmanacMarkdown

/// Draws every ```` ```chart ```` fence as an inline SVG figure, in the article's language.
///
/// `indicator:` charts read the indicator's series across every edition from the site's
/// dataset; `csv:` charts read `Content/data/`. Problems are located at the spec's lines.
struct ChartBlockTransform: ArticleTransform {
    func apply(to document: MarkdownDocument, of article: Article, in context: TransformContext) -> [Diagnostic] {
        var charts: [PublishedChart] = []
        return apply(to: document, of: article, in: context, charts: &charts)
    }

    func apply(to document: MarkdownDocument, of article: Article, in context: TransformContext,
               charts: inout [PublishedChart]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var number = 0
        for (index, block) in document.codeBlocks().enumerated() where block.language == "chart" {
            number += 1
            do {
                let node = try YAMLReader().read(block.literal, path: article.path, firstLine: article.bodyLine + block.line)
                let spec = try ChartSpecReader().read(node)
                let base = context.urls.articleChart(article.id, article.language, number: number)
                var chartContext = chartContext(article, index: index, context)
                chartContext.files = PublishedChart.files(at: base, urls: context.urls,
                                                          siteTitle: context.model.config.title.resolved(article.language))
                let chart = try ChartRenderer().draw(spec, context: chartContext)
                document.replace(block, withHTML: chart.figure)
                charts.append(PublishedChart(base: base, chart: chart))
            } catch {
                problems += error.diagnostics
            }
        }
        return problems
    }
}

private extension ChartBlockTransform {
    func chartContext(_ article: Article, index: Int, _ context: TransformContext) -> ChartContext {
        let series = IndicatorSeriesBuilder(model: context.model, language: article.language)
        let data = context.dataFiles
        let dataURL = article.id.edition.map { context.urls.link(context.urls.editionData($0, article.language, .csv)) }
        return ChartContext(
            language: article.language,
            strings: .standard(for: article.language, figures: context.model.figureWords[article.language]), dataURL: dataURL,
            dataDirectory: String(article.path.dropLast(article.contentPath.count)) + "data",
            idSalt: "\(article.contentPath)#\(index)",
            indicatorIDs: Array(context.model.catalogue.keys), catalogue: context.model.catalogue.label,
            indicator: { series.series($0) }, csv: { data[$0] })
    }
}

/// An indicator's values across all editions, as a chart series in one language: the most
/// recent report of each period and kind (`IndicatorDataset.latest`).
struct IndicatorSeriesBuilder: Sendable {
    var model: SiteModel
    var language: String

    func series(_ id: String) -> IndicatorSeries? {
        guard let definition = model.catalogue[id] else { return nil }
        let format = model.format(language)
        let reports = model.dataset.latest[id] ?? []
        let frequency = definition.metadata.frequency ?? Self.commonFrequency(reports.map(\.value.period))
        let points = reports.map { report in
            let period = report.value.period
            // As in figure tables: the decimals the author wrote, capped by the catalogue, in the
            // page language's unit (scaled for English).
            let (value, decimals) = format.inLanguageUnit(report.value.value,
                                                          decimals: min(definition.decimals, report.value.writtenDecimals),
                                                          definition: definition)
            var point = SeriesPoint(
                // A year is its digits on an axis; any other period in words (`2020年上半年`, `H1 2020`).
                label: period.isWholeYear ? period.description : format.period(period), longLabel: format.period(period),
                years: period.years,
                isWholeYear: period.isWholeYear, value: value, kind: report.value.kind,
                qualifier: report.value.qualifier, decimals: decimals)
            point.isOwnFrequency = period.frequency == frequency
            point.status = model.ledger.status(of: report.value, in: report.article)
            return point
        }
        let power = definition.scalePower(in: language)
        return IndicatorSeries(name: definition.name.resolved(language),
                               unit: definition.unit.resolved(language),
                               decimals: max(0, definition.decimals - power), points: points)
    }

    /// The frequency most of an indicator's periods have, when the catalogue does not say; annual
    /// wins a tie, as the frequency of most reports.
    static func commonFrequency(_ periods: [Period]) -> Frequency {
        let counts = Dictionary(grouping: periods, by: \.frequency).mapValues(\.count)
        return counts.max { ($0.value, $0.key == .annual ? 1 : 0) < ($1.value, $1.key == .annual ? 1 : 0) }?.key ?? .annual
    }
}

extension Period {
    /// The calendar years the period falls in, for a chart's `from` and `to` and a dataset's coverage.
    var years: ClosedRange<Int> {
        switch self {
        case let .year(year), let .half(year, _), let .quarter(year, _), let .month(year, _): year...year
        case let .span(first, last): first...last
        }
    }

    var isWholeYear: Bool {
        if case .year = self { return true }
        return false
    }
}
