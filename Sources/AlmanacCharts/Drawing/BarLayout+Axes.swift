/// The value axis (gridlines, ticks, unit heading) and the category labels of a bar chart.
extension BarLayout {
    func drawAxis(into writer: inout SVGWriter) {
        let n = SVGWriter.number
        let size = ChartCanvas.smallFontSize
        let ticks = scale.ticks
        let labels = axis
        writer.open("g", [("class", "chart-axis"), ("font-size", n(size)), ("text-anchor", "middle")])
        for (tick, label) in zip(ticks, labels.labels) {
            let x = scale.position(tick)
            writer.element("line", [("x1", n(x)), ("y1", n(top)), ("x2", n(x)), ("y2", n(bottom)),
                                    ("stroke", "currentColor"), ("stroke-opacity", "0.15")])
            writer.text(label, x: x, y: bottom + size + 4)
        }
        if let heading = labels.heading {
            writer.text(heading, x: scale.start, y: top - 8, [("text-anchor", "start")])
        }
        writer.close("g")
    }

    func drawCategories(into writer: inout SVGWriter) {
        let size = ChartCanvas.smallFontSize
        let lineHeight = size * 1.2
        writer.open("g", [("class", "chart-axis"), ("font-size", SVGWriter.number(size)), ("text-anchor", "end")])
        for (index, lines) in labelLines.enumerated() {
            let middle = top + rowHeight * (Double(index) + 0.5)
            let first = middle - lineHeight * Double(lines.count - 1) / 2 + size * 0.35
            writer.text(lines, x: labelWidth + 4, y: first, lineHeight: lineHeight)
        }
        writer.close("g")
    }
}
