import AlmanacCharts
import AlmanacCore

/// Draws an indicator's series across editions for pages Swift builds (indicator and edition
/// pages), with the same renderer as chart fences in articles.
struct IndicatorChart {
    var model: SiteModel
    var language: String

    /// A figure with the chart, its description and data table; nil when the indicator has fewer
    /// than two figures, which make no chart. A chart that cannot be drawn is an error located
    /// at the indicator's catalogue entry, never a page that silently lacks it.
    func html(_ id: String, title: String, dataURL: String?) throws(DiagnosticError) -> String? {
        guard let definition = model.catalogue[id], (model.dataset.reports[id]?.count ?? 0) >= 2 else { return nil }
        let series = IndicatorSeriesBuilder(model: model, language: language)
        let location = definition.location
        let spec = ChartSpec(type: .column, title: title, data: .indicator(id, at: location), location: location)
        let context = ChartContext(language: language, strings: .standard(for: language, figures: model.figureWords[language]),
                                   dataURL: dataURL, idSalt: "indicator-\(id)",
                                   indicator: { series.series($0) })
        return try ChartRenderer().render(spec, context: context)
    }
}
