/// Reference lines and bands, labelled in the right margin with the direct labels so their
/// text never sits on top of a mark.
extension CartesianFrame {
    /// Values references need to be visible, for the scale's domain.
    static func domain(of references: [ChartReference]) -> [Double] {
        references.flatMap { [$0.from, $0.to].compactMap { $0 } }
    }

    /// "全国 5.0%" or "Target range 0.0%–5.0%".
    static func text(of reference: ChartReference, format: ValueFormatter) -> String {
        let value = reference.from.map { format.string($0, decimals: reference.decimals) + "–" } ?? ""
        let to = format.string(reference.to, decimals: reference.decimals)
        return [reference.label, value + to].compactMap { $0 }.joined(separator: " ")
    }

    /// Draws lines and bands; returns their labels for the right margin.
    func drawReferences(_ references: [ChartReference], canvas: ChartCanvas, into writer: inout SVGWriter)
        -> [DirectLabels.Label]
    {
        guard !references.isEmpty else { return [] }
        let n = SVGWriter.number
        writer.open("g", [("class", "chart-reference")])
        var labels: [DirectLabels.Label] = []
        for reference in references {
            let text = Self.text(of: reference, format: canvas.format)
            let y = scale.position(reference.to)
            if let from = reference.from {
                let y0 = scale.position(from)
                writer.element("rect", [("x", n(left)), ("y", n(min(y, y0))), ("width", n(plotWidth)),
                                        ("height", n(abs(y0 - y))), ("fill", "currentColor"), ("fill-opacity", "0.1")],
                               tooltip: text)
                labels.append(DirectLabels.Label(lines: DirectLabels.lines(text), y: (y + y0) / 2, series: -1))
            } else {
                writer.element("line", [("x1", n(left)), ("y1", n(y)), ("x2", n(right + 4)), ("y2", n(y)),
                                        ("stroke", "currentColor"), ("stroke-width", "1.25"),
                                        ("stroke-dasharray", "5 3")], tooltip: text)
                labels.append(DirectLabels.Label(lines: DirectLabels.lines(text), y: y, series: -1))
            }
        }
        writer.close("g")
        return labels
    }
}
