/// Vertical bars from a zero baseline: one series, grouped series, or stacked series.
struct ColumnDrawer {
    let canvas: ChartCanvas

    func draw() -> Drawing {
        let table = canvas.chart.table
        let legend = Legend(items: MarkKeys.items(canvas, seriesSwatches: !stacked && table.series.count > 1))
        let legendHeight = legend.height(width: ChartCanvas.width)
        let top = legendHeight + (legendHeight > 0 ? 4 : 0)
        // References are labelled inside the plot; only when no free place is found there do
        // their labels take room in the right margin.
        let plan = plan(top: top, referencesInMargin: false) ?? plan(top: top, referencesInMargin: true)!
        let frame = plan.frame
        var writer = SVGWriter()
        legend.draw(into: &writer, canvas: canvas, top: 0, width: ChartCanvas.width)
        frame.drawValueAxis(into: &writer)
        plan.references.drawBands(into: &writer)
        drawBars(plan.bars, into: &writer)
        TargetMarks.draw(canvas, frame: frame, geometry: plan.geometry, stacked: stacked, into: &writer)
        frame.drawBaseline(into: &writer)
        plan.references.drawLines(into: &writer)
        plan.values?.draw(into: &writer)
        plan.references.drawLabels(plan.referenceLabels, into: &writer)
        let marginReferences = plan.referencesInMargin ? frame.marginLabels(of: plan.references) : []
        DirectLabels.draw((stacked ? stackLabels(frame) : []) + marginReferences, x: frame.right + 6,
                          top: frame.top - 8, bottom: frame.bottom + 8, into: &writer)
        frame.drawCategoryAxis(into: &writer)
        return Drawing(height: frame.height, body: writer, defs: MarkKeys.patterns(canvas))
    }
}

private extension ColumnDrawer {
    struct Plan {
        let frame: CartesianFrame
        let geometry: BarGeometry
        let bars: [BarGeometry.Bar]
        let values: ColumnValueLabels?
        let references: ReferenceLayer
        let referenceLabels: [ReferenceLayer.Placed]
        let referencesInMargin: Bool
    }

    var stacked: Bool { canvas.chart.spec.stacked && canvas.chart.table.series.count > 1 }

    /// Single series with few columns get their values written on them, when they fit.
    var mayLabelValues: Bool {
        let table = canvas.chart.table
        return !stacked && table.series.count == 1 && table.labels.count <= 16
    }

    /// The frame and everything placed in it; nil when a reference label finds no place inside.
    func plan(top: Double, referencesInMargin: Bool) -> Plan? {
        let table = canvas.chart.table
        let references = canvas.chart.spec.references
        let marginLines = (stacked ? table.series.flatMap { DirectLabels.lines($0.name) } : [])
            + (referencesInMargin ? references.flatMap { ReferenceLayer.marginLines(of: $0, format: canvas.format) } : [])
        let frame = CartesianFrame(canvas: canvas, domain: domain(), includeZero: true,
                                   rightMargin: marginLines.isEmpty ? 8 : DirectLabels.width(lines: marginLines), topMargin: top)
        let geometry = BarGeometry(frame: frame, seriesCount: stacked ? 1 : table.series.count)
        let bars = geometry.bars(table, frame: frame, stacked: stacked)
        let layer = ReferenceLayer(references: references, canvas: canvas, frame: frame)
        var values = mayLabelValues ? ColumnValueLabels(canvas: canvas, frame: frame) : nil
        values?.keepClear(ofLines: layer.lineYs)
        var placed: [ReferenceLayer.Placed] = []
        if !referencesInMargin {
            var obstacles = Obstacles(boxes: bars.map(\.box) + (values?.labels.map(\.box) ?? []))
            obstacles.boxes += TargetMarks.boxes(canvas, frame: frame, geometry: geometry, stacked: stacked)
            guard let inside = layer.placeLabels(avoiding: obstacles) else { return nil }
            placed = inside
        }
        return Plan(frame: frame, geometry: geometry, bars: bars, values: values, references: layer,
                    referenceLabels: placed, referencesInMargin: referencesInMargin)
    }

    func domain() -> [Double] {
        let table = canvas.chart.table
        var values = ReferenceLayer.domain(of: canvas.chart.spec.references)
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

    func drawBars(_ bars: [BarGeometry.Bar], into writer: inout SVGWriter) {
        let table = canvas.chart.table
        let n = SVGWriter.number
        writer.open("g", [("class", "chart-marks")])
        for bar in bars {
            let rect: SVGWriter.Attributes = [("x", n(bar.box.minX)), ("y", n(bar.box.minY)),
                                              ("width", n(bar.box.maxX - bar.box.minX)),
                                              ("height", n(bar.box.maxY - bar.box.minY))]
            writer.element("rect", rect + MarkKeys.paint(bar.value.kind, series: bar.series, canvas: canvas),
                           tooltip: canvas.tooltip(label: table.longLabels[bar.label], series: table.series[bar.series].name,
                                                   value: bar.value))
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
