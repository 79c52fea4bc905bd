/// A word-sized line without axes, for tables and key figures: only the shape of the history,
/// with the latest point marked and estimates dashed.
struct SparklineDrawer {
    let canvas: ChartCanvas

    static let width = 120.0
    static let height = 30.0

    func draw() -> Drawing {
        Drawing(width: Self.width, height: Self.height, body: path(width: Self.width, height: Self.height, inset: 3))
    }

    /// The line of the first series scaled into a `width` × `height` box, broken where a value
    /// is missing so a gap never reads as a straight trend.
    func path(width: Double, height: Double, inset: Double) -> SVGWriter {
        let series = canvas.chart.table.series[0]
        let known = series.values.compactMap { $0?.value }
        let low = known.min() ?? 0, high = known.max() ?? 1
        let count = series.values.count
        let step = count > 1 ? (width - 2 * inset) / Double(count - 1) : 0
        let y = { (value: Double) in high == low ? height / 2 : inset + (high - value) / (high - low) * (height - 2 * inset) }
        let points = series.values.enumerated().map { index, cell in
            cell.map { (x: count > 1 ? inset + step * Double(index) : width / 2, y: y($0.value), kind: $0.kind) }
        }
        var writer = SVGWriter()
        let n = SVGWriter.number
        for (from, to) in zip(points, points.dropFirst()) {
            guard let from, let to else { continue }
            var attributes: SVGWriter.Attributes = [("d", "M\(n(from.x)) \(n(from.y)) L\(n(to.x)) \(n(to.y))"),
                                                    ("fill", "none"), ("style", Palette.stroke(0)), ("stroke-width", "1.5"),
                                                    ("stroke-linecap", "round")]
            if to.kind != .actual { attributes.append(("stroke-dasharray", "3 2")) }
            writer.element("path", attributes)
        }
        // The latest point is marked, and so is a point standing alone between gaps.
        for (index, point) in points.enumerated() {
            guard let point else { continue }
            let alone = (index == 0 || points[index - 1] == nil) && (index == count - 1 || points[index + 1] == nil)
            guard alone || index == points.lastIndex(where: { $0 != nil }) else { continue }
            writer.element("circle", [("cx", n(point.x)), ("cy", n(point.y)), ("r", "2.5"), ("style", Palette.fill(0))])
        }
        return writer
    }
}
