/// Markers and area fills of line charts.
extension LinePaths {
    /// A marker on every point while they are few enough to stay apart, else on the latest
    /// point and on points between gaps, which no line shows; estimates hollow.
    /// Each series has its own shape, so lines differ by more than colour.
    func drawMarkers(into writer: inout SVGWriter) {
        let table = canvas.chart.table
        let every = table.labels.count <= 30
        writer.open("g", [("class", "chart-points"), ("stroke-width", "1.5")])
        for (index, series) in table.series.enumerated() {
            let alone = Set(runs(series: index).filter { $0.count == 1 }.map { $0[0].label })
            let points = self.points(series: index).compactMap { $0 }
            for point in points where every || point.label == points.last?.label || alone.contains(point.label) {
                let hollow = point.value.kind != .actual
                let paint = hollow ? "fill:none;\(Palette.stroke(index))" : "\(Palette.fill(index));stroke:none"
                writer.element("path", [("d", MarkerShape.path(index, x: point.x, y: point.y)), ("style", paint)],
                               tooltip: canvas.tooltip(label: table.longLabels[point.label], series: series.name,
                                                       value: point.value))
            }
        }
        writer.close("g")
    }

    /// Translucent fills under each run, down to the baseline or the series below.
    func drawAreas(into writer: inout SVGWriter) {
        let stacks = StackedValues(canvas.chart.table)
        writer.open("g", [("class", "chart-areas"), ("fill-opacity", "0.3")])
        for index in canvas.chart.table.series.indices {
            let bottoms = stacked ? stacks.bottoms(series: index) : nil
            for run in runs(series: index) {
                let lower = run.reversed().map { point in
                    "L\(SVGWriter.number(point.x)) \(SVGWriter.number(frame.scale.position(bottoms?[point.label] ?? 0)))"
                }
                let d = Self.path(run) + " " + lower.joined(separator: " ") + " Z"
                writer.element("path", [("d", d), ("style", Palette.fill(index))])
            }
        }
        writer.close("g")
    }
}

/// Marker shapes by series: circle, square, triangle, diamond, then again.
enum MarkerShape {
    static func path(_ series: Int, x: Double, y: Double, size: Double = 3.5) -> String {
        let n = SVGWriter.number
        switch series % 4 {
        case 0:
            return "M\(n(x - size)) \(n(y)) a\(n(size)) \(n(size)) 0 1 0 \(n(size * 2)) 0 a\(n(size)) \(n(size)) 0 1 0 \(n(-size * 2)) 0 Z"
        case 1:
            let s = size * 0.9
            return "M\(n(x - s)) \(n(y - s)) H\(n(x + s)) V\(n(y + s)) H\(n(x - s)) Z"
        case 2:
            let s = size * 1.15
            return "M\(n(x)) \(n(y - s)) L\(n(x + s)) \(n(y + s * 0.8)) L\(n(x - s)) \(n(y + s * 0.8)) Z"
        default:
            let s = size * 1.2
            return "M\(n(x)) \(n(y - s)) L\(n(x + s)) \(n(y)) L\(n(x)) \(n(y + s)) L\(n(x - s)) \(n(y)) Z"
        }
    }
}
