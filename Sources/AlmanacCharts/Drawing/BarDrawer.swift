import AlmanacCore

/// Horizontal bars, for categories with long names: labels on the left, wrapped to fit,
/// and every bar's value written at its end.
struct BarDrawer {
    let canvas: ChartCanvas

    func draw() -> Drawing {
        let legend = Legend(items: MarkKeys.items(canvas, seriesSwatches: canvas.chart.table.series.count > 1))
        let legendHeight = legend.height(width: ChartCanvas.width)
        let layout = BarLayout(canvas: canvas, domain: domain(), top: legendHeight + (legendHeight > 0 ? 4 : 0) + 20)
        var writer = SVGWriter()
        legend.draw(into: &writer, canvas: canvas, top: 0, width: ChartCanvas.width)
        layout.drawAxis(into: &writer)
        drawBars(layout, into: &writer)
        drawBaseline(layout, into: &writer)
        layout.drawCategories(into: &writer)
        return Drawing(height: layout.height, body: writer, defs: MarkKeys.patterns(canvas))
    }
}

private extension BarDrawer {
    var stacked: Bool { canvas.chart.spec.stacked && canvas.chart.table.series.count > 1 }

    func domain() -> [Double] {
        let table = canvas.chart.table
        var values = table.series.flatMap { $0.targets.compactMap { $0?.value } }
        values += stacked ? StackedValues(table).extremes : table.series.flatMap { $0.values.compactMap { $0?.value } }
        return values
    }

    func drawBars(_ layout: BarLayout, into writer: inout SVGWriter) {
        let table = canvas.chart.table
        let stacks = StackedValues(table)
        let n = SVGWriter.number
        let lanes = stacked ? 1 : table.series.count
        writer.open("g", [("class", "chart-marks")])
        for (seriesIndex, series) in table.series.enumerated() {
            for (labelIndex, value) in series.values.enumerated() {
                guard let value else { continue }
                let (from, to) = stacked ? stacks.span(series: seriesIndex, label: labelIndex) : (0, value.value)
                let x0 = layout.scale.position(from), x1 = layout.scale.position(to)
                let y = layout.barTop(label: labelIndex, lane: stacked ? 0 : seriesIndex, lanes: lanes)
                let rect: SVGWriter.Attributes = [("x", n(min(x0, x1))), ("y", n(y)), ("width", n(abs(x1 - x0))),
                                                  ("height", n(layout.thickness(lanes: lanes)))]
                writer.element("rect", rect + MarkKeys.paint(value.kind, series: seriesIndex, canvas: canvas),
                               tooltip: canvas.tooltip(label: table.longLabels[labelIndex], series: series.name, value: value))
                if !stacked || seriesIndex == table.series.count - 1 {
                    // A stack's total is computed, so it takes the chart's decimals.
                    let total = stacked
                        ? ChartValue(stacks.span(series: seriesIndex, label: labelIndex).1) : value
                    drawValue(total, y: y, layout: layout, lanes: lanes, into: &writer)
                }
            }
        }
        writer.close("g")
    }

    func drawValue(_ value: ChartValue, y: Double, layout: BarLayout, lanes: Int, into writer: inout SVGWriter) {
        let text = canvas.qualified(layout.valueLabel(value.value, decimals: value.decimals, format: canvas.format),
                                    value.qualifier)
        let middle = y + layout.thickness(lanes: lanes) / 2 + ChartCanvas.smallFontSize * 0.35
        let x = layout.scale.position(value.value)
        let negative = value.value < 0
        writer.text(text, x: negative ? x - 4 : x + 4, y: middle,
                    [("font-size", SVGWriter.number(ChartCanvas.smallFontSize)), ("text-anchor", negative ? "end" : "start")])
    }

    func drawBaseline(_ layout: BarLayout, into writer: inout SVGWriter) {
        let x = SVGWriter.number(layout.scale.baseline)
        writer.element("line", [("x1", x), ("y1", SVGWriter.number(layout.top)), ("x2", x),
                                ("y2", SVGWriter.number(layout.bottom)), ("stroke", "currentColor"),
                                ("stroke-opacity", "0.7")])
    }
}
