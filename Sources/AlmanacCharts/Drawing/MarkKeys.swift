import AlmanacCore
/// How marks show what kind of figure they carry, and the legend keys that explain it:
/// actual values solid, estimates hatched with a dashed outline, targets as dark ticks.
enum MarkKeys {
    /// Legend keys for bar-like charts; series swatches only when a legend must name series.
    static func items(_ canvas: ChartCanvas, seriesSwatches: Bool) -> [Legend.Item] {
        let chart = canvas.chart
        var items: [Legend.Item] = []
        if seriesSwatches {
            items += chart.table.series.enumerated().map { Legend.Item(swatch: .fill($0), label: $1.name) }
        }
        if chart.hasEstimates {
            if !seriesSwatches { items.append(Legend.Item(swatch: .fill(0), label: canvas.strings.figures.kindLabel(.actual))) }
            items.append(Legend.Item(swatch: .hatch(0), label: canvas.strings.figures.kindLabel(.estimate)))
        }
        if chart.hasTargets { items.append(Legend.Item(swatch: .target, label: canvas.strings.figures.kindLabel(.target))) }
        return items
    }

    /// Legend keys for line charts, whose series are named at the line ends.
    static func lineItems(_ canvas: ChartCanvas) -> [Legend.Item] {
        var items: [Legend.Item] = []
        if canvas.chart.hasEstimates {
            items.append(Legend.Item(swatch: .line(0, dashed: false), label: canvas.strings.figures.kindLabel(.actual)))
            items.append(Legend.Item(swatch: .line(0, dashed: true), label: canvas.strings.figures.kindLabel(.estimate)))
        }
        if canvas.chart.hasTargets { items.append(Legend.Item(swatch: .target, label: canvas.strings.figures.kindLabel(.target))) }
        return items
    }

    /// Fill and stroke of a bar or slice.
    static func paint(_ kind: FigureKind, series: Int, canvas: ChartCanvas) -> SVGWriter.Attributes {
        switch kind {
        case .actual:
            [("style", Palette.fill(series))]
        case .estimate, .target:
            [("fill", "url(#\(canvas.hatchID(series)))"), ("style", Palette.stroke(series)),
             ("stroke-dasharray", "3 2")]
        }
    }

    /// Hatch patterns for every series with estimates, and for the legend key.
    static func patterns(_ canvas: ChartCanvas) -> [String] {
        guard canvas.chart.hasEstimates else { return [] }
        let series = canvas.chart.table.series.enumerated()
            .filter { $0.element.values.contains { $0?.kind == .estimate } }.map(\.offset)
        return Set(series + [0]).sorted().map(canvas.hatchPattern)
    }
}
