/// The figures of a kpi or bullet chart.
public struct ChartMeasure: Sendable, Hashable {
    /// What is measured, e.g. "地区生产总值增速".
    public var label: String?
    /// The period of the value, e.g. "2024年".
    public var period: String?
    /// The figure itself, in the chart's unit.
    public var value: ChartValue?
    /// The value one edition before, for the change shown under a kpi.
    public var previous: ChartValue?
    /// The period of `previous`, e.g. "2023年".
    public var previousPeriod: String?
    /// The goal a bullet chart measures against.
    public var target: ChartValue?
    /// Ascending upper bounds of the qualitative bands behind a bullet chart.
    public var ranges: [Double]

    /// Creates the figures; every field may be filled later from an indicator.
    public init(
        label: String? = nil, period: String? = nil, value: ChartValue? = nil, previous: ChartValue? = nil,
        previousPeriod: String? = nil, target: ChartValue? = nil, ranges: [Double] = []
    ) {
        self.label = label
        self.period = period
        self.value = value
        self.previous = previous
        self.previousPeriod = previousPeriod
        self.target = target
        self.ranges = ranges
    }
}
