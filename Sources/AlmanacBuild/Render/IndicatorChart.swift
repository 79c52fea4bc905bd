import AlmanacCharts
import AlmanacCore

/// Draws an indicator's series across editions for pages Swift builds (indicator and edition
/// pages), with the same renderer as chart fences in articles.
///
/// Every page that draws an indicator's chart draws the same chart, with the same element ids
/// and the same files: the indicator page publishes them (`PublishedChart`).
struct IndicatorChart {
    var model: SiteModel
    var language: String

    /// The chart with its description and data table; nil when the indicator has fewer than two
    /// figures, which make no chart. A chart that cannot be drawn is an error located at the
    /// indicator's catalogue entry, never a page that silently lacks it.
    func draw(_ id: String, title: String, dataURL: String?) throws(DiagnosticError) -> PublishedChart.Drawn? {
        guard let definition = model.catalogue[id], (model.dataset.reports[id]?.count ?? 0) >= 2 else { return nil }
        let series = IndicatorSeriesBuilder(model: model, language: language)
        let location = definition.location
        let spec = ChartSpec(type: .column, title: title, data: .indicator(id, at: location), location: location)
        let base = model.urls.indicatorChart(id, language)
        let files = PublishedChart.files(at: base, urls: model.urls, siteTitle: model.config.title.resolved(language))
        let context = ChartContext(language: language, strings: .standard(for: language, figures: model.figureWords[language]),
                                   dataURL: dataURL, files: files, idSalt: "indicator-\(id)",
                                   indicator: { series.series($0) })
        return PublishedChart.Drawn(base: base, chart: try ChartRenderer().draw(spec, context: context))
    }
}
