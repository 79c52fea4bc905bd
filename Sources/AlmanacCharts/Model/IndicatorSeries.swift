import AlmanacCore
/// One value of an indicator at one period, such as GDP growth in "2024" or "2020-H1".
public struct SeriesPoint: Sendable, Hashable {
    /// The period as it is written, compact enough for an axis, e.g. `2019` or `2020-H1`.
    public var label: String
    /// The period in words of the page language, for tables, tooltips and descriptions, e.g.
    /// `2020年上半年` or `H1 2020`; the same as `label` unless given.
    public var longLabel: String
    /// The calendar years the period falls in (`2016...2019` for a span), for `from` and `to`.
    public var years: ClosedRange<Int>?
    /// True when the period is exactly one calendar year, for `periods: annual`.
    public var isWholeYear: Bool
    /// The number in the indicator's unit.
    public var value: Double
    /// Whether the number is measured, estimated or a target.
    public var kind: FigureKind
    /// How the source hedges the number, e.g. `.about`; shown in labels, tooltips and the data table.
    public var qualifier: FigureQualifier?
    /// Decimals to show for this value; nil shows the series' decimals.
    public var decimals: Int?
    /// False for a period of another frequency than the indicator's own (a half-year in an
    /// annual series): left out unless the chart asks for `periods: all`.
    public var isOwnFrequency = true
    /// How good the value is (provisional, revised, …); flagged in labels, tooltips and the table.
    public var status: FigureStatus?

    /// Creates a point; most points are measured values without a qualifier. Without `years`, a
    /// label that is a year (`2019`) counts as that whole year and one that starts with a year
    /// (`2020-H1`) as part of it.
    public init(
        label: String, longLabel: String? = nil, years: ClosedRange<Int>? = nil, isWholeYear: Bool? = nil,
        value: Double, kind: FigureKind = .actual, qualifier: FigureQualifier? = nil, decimals: Int? = nil
    ) {
        let leadingYear = Self.leadingYear(of: label)
        self.label = label
        self.longLabel = longLabel ?? label
        self.years = years ?? leadingYear.map { $0...$0 }
        self.isWholeYear = isWholeYear ?? (leadingYear != nil && label.count == 4)
        self.value = value
        self.kind = kind
        self.qualifier = qualifier
        self.decimals = decimals
    }

    private static func leadingYear(of label: String) -> Int? {
        let digits = label.prefix(4)
        guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }
}

/// The history of one indicator across all editions, already in the page's language.
public struct IndicatorSeries: Sendable, Hashable {
    /// The indicator's name, e.g. "地区生产总值增速".
    public var name: String
    /// The unit of every value, e.g. "%" or "亿元"; may be empty.
    public var unit: String
    /// The most decimals the indicator is published with; values computed from the series
    /// (changes, differences) use it.
    public var decimals: Int
    /// Points in chronological order; a period may carry both an actual value and a target.
    public var points: [SeriesPoint]

    /// Creates a series from points given in chronological order.
    public init(name: String, unit: String, decimals: Int, points: [SeriesPoint]) {
        self.name = name
        self.unit = unit
        self.decimals = decimals
        self.points = points
    }
}
