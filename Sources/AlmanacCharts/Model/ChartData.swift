import AlmanacCore

/// Where a chart's numbers come from.
public enum ChartData: Sendable, Hashable {
    /// Numbers written in the spec itself (`data:` or `series:`).
    case table(ChartTable)
    /// The history of an indicator, looked up when rendering.
    case indicator(String, at: SourceLocation)
    /// A CSV file under `Content/data/`, looked up when rendering.
    case csv(String, at: SourceLocation)
    /// Only the figures in `ChartSpec.measure` (kpi and bullet with inline numbers).
    case measure
}
