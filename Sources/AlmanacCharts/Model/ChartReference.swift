/// A horizontal guide drawn across a chart: a line at one value or a band between two.
public struct ChartReference: Sendable, Hashable {
    /// The lower value of a band; nil for a line.
    public var from: Double?
    /// The value of a line, or the upper value of a band.
    public var to: Double
    /// Written beside the line or band, e.g. "目标".
    public var label: String?
    /// Decimals as the value (or the more precise end of a band) was written, so `65` reads
    /// "65%"; nil shows the chart's decimals.
    public var decimals: Int?

    /// Creates a line at `value`.
    public init(value: Double, label: String? = nil, decimals: Int? = nil) {
        self.from = nil
        self.to = value
        self.label = label
        self.decimals = decimals
    }

    /// Creates a band between `from` and `to`.
    public init(from: Double, to: Double, label: String? = nil, decimals: Int? = nil) {
        self.from = min(from, to)
        self.to = max(from, to)
        self.label = label
        self.decimals = decimals
    }
}
