/// A horizontal guide drawn across a chart: a line at one value or a band between two.
public struct ChartReference: Sendable, Hashable {
    /// The lower value of a band; nil for a line.
    public var from: Double?
    /// The value of a line, or the upper value of a band.
    public var to: Double
    /// Written beside the line or band, e.g. "目标".
    public var label: String?

    /// Creates a line at `value`.
    public init(value: Double, label: String? = nil) {
        self.from = nil
        self.to = value
        self.label = label
    }

    /// Creates a band between `from` and `to`.
    public init(from: Double, to: Double, label: String? = nil) {
        self.from = min(from, to)
        self.to = max(from, to)
        self.label = label
    }
}
