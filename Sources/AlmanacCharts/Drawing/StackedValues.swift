/// Running totals of stacked series: positive values stack up from zero, negative ones down,
/// so a stack with mixed signs never hides a segment behind another.
struct StackedValues {
    private var spans: [[(Double, Double)]] = []

    init(_ table: ChartTable) {
        var up = Array(repeating: 0.0, count: table.labels.count)
        var down = up
        spans = table.series.map { series in
            series.values.enumerated().map { label, value in
                let amount = value?.value ?? 0
                if amount >= 0 {
                    defer { up[label] += amount }
                    return (up[label], up[label] + amount)
                }
                defer { down[label] += amount }
                return (down[label], down[label] + amount)
            }
        }
    }

    /// Where segment `series` of stack `label` starts and ends.
    func span(series: Int, label: Int) -> (Double, Double) { spans[series][label] }

    /// The top and bottom of every stack, for the axis domain.
    var extremes: [Double] { spans.flatMap { $0.flatMap { [$0.0, $0.1] } } }

    /// The top of each stack for series up to `series`, for stacked areas.
    func tops(series: Int) -> [Double] { spans[series].map(\.1) }
    func bottoms(series: Int) -> [Double] { spans[series].map(\.0) }
}
