/// Vertical bars from a zero baseline: one series, grouped series, or stacked series.
struct ColumnDrawer {
    let canvas: ChartCanvas

    func draw() -> Drawing {
        let table = canvas.chart.table
        let legend = Legend(items: MarkKeys.items(canvas, seriesSwatches: !stacked && table.series.count > 1))
        let legendHeight = legend.height(width: ChartCanvas.width)
        let references = canvas.chart.spec.references
        let marginTexts = (stacked ? table.series.map(\.name) : [])
            + references.map { CartesianFrame.text(of: $0, format: canvas.format) }
        let rightMargin = marginTexts.isEmpty ? 8 : DirectLabels.width(marginTexts)
        let frame = CartesianFrame(canvas: canvas, domain: domain(), includeZero: true,
                                   rightMargin: rightMargin, topMargin: legendHeight + (legendHeight > 0 ? 4 : 0))
        var writer = SVGWriter()
        legend.draw(into: &writer, canvas: canvas, top: 0, width: ChartCanvas.width)
        frame.drawValueAxis(into: &writer)
        let geometry = BarGeometry(frame: frame, seriesCount: stacked ? 1 : table.series.count)
        drawBars(frame, geometry, into: &writer)
        TargetMarks.draw(canvas, frame: frame, geometry: geometry, stacked: stacked, into: &writer)
        frame.drawBaseline(into: &writer)
        let referenceLabels = frame.drawReferences(references, canvas: canvas, into: &writer)
        if mayLabelValues { ColumnValueLabels(canvas: canvas, frame: frame).draw(into: &writer) }
        DirectLabels.draw((stacked ? stackLabels(frame) : []) + referenceLabels, x: frame.right + 6,
                          top: frame.top - 8, bottom: frame.bottom + 8, into: &writer)
        frame.drawCategoryAxis(into: &writer)
        return Drawing(height: frame.height, body: writer, defs: MarkKeys.patterns(canvas))
    }
}

/// Where the bars of one label sit within its band.
struct BarGeometry {
    let width: Double
    let groupStart: (Int) -> Double

    init(frame: CartesianFrame, seriesCount: Int) {
        let count = Double(max(seriesCount, 1))
        let width = min(frame.band * 0.72 / count, 44)
        self.width = width
        self.groupStart = { frame.center($0) - width * count / 2 }
    }

    func x(label: Int, series: Int) -> Double { groupStart(label) + width * Double(series) }
}

private extension ColumnDrawer {
    var stacked: Bool { canvas.chart.spec.stacked && canvas.chart.table.series.count > 1 }

    func domain() -> [Double] {
        let table = canvas.chart.table
        var values = CartesianFrame.domain(of: canvas.chart.spec.references)
        values += table.series.flatMap { $0.targets.compactMap { $0?.value } }
        if stacked {
            values += StackedValues(table).extremes
        } else {
            values += table.series.flatMap { $0.values.compactMap { $0?.value } }
        }
        guard mayLabelValues, let low = values.min(), let high = values.max() else { return values }
        // Room for the labels above the tallest column and below the deepest one.
        let pad = (max(high, 0) - min(low, 0)) * 0.1
        return values + [high > 0 ? high + pad : high, low < 0 ? low - pad : low]
    }

    /// Single series with few columns get their values written on them, when they fit.
    var mayLabelValues: Bool {
        let table = canvas.chart.table
        return !stacked && table.series.count == 1 && table.labels.count <= 16
    }

    func drawBars(_ frame: CartesianFrame, _ geometry: BarGeometry, into writer: inout SVGWriter) {
        let table = canvas.chart.table
        let stacks = StackedValues(table)
        writer.open("g", [("class", "chart-marks")])
        for (seriesIndex, series) in table.series.enumerated() {
            for (labelIndex, value) in series.values.enumerated() {
                guard let value else { continue }
                let (from, to) = stacked ? stacks.span(series: seriesIndex, label: labelIndex) : (0, value.value)
                let x = geometry.x(label: labelIndex, series: stacked ? 0 : seriesIndex)
                let y0 = frame.scale.position(from), y1 = frame.scale.position(to)
                let rect: SVGWriter.Attributes = [("x", SVGWriter.number(x)), ("y", SVGWriter.number(min(y0, y1))),
                                                  ("width", SVGWriter.number(geometry.width)),
                                                  ("height", SVGWriter.number(abs(y1 - y0)))]
                writer.element("rect", rect + MarkKeys.paint(value.kind, series: seriesIndex, canvas: canvas),
                               tooltip: canvas.tooltip(label: table.longLabels[labelIndex], series: series.name, value: value))
            }
        }
        writer.close("g")
    }

    /// Series names beside the last stack, level with their segments.
    func stackLabels(_ frame: CartesianFrame) -> [DirectLabels.Label] {
        let table = canvas.chart.table
        let stacks = StackedValues(table)
        return table.series.enumerated().compactMap { index, series -> DirectLabels.Label? in
            guard let last = series.values.lastIndex(where: { $0 != nil }) else { return nil }
            let (from, to) = stacks.span(series: index, label: last)
            let y = (frame.scale.position(from) + frame.scale.position(to)) / 2
            return DirectLabels.Label(lines: DirectLabels.lines(series.name), y: y, series: index)
        }
    }
}
