/// Whether a figure was measured, is a provisional estimate, or is a goal set in advance.
///
/// Pages word each kind (实际 / 预计 / 目标) and charts draw each distinctly (solid, hatched or
/// dashed, target marker), so readers never mistake a plan for a result.
public enum FigureKind: String, Hashable, Sendable, CaseIterable {
    case actual, estimate, target
}

/// How a source hedges a figure: 左右 / about, 超 / over, 不到 / under, 突破 / at least,
/// 力争 / stretch goal.
public enum FigureQualifier: String, Hashable, Sendable, CaseIterable {
    case about, over, under
    case atLeast = "at_least"
    case stretch
}
