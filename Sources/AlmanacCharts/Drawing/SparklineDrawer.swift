/// A word-sized line without axes, for tables and key figures: only the shape of the history,
/// with the latest point marked and estimates dashed.
struct SparklineDrawer {
    let canvas: ChartCanvas

    static let width = 120.0
    static let height = 30.0

    func draw() -> Drawing {
        Drawing(width: Self.width, height: Self.height, body: path(width: Self.width, height: Self.height, inset: 3))
    }

    /// The line of the first series scaled into a `width` × `height` box.
    func path(width: Double, height: Double, inset: Double) -> SVGWriter {
        let series = canvas.chart.table.series[0]
        let values = series.values.map { $0?.value }
        let known = values.compactMap { $0 }
        let low = known.min() ?? 0, high = known.max() ?? 1
        let step = values.count > 1 ? (width - 2 * inset) / Double(values.count - 1) : 0
        let y = { (value: Double) in high == low ? height / 2 : inset + (high - value) / (high - low) * (height - 2 * inset) }
        let points = series.values.enumerated().compactMap { index, cell in
            cell.map { (x: values.count > 1 ? inset + step * Double(index) : width / 2, y: y($0.value), kind: $0.kind) }
        }
        var writer = SVGWriter()
        let n = SVGWriter.number
        for (from, to) in zip(points, points.dropFirst()) {
            var attributes: SVGWriter.Attributes = [("d", "M\(n(from.x)) \(n(from.y)) L\(n(to.x)) \(n(to.y))"),
                                                    ("fill", "none"), ("style", Palette.stroke(0)), ("stroke-width", "1.5"),
                                                    ("stroke-linecap", "round")]
            if to.kind != .actual { attributes.append(("stroke-dasharray", "3 2")) }
            writer.element("path", attributes)
        }
        if let last = points.last {
            writer.element("circle", [("cx", n(last.x)), ("cy", n(last.y)), ("r", "2.5"), ("style", Palette.fill(0))])
        }
        return writer
    }
}
