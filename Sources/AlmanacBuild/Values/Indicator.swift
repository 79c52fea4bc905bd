import AlmanacCore

/// A catalogue entry of `Content/indicators.yml`: what an indicator is and how to show it.
public struct IndicatorDefinition: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    public var unit: LocalizedText
    /// Decimals shown for every value of this indicator.
    public var decimals: Int
    public var higherIsBetter: Bool
    /// Optional grouping for indicator indexes, such as `economy`.
    public var theme: String?
    /// Shown as a KPI tile on the home page when the latest edition reports it.
    public var headline: Bool = false
    public var location: SourceLocation
}

/// One reported figure: an indicator's value for one period, as one article states it.
public struct IndicatorValue: Hashable, Sendable {
    public var id: String
    public var value: Double
    /// Decimals as the author wrote the value (`2.5` → 1), so a figure is shown as precisely as
    /// its source gives it and never more precisely than the catalogue allows.
    public var writtenDecimals: Int
    public var period: Period
    public var kind: FigureKind
    public var qualifier: FigureQualifier?
    public var note: String?
    public var location: SourceLocation

    public init(id: String, value: Double, writtenDecimals: Int = 6, period: Period, kind: FigureKind,
                qualifier: FigureQualifier? = nil, note: String? = nil, location: SourceLocation) {
        self.id = id
        self.value = value
        self.writtenDecimals = writtenDecimals
        self.period = period
        self.kind = kind
        self.qualifier = qualifier
        self.note = note
        self.location = location
    }

    /// The report without where it was written: equal for an unchanged figure of an edited file,
    /// whatever lines moved above it, and different when any field of it changed.
    public var figure: IndicatorValue {
        var figure = self
        figure.location = SourceLocation(path: "")
        return figure
    }

    /// Two reports say the same thing when all but their note and location agree.
    public func agrees(with other: IndicatorValue) -> Bool {
        id == other.id && value == other.value && period == other.period
            && kind == other.kind && qualifier == other.qualifier
    }
}
