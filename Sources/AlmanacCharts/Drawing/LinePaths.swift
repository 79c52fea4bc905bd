import AlmanacCore
/// The geometry of line and area series: runs of connected points, dashed where they lead to
/// an estimate, broken where a value is missing.
struct LinePaths {
    let canvas: ChartCanvas
    let frame: CartesianFrame
    let stacked: Bool

    struct Point {
        let label: Int
        let x: Double
        let y: Double
        let value: ChartValue
    }

    /// Points of one series; stacked areas use the top of each segment.
    func points(series index: Int) -> [Point?] {
        let series = canvas.chart.table.series[index]
        let tops = stacked ? StackedValues(canvas.chart.table).tops(series: index) : nil
        return series.values.enumerated().map { label, value in
            guard let value else { return nil }
            let y = frame.scale.position(tops?[label] ?? value.value)
            return Point(label: label, x: frame.center(label), y: y, value: value)
        }
    }

    /// Connected stretches; a label with only a target does not break the line.
    func runs(series index: Int) -> [[Point]] {
        let targets = canvas.chart.table.series[index].targets
        var runs: [[Point]] = [[]]
        for (label, point) in points(series: index).enumerated() {
            if let point {
                runs[runs.count - 1].append(point)
            } else if targets[label] == nil, !(runs.last?.isEmpty ?? true) {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }

    /// Where the last point of a series sits, for its end label.
    func endY(series index: Int) -> Double {
        guard let last = points(series: index).last(where: { $0 != nil }) ?? nil else { return frame.bottom }
        guard stacked else { return last.y }
        let bottom = StackedValues(canvas.chart.table).bottoms(series: index)[last.label]
        return (last.y + frame.scale.position(bottom)) / 2
    }

    /// The lines and markers of every series, which labels inside the plot must not cover.
    func obstacles() -> Obstacles {
        var obstacles = Obstacles()
        for index in canvas.chart.table.series.indices {
            for run in runs(series: index) {
                obstacles.segments += zip(run, run.dropFirst()).map { ($0.x, $0.y, $1.x, $1.y) }
                obstacles.boxes += run.map { Box(minX: $0.x - 5, minY: $0.y - 5, maxX: $0.x + 5, maxY: $0.y + 5) }
            }
        }
        return obstacles
    }

    func drawLines(into writer: inout SVGWriter) {
        writer.open("g", [("class", "chart-lines"), ("fill", "none"), ("stroke-width", "2"),
                          ("stroke-linejoin", "round"), ("stroke-linecap", "round")])
        for index in canvas.chart.table.series.indices {
            for run in runs(series: index) {
                for (dashed, stretch) in Self.stretches(run) {
                    var attributes: SVGWriter.Attributes = [("d", Self.path(stretch)), ("style", Palette.stroke(index))]
                    if dashed { attributes.append(("stroke-dasharray", "5 4")) }
                    writer.element("path", attributes)
                }
            }
        }
        writer.close("g")
    }

    /// Splits a run where the dash style changes; the segment into an estimate is dashed.
    static func stretches(_ run: [Point]) -> [(Bool, [Point])] {
        guard run.count > 1 else { return [] }
        var result: [(Bool, [Point])] = []
        for (from, to) in zip(run, run.dropFirst()) {
            let dashed = to.value.kind != .actual || from.value.kind != .actual
            if let last = result.last, last.0 == dashed {
                result[result.count - 1].1.append(to)
            } else {
                result.append((dashed, [from, to]))
            }
        }
        return result
    }

    static func path(_ points: [Point]) -> String {
        points.enumerated().map { index, point in
            (index == 0 ? "M" : "L") + SVGWriter.number(point.x) + " " + SVGWriter.number(point.y)
        }.joined(separator: " ")
    }
}
