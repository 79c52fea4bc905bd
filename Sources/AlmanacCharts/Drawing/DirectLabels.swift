/// Places labels beside the ends of lines or stacks, nudging them apart so none overlap,
/// since a name next to its mark is easier to read than a legend and needs no colour.
struct DirectLabels {
    struct Label {
        let lines: [String]
        /// The y the label would like to be centred on.
        let y: Double
        let series: Int
    }

    static let fontSize = ChartCanvas.smallFontSize
    static let maxWidth = 96.0

    /// Wraps `text` onto up to three lines, widening the margin a little before ever cutting it.
    static func lines(_ text: String) -> [String] {
        TextMetrics.wrap(text, widths: [maxWidth, maxWidth * 1.4], fontSize: fontSize, maxLines: 3)
    }

    /// A value with its unit on one line, or when too wide the unit on a line of its own, so a
    /// unit such as "10,000 tonnes" is never split from its own words or joined to the number.
    static func valueLines(_ value: ChartValue, canvas: ChartCanvas) -> [String] {
        let text = canvas.qualified(canvas.format.string(value), value.qualifier)
        guard TextMetrics.width(text, fontSize: fontSize) > maxWidth else { return [text] }
        let parts = canvas.format.parts(value.value, decimals: value.decimals)
        return [canvas.qualified(parts.number, value.qualifier)] + lines(parts.unit)
    }

    /// Room needed to the right of the plot for labels already broken into lines.
    static func width(lines: [String]) -> Double {
        (lines.map { TextMetrics.width($0, fontSize: fontSize) }.max() ?? 0) + 10
    }

    /// Centres adjusted so labels keep a line height apart and stay between `top` and `bottom`.
    static func arranged(_ labels: [Label], top: Double, bottom: Double) -> [Double] {
        let order = labels.indices.sorted { labels[$0].y < labels[$1].y }
        var centres = Array(repeating: 0.0, count: labels.count)
        var floor = top
        for index in order {
            let half = height(labels[index]) / 2
            centres[index] = max(labels[index].y, floor + half)
            floor = centres[index] + half + 2
        }
        // Push back up from the bottom when the last labels ran past it.
        var ceiling = bottom
        for index in order.reversed() {
            let half = height(labels[index]) / 2
            centres[index] = min(centres[index], ceiling - half)
            ceiling = centres[index] - half - 2
        }
        return centres
    }

    static func draw(_ labels: [Label], x: Double, top: Double, bottom: Double, into writer: inout SVGWriter) {
        let centres = arranged(labels, top: top, bottom: bottom)
        writer.open("g", [("class", "chart-labels"), ("font-size", SVGWriter.number(fontSize))])
        for (label, centre) in zip(labels, centres) {
            let first = centre - height(label) / 2 + fontSize * 0.85
            writer.text(label.lines, x: x, y: first, lineHeight: fontSize * 1.15)
        }
        writer.close("g")
    }

    private static func height(_ label: Label) -> Double {
        Double(label.lines.count) * fontSize * 1.15
    }
}
