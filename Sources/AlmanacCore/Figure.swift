/// Whether a figure was measured, is a provisional estimate, or is a goal set in advance.
///
/// Pages word each kind (实际 / 预计 / 目标) and charts draw each distinctly (solid, hatched or
/// dashed, target marker), so readers never mistake a plan for a result.
public enum FigureKind: String, Hashable, Sendable, CaseIterable {
    case actual, estimate, target
}

/// How a source hedges a figure: 左右 / about, 超 / over, 不到 / under, 以上 / at least,
/// 力争 / stretch goal, 前N位 / in the top N (a rank known only to lie within the first N).
public enum FigureQualifier: String, Hashable, Sendable, CaseIterable {
    case about, over, under
    case atLeast = "at_least"
    case stretch
    case top

    /// True when the figure is a bound or a band rather than the value itself: a change
    /// computed from it would state more than the source does.
    public var hidesTheValue: Bool { self != .stretch }
}

/// How good a figure is, as statistics offices flag their values (Eurostat's flags, SDMX's
/// `OBS_STATUS`). A value without a status is an ordinary published figure.
public enum FigureStatus: String, Hashable, Sendable, CaseIterable {
    /// Published early and expected to change (初步数, 快报).
    case provisional
    /// Changed since it was first published.
    case revised
    /// Settled: no further revision is expected.
    case final
    /// Not comparable with the periods before it: the series breaks here.
    case `break`
    /// Measured with a definition that differs from the rest of the series.
    case definitionChanged = "definition_changed"

    /// Whether a target can carry this status. Provisional and final describe how far a measurement
    /// has settled; a target is a decision, not a measurement, so a preliminary target says so in a
    /// footnote instead.
    public var appliesToTargets: Bool {
        switch self {
        case .provisional, .final: false
        case .revised, .break, .definitionChanged: true
        }
    }

    /// The code of SDMX's `CL_OBS_STATUS` list, where it has one (it has none for revised values).
    public var sdmxCode: String? {
        switch self {
        case .provisional: "P"
        case .revised: nil
        case .final: "A"
        case .break: "B"
        case .definitionChanged: "D"
        }
    }
}

/// How often an indicator is published.
public enum Frequency: String, Hashable, Sendable, CaseIterable {
    case annual
    case halfYearly = "half-yearly"
    case quarterly, monthly, irregular
}

/// Whether money values are at the prices of their own period or of a base year.
public enum PriceBasis: String, Hashable, Sendable, CaseIterable {
    case current, constant
}

/// How an indicator's numbers read: amounts (the default), or ranks, which read as ordinals
/// (`4th`, `第4位`) and never scale.
public enum NumberStyle: String, Hashable, Sendable, CaseIterable {
    case amount, rank
}
