/// Targets drawn as short dark ticks across their column or point, so a goal and a result in
/// the same period can be compared at a glance.
enum TargetMarks {
    static func draw(
        _ canvas: ChartCanvas, frame: CartesianFrame, geometry: BarGeometry?, stacked: Bool,
        into writer: inout SVGWriter
    ) {
        guard canvas.chart.hasTargets else { return }
        let table = canvas.chart.table
        let n = SVGWriter.number
        writer.open("g", [("class", "chart-targets")])
        for (seriesIndex, series) in table.series.enumerated() {
            for (labelIndex, target) in series.targets.enumerated() {
                guard let target else { continue }
                let (x0, x1) = span(frame, geometry, label: labelIndex, series: stacked ? 0 : seriesIndex)
                let y = frame.scale.position(target.value)
                writer.element("line", [("x1", n(x0)), ("y1", n(y)), ("x2", n(x1)), ("y2", n(y)),
                                        ("stroke", "currentColor"), ("stroke-width", "2.5")],
                               tooltip: canvas.tooltip(label: table.longLabels[labelIndex], series: series.name, value: target))
            }
        }
        writer.close("g")
    }

    /// The ticks as boxes, for labels that must keep clear of them.
    static func boxes(_ canvas: ChartCanvas, frame: CartesianFrame, geometry: BarGeometry?, stacked: Bool) -> [Box] {
        canvas.chart.table.series.enumerated().flatMap { seriesIndex, series in
            series.targets.enumerated().compactMap { labelIndex, target -> Box? in
                guard let target else { return nil }
                let (x0, x1) = span(frame, geometry, label: labelIndex, series: stacked ? 0 : seriesIndex)
                let y = frame.scale.position(target.value)
                return Box(minX: x0, minY: y - 2, maxX: x1, maxY: y + 2)
            }
        }
    }

    private static func span(_ frame: CartesianFrame, _ geometry: BarGeometry?, label: Int, series: Int) -> (Double, Double) {
        guard let geometry else {
            let center = frame.center(label)
            return (center - 8, center + 8)
        }
        let x = geometry.x(label: label, series: series)
        return (x - 3, x + geometry.width + 3)
    }
}
