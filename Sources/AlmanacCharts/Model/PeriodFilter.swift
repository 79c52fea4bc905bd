/// Which periods of an indicator a chart shows: `from: 2019`, `to: 2025`, `periods: annual`.
public struct PeriodFilter: Sendable, Hashable {
    /// The first year shown; nil for no limit.
    public var from: Int?
    /// The last year shown; nil for no limit.
    public var to: Int?
    /// Only whole calendar years: halves, quarters, months and spans of years are left out.
    public var annualOnly: Bool
    /// Every period, also those of another frequency than the indicator's own (`periods: all`);
    /// by default a first-half figure is not drawn as a point of an annual series.
    public var allPeriods = false

    /// Creates a filter; the default shows every period.
    public init(from: Int? = nil, to: Int? = nil, annualOnly: Bool = false) {
        self.from = from
        self.to = to
        self.annualOnly = annualOnly
    }

    /// True when the filter leaves every period in.
    public var isEmpty: Bool { from == nil && to == nil && !annualOnly }

    /// Whether a point with this period is shown; a point whose years are unknown is shown only
    /// when the filter sets no years and does not ask for whole years.
    func includes(_ point: SeriesPoint) -> Bool {
        if !allPeriods && !point.isOwnFrequency { return false }
        guard !isEmpty else { return true }
        guard let years = point.years else { return false }
        if annualOnly, !point.isWholeYear { return false }
        if let from, years.lowerBound < from { return false }
        if let to, years.upperBound > to { return false }
        return true
    }
}
