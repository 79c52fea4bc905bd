import AlmanacCore

/// One number in a chart, with what kind of figure it is.
public struct ChartValue: Sendable, Hashable {
    /// The number in the chart's unit.
    public var value: Double
    /// Inline data is always actual; indicators may give estimates.
    public var kind: PointKind
    /// Words that qualify the number, e.g. "左右"; shown in tooltips and the data table.
    public var qualifier: String?

    /// Creates a value; inline chart data is always `.actual`.
    public init(_ value: Double, kind: PointKind = .actual, qualifier: String? = nil) {
        self.value = value
        self.kind = kind
        self.qualifier = qualifier
    }
}

/// One named row of numbers over the table's labels.
public struct ChartSeries: Sendable, Hashable {
    /// Shown in legends, direct labels and table headers; empty for the single series of `data:`.
    public var name: String
    /// One entry per table label; nil where the series has no value for that label.
    public var values: [ChartValue?]
    /// Targets per label, drawn as markers beside the values; all nil for most series.
    public var targets: [ChartValue?]

    /// Creates a series; `targets` defaults to none.
    public init(name: String, values: [ChartValue?], targets: [ChartValue?]? = nil) {
        self.name = name
        self.values = values
        self.targets = targets ?? Array(repeating: nil, count: values.count)
    }

    /// True when some label has a value or a target.
    public var hasValues: Bool {
        values.contains { $0 != nil } || targets.contains { $0 != nil }
    }
}

/// Labels (categories or periods) and the series measured over them: the data behind a chart.
public struct ChartTable: Sendable, Hashable {
    /// Categories or periods, in the order they are drawn.
    public var labels: [String]
    /// The rows of numbers, one value slot per label each.
    public var series: [ChartSeries]
    /// The most decimals written in the source numbers, used when the spec sets none.
    public var decimals: Int

    /// Creates a table; every series must have one value slot per label.
    public init(labels: [String], series: [ChartSeries], decimals: Int = 0) {
        precondition(series.allSatisfy { $0.values.count == labels.count }, "series must match labels")
        self.labels = labels
        self.series = series
        self.decimals = decimals
    }

    /// True when no series has a single value.
    public var isEmpty: Bool { labels.isEmpty || !series.contains { $0.hasValues } }
}
