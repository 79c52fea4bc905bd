extension Duration {
    /// The duration in seconds, as the timings print it.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
