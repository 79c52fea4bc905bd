/// The plot area, value axis and category axis shared by column, line and area charts.
///
/// Margins are measured from the labels they must hold, so long tick labels or rotated
/// categories take room from the plot instead of spilling outside the viewBox.
struct CartesianFrame {
    let left: Double
    let top: Double
    let plotWidth: Double
    let plotHeight: Double
    let scale: LinearScale
    let xLabels: AxisLabelLayout
    let axis: AxisFormatter.Result
    let count: Int

    static let plotHeight = 190.0

    init(canvas: ChartCanvas, domain: [Double], includeZero: Bool, rightMargin: Double, topMargin: Double) {
        let probe = LinearScale(covering: domain, includeZero: includeZero, from: 0, to: 1)
        let axis = AxisFormatter(language: canvas.language, unit: canvas.format.unit, words: canvas.strings.figures)
            .labels(ticks: probe.ticks, step: probe.step)
        let widest = axis.labels.map { TextMetrics.width($0, fontSize: ChartCanvas.smallFontSize) }.max() ?? 0
        let count = max(canvas.chart.table.labels.count, 1)
        var left = max(widest + 8, 20)
        var right = rightMargin
        let labels = Self.axisLabels(canvas.chart.table, spacing: (ChartCanvas.width - left - right) / Double(count))
        var xLabels = AxisLabelLayout(labels: labels, spacing: (ChartCanvas.width - left - right) / Double(count),
                                      fontSize: ChartCanvas.smallFontSize)
        if xLabels.overhang > left || xLabels.rightOverhang > right {
            // Labels reach past the plot's ends; widen the margins so none is cut off.
            left = max(left, xLabels.overhang + 2)
            right = max(right, xLabels.rightOverhang + 2)
            xLabels = AxisLabelLayout(labels: labels, spacing: (ChartCanvas.width - left - right) / Double(count),
                                      fontSize: ChartCanvas.smallFontSize)
        }
        self.left = left
        self.xLabels = xLabels
        self.count = count
        self.axis = axis
        top = topMargin + (axis.heading == nil ? 10 : 24)
        plotWidth = ChartCanvas.width - left - right
        plotHeight = Self.plotHeight
        scale = LinearScale(covering: domain, includeZero: includeZero, from: top + plotHeight, to: top)
    }

    /// Periods in words ("2020年上半年", "H1 2020") where each fits on one line, else as written.
    static func axisLabels(_ table: ChartTable, spacing: Double) -> [String] {
        guard table.longLabels != table.labels else { return table.labels }
        let widest = table.longLabels.map { TextMetrics.width($0, fontSize: ChartCanvas.smallFontSize) }.max() ?? 0
        return widest + AxisLabelLayout.gap <= spacing ? table.longLabels : table.labels
    }

    var band: Double { plotWidth / Double(count) }
    var bottom: Double { top + plotHeight }
    var right: Double { left + plotWidth }
    var height: Double { bottom + xLabels.height }

    func center(_ index: Int) -> Double { left + band * (Double(index) + 0.5) }

    /// A value as a label on the chart, in the axis's scale.
    func valueLabel(_ value: ChartValue, format: ValueFormatter) -> String {
        axis.valueLabel(value.value, decimals: value.decimals, format: format)
    }

    /// Reference labels for the right margin, level with their line or band.
    func marginLabels(of layer: ReferenceLayer) -> [DirectLabels.Label] {
        layer.references.map { reference in
            let y = (scale.position(reference.to) + scale.position(reference.from ?? reference.to)) / 2
            return DirectLabels.Label(lines: ReferenceLayer.marginLines(of: reference, format: layer.canvas.format),
                                      y: y, series: -1)
        }
    }

    /// Gridlines with tick labels, and the unit heading above them.
    func drawValueAxis(into writer: inout SVGWriter) {
        let n = SVGWriter.number
        writer.open("g", [("class", "chart-axis"), ("font-size", n(ChartCanvas.smallFontSize)), ("text-anchor", "end")])
        for (tick, label) in zip(scale.ticks, axis.labels) {
            let y = scale.position(tick)
            writer.element("line", [("x1", n(left)), ("y1", n(y)), ("x2", n(right)), ("y2", n(y)),
                                    ("stroke", "currentColor"), ("stroke-opacity", "0.15")])
            writer.text(label, x: left - 5, y: y + 3.5)
        }
        if let heading = axis.heading {
            writer.text(heading, x: 0, y: top - 12, [("text-anchor", "start")])
        }
        writer.close("g")
    }

    /// The zero line, drawn over the marks so bars visibly start from it.
    func drawBaseline(into writer: inout SVGWriter) {
        let y = SVGWriter.number(scale.baseline)
        writer.element("line", [("x1", SVGWriter.number(left)), ("y1", y), ("x2", SVGWriter.number(right)),
                                ("y2", y), ("stroke", "currentColor"), ("stroke-opacity", "0.7")])
    }

    func drawCategoryAxis(into writer: inout SVGWriter) {
        let n = SVGWriter.number
        let size = ChartCanvas.smallFontSize
        writer.open("g", [("class", "chart-axis"), ("font-size", n(size)), ("text-anchor", xLabels.orientation == .rotated ? "end" : "middle")])
        for (index, lines) in xLabels.lines.enumerated() where !lines.isEmpty {
            let x = center(index)
            switch xLabels.orientation {
            case .horizontal:
                writer.text(lines, x: x, y: bottom + AxisLabelLayout.gap + size,
                            lineHeight: size * AxisLabelLayout.lineHeight)
            case .rotated:
                // Two lines are centred on the tick, one above and one below the turned baseline.
                let y = bottom + AxisLabelLayout.gap + 2
                let lineHeight = size * AxisLabelLayout.lineHeight
                let first = y + size * 0.7 - Double(lines.count - 1) * lineHeight / 2
                writer.text(lines, x: x + 3, y: first, lineHeight: lineHeight,
                            [("transform", "rotate(-45 \(n(x + 3)) \(n(y)))")])
            }
        }
        writer.close("g")
    }
}
