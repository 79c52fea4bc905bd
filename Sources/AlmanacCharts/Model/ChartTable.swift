import AlmanacCore

/// One number in a chart, with what kind of figure it is.
public struct ChartValue: Sendable, Hashable {
    /// The number in the chart's unit.
    public var value: Double
    /// Measured, estimated or a target; inline data is actual unless it says otherwise.
    public var kind: FigureKind
    /// How the source hedges the number, e.g. "about"; shown in labels, tooltips and the data table.
    public var qualifier: FigureQualifier?
    /// Decimals as the number was written (`12.5` → 1, `7.0` → 1), so each value is shown as
    /// precisely as its source gives it; nil for numbers without a written form.
    public var decimals: Int?
    /// How good the value is; a flagged status (provisional, revised, …) is marked wherever the
    /// value is written.
    public var status: FigureStatus?

    /// True when the number is a bound or a band rather than the value itself (`over`, `about`).
    public var isBound: Bool { qualifier?.hidesTheValue ?? false }

    /// Creates a value; most values are actual, unqualified, and shown with the chart's decimals.
    public init(_ value: Double, kind: FigureKind = .actual, qualifier: FigureQualifier? = nil, decimals: Int? = nil) {
        self.value = value
        self.kind = kind
        self.qualifier = qualifier
        self.decimals = decimals
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
    /// Categories or periods, in the order they are drawn, as compact as an axis needs.
    public var labels: [String]
    /// The labels in words, for tables, tooltips and descriptions (`2020年上半年` for `2020-H1`);
    /// the same as `labels` for data written in the spec or a CSV file.
    public var longLabels: [String]
    /// The rows of numbers, one value slot per label each.
    public var series: [ChartSeries]
    /// The most decimals written in the source numbers: the precision of numbers computed from
    /// them (totals, differences, the rest of a donut) when the spec sets none.
    public var decimals: Int

    /// Creates a table; every series must have one value slot per label.
    public init(labels: [String], longLabels: [String]? = nil, series: [ChartSeries], decimals: Int = 0) {
        precondition(series.allSatisfy { $0.values.count == labels.count }, "series must match labels")
        precondition(longLabels.map { $0.count == labels.count } ?? true, "long labels must match labels")
        self.labels = labels
        self.longLabels = longLabels ?? labels
        self.series = series
        self.decimals = decimals
    }

    /// True when no series has a single value.
    public var isEmpty: Bool { labels.isEmpty || !series.contains { $0.hasValues } }
}
