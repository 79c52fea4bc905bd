/// Where the columns of a column chart sit: each label's band holds its columns side by side,
/// or one stack.
struct BarGeometry {
    /// One column (or stack segment) with the value it shows.
    struct Bar {
        let series: Int
        let label: Int
        let value: ChartValue
        let box: Box
    }

    let width: Double
    let groupStart: (Int) -> Double

    init(frame: CartesianFrame, seriesCount: Int) {
        let count = Double(max(seriesCount, 1))
        let width = min(frame.band * 0.72 / count, 44)
        self.width = width
        self.groupStart = { frame.center($0) - width * count / 2 }
    }

    func x(label: Int, series: Int) -> Double { groupStart(label) + width * Double(series) }

    /// Every column of `table`, grouped side by side or stacked.
    func bars(_ table: ChartTable, frame: CartesianFrame, stacked: Bool) -> [Bar] {
        let stacks = StackedValues(table)
        return table.series.enumerated().flatMap { seriesIndex, series in
            series.values.enumerated().compactMap { labelIndex, value -> Bar? in
                guard let value else { return nil }
                let (from, to) = stacked ? stacks.span(series: seriesIndex, label: labelIndex) : (0, value.value)
                let x = self.x(label: labelIndex, series: stacked ? 0 : seriesIndex)
                let box = Box(minX: x, minY: frame.scale.position(from), maxX: x + width, maxY: frame.scale.position(to))
                return Bar(series: seriesIndex, label: labelIndex, value: value, box: box)
            }
        }
    }
}
