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
    public var location: SourceLocation
}

/// Whether a figure has happened, is expected, or is aimed for.
public enum IndicatorKind: String, Hashable, Sendable, CaseIterable {
    case actual, estimate, target
}

/// How the source hedges a figure: 左右, 超, 不到, 突破, 力争.
public enum Qualifier: String, Hashable, Sendable, CaseIterable {
    case about, over, under
    case atLeast = "at_least"
    case stretch
}

/// One reported figure: an indicator's value for one period, as one article states it.
public struct IndicatorValue: Hashable, Sendable {
    public var id: String
    public var value: Double
    public var period: Period
    public var kind: IndicatorKind
    public var qualifier: Qualifier?
    public var note: String?
    public var location: SourceLocation

    /// Two reports say the same thing when all but their note and location agree.
    public func agrees(with other: IndicatorValue) -> Bool {
        id == other.id && value == other.value && period == other.period
            && kind == other.kind && qualifier == other.qualifier
    }
}
