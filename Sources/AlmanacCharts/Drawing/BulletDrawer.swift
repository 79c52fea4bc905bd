/// A value bar against a target tick, over shaded qualitative ranges: a compact way to show
/// how far a figure is from its goal.
struct BulletDrawer {
    let canvas: ChartCanvas

    static let barTop = 30.0
    static let bandHeight = 26.0

    func draw() -> Drawing {
        let measure = canvas.chart.measure
        let value = measure.value ?? ChartValue(0)
        let target = measure.target ?? value
        let domain = [value.value, target.value] + measure.ranges
        let formatter = AxisFormatter(language: canvas.language, unit: canvas.format.unit)
        let scale = LinearScale.horizontal(covering: domain, includeZero: true, from: 1, to: ChartCanvas.width - 1,
                                           fontSize: ChartCanvas.smallFontSize) {
            formatter.labels(ticks: $0.ticks, step: $0.step).labels
        }
        var writer = SVGWriter()
        drawHeading(value: value, target: target, into: &writer)
        drawRanges(measure.ranges, scale: scale, into: &writer)
        drawMarks(value: value, target: target, scale: scale, into: &writer)
        drawTicks(scale, into: &writer)
        return Drawing(height: Self.barTop + Self.bandHeight + 22, body: writer)
    }
}

private extension BulletDrawer {
    func drawHeading(value: ChartValue, target: ChartValue, into writer: inout SVGWriter) {
        let label = canvas.chart.measure.label ?? ""
        let figures = canvas.format.string(value) + " / " + canvas.strings.target + " " + canvas.format.string(target)
        let room = ChartCanvas.width - TextMetrics.width(figures, fontSize: ChartCanvas.fontSize) - 12
        writer.text(TextMetrics.wrap(label, maxWidth: room, fontSize: ChartCanvas.fontSize, maxLines: 1), x: 0, y: 18)
        writer.text(figures, x: ChartCanvas.width, y: 18, [("text-anchor", "end"), ("font-weight", "bold")])
    }

    /// Bands from zero to each bound, darkest first: the lowest range is the worst.
    func drawRanges(_ ranges: [Double], scale: LinearScale, into writer: inout SVGWriter) {
        let n = SVGWriter.number
        let bounds = ranges.isEmpty ? [scale.upper] : ranges
        var lower = scale.baseline
        writer.open("g", [("class", "chart-ranges"), ("fill", "currentColor")])
        for (index, bound) in bounds.enumerated() {
            let x = scale.position(bound)
            let opacity = 0.24 - 0.16 * Double(index) / Double(max(bounds.count - 1, 1))
            writer.element("rect", [("x", n(min(lower, x))), ("y", n(Self.barTop)), ("width", n(abs(x - lower))),
                                    ("height", n(Self.bandHeight)), ("fill-opacity", NumberFormatting.trimmed(opacity, decimals: 2))])
            lower = x
        }
        writer.close("g")
    }

    func drawMarks(value: ChartValue, target: ChartValue, scale: LinearScale, into writer: inout SVGWriter) {
        let n = SVGWriter.number
        let x0 = scale.baseline, x1 = scale.position(value.value)
        let label = canvas.chart.measure.label ?? canvas.chart.subject
        writer.element("rect", [("x", n(min(x0, x1))), ("y", n(Self.barTop + 8)), ("width", n(abs(x1 - x0))),
                                ("height", n(Self.bandHeight - 16)), ("style", Palette.fill(0))],
                       tooltip: canvas.tooltip(label: label, series: "", value: value))
        var goal = target
        goal.kind = .target
        let xt = n(scale.position(target.value))
        writer.element("line", [("x1", xt), ("y1", n(Self.barTop + 3)), ("x2", xt), ("y2", n(Self.barTop + Self.bandHeight - 3)),
                                ("stroke", "currentColor"), ("stroke-width", "3")],
                       tooltip: canvas.tooltip(label: label, series: "", value: goal))
    }

    func drawTicks(_ scale: LinearScale, into writer: inout SVGWriter) {
        let axis = AxisFormatter(language: canvas.language, unit: canvas.format.unit).labels(ticks: scale.ticks, step: scale.step)
        let y = Self.barTop + Self.bandHeight + 14
        writer.open("g", [("class", "chart-axis"), ("font-size", SVGWriter.number(ChartCanvas.smallFontSize)),
                          ("text-anchor", "middle")])
        let ticks = scale.ticks
        for (index, (tick, label)) in zip(ticks, axis.labels).enumerated() {
            let last = index == ticks.count - 1
            let text = axis.heading.map { last ? canvas.format.attach(label, unit: $0) : label } ?? label
            // The end ticks sit at the edges of the viewBox, so they grow inwards.
            let anchor = index == 0 ? "start" : (last ? "end" : "middle")
            writer.text(text, x: scale.position(tick), y: y, anchor == "middle" ? [] : [("text-anchor", anchor)])
        }
        writer.close("g")
    }
}
