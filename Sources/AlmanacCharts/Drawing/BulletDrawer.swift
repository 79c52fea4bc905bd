/// A value bar against a target tick, over shaded qualitative ranges: a compact way to show
/// how far a figure is from its goal.
struct BulletDrawer {
    let canvas: ChartCanvas

    static let bandHeight = 26.0
    static let lineHeight = 17.0

    func draw() -> Drawing {
        let measure = canvas.chart.measure
        let value = measure.value ?? ChartValue(0)
        let target = measure.target ?? value
        let axis = BulletAxis(domain: [value.value, target.value] + measure.ranges, canvas: canvas,
                              from: 1, to: ChartCanvas.width - 1)
        var writer = SVGWriter()
        let barTop = drawHeading(value: value, target: target, into: &writer) + 8
        drawRanges(measure.ranges, scale: axis.scale, top: barTop, into: &writer)
        drawMarks(value: value, target: target, scale: axis.scale, top: barTop, into: &writer)
        axis.draw(into: &writer, y: barTop + Self.bandHeight + 14)
        return Drawing(height: barTop + Self.bandHeight + 22, body: writer)
    }
}

private extension BulletDrawer {
    /// The label on the left and the figures in bold on the right; a long label wraps in the
    /// room left, or takes the full width with the figures on a line below it. Returns the
    /// bottom of the heading.
    func drawHeading(value: ChartValue, target: ChartValue, into writer: inout SVGWriter) -> Double {
        let size = ChartCanvas.fontSize, width = ChartCanvas.width
        let valueText = canvas.qualified(canvas.format.string(value), value.qualifier)
        let targetText = canvas.strings.figures.kindLabel(.target) + " " + canvas.qualified(canvas.format.string(target), target.qualifier)
        let together = valueText + " / " + targetText
        // Bold type runs a little wider than the estimate for regular text.
        let figures = TextMetrics.width(together, fontSize: size) * 1.08 <= width ? [together] : [valueText, targetText]
        let figuresWidth = (figures.map { TextMetrics.width($0, fontSize: size) }.max() ?? 0) * 1.08
        let label = canvas.chart.measure.label ?? ""
        let room = width - figuresWidth - 12
        let beside = TextMetrics.wrap(label, widths: [max(room, 1)], fontSize: size, maxLines: 2)
        let bold: SVGWriter.Attributes = [("font-weight", "bold")]
        if label.isEmpty || (room >= width * 0.25 && !TextMetrics.isCut(beside)) {
            writer.text(beside, x: 0, y: 16, lineHeight: Self.lineHeight)
            writer.text(figures, x: width, y: 16, lineHeight: Self.lineHeight, [("text-anchor", "end")] + bold)
            return 16 + Double(max(beside.count, figures.count) - 1) * Self.lineHeight + 6
        }
        let lines = TextMetrics.wrap(label, widths: [width], fontSize: size, maxLines: 3)
        writer.text(lines, x: 0, y: 16, lineHeight: Self.lineHeight)
        let figuresTop = 16 + Double(lines.count) * Self.lineHeight
        writer.text(figures, x: 0, y: figuresTop, lineHeight: Self.lineHeight, bold)
        return figuresTop + Double(figures.count - 1) * Self.lineHeight + 6
    }

    /// Bands from zero to each bound, darkest first: the lowest range is the worst.
    func drawRanges(_ ranges: [Double], scale: LinearScale, top: Double, into writer: inout SVGWriter) {
        let n = SVGWriter.number
        let bounds = ranges.isEmpty ? [scale.upper] : ranges
        var lower = scale.baseline
        writer.open("g", [("class", "chart-ranges"), ("fill", "currentColor")])
        for (index, bound) in bounds.enumerated() {
            let x = scale.position(bound)
            let opacity = 0.24 - 0.16 * Double(index) / Double(max(bounds.count - 1, 1))
            writer.element("rect", [("x", n(min(lower, x))), ("y", n(top)), ("width", n(abs(x - lower))),
                                    ("height", n(Self.bandHeight)), ("fill-opacity", NumberFormatting.trimmed(opacity, decimals: 2))])
            lower = x
        }
        writer.close("g")
    }

    func drawMarks(value: ChartValue, target: ChartValue, scale: LinearScale, top: Double, into writer: inout SVGWriter) {
        let n = SVGWriter.number
        let x0 = scale.baseline, x1 = scale.position(value.value)
        let label = canvas.chart.measure.label ?? canvas.chart.subject
        writer.element("rect", [("x", n(min(x0, x1))), ("y", n(top + 8)), ("width", n(abs(x1 - x0))),
                                ("height", n(Self.bandHeight - 16)), ("style", Palette.fill(0))],
                       tooltip: canvas.tooltip(label: label, series: "", value: value))
        var goal = target
        goal.kind = .target
        let xt = n(scale.position(target.value))
        writer.element("line", [("x1", xt), ("y1", n(top + 3)), ("x2", xt), ("y2", n(top + Self.bandHeight - 3)),
                                ("stroke", "currentColor"), ("stroke-width", "3")],
                       tooltip: canvas.tooltip(label: label, series: "", value: goal))
    }
}
