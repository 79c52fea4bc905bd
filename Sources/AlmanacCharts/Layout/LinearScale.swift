/// Maps values to positions along an axis whose ends and ticks fall on round numbers
/// (steps of 1, 2 or 5 times a power of ten).
struct LinearScale: Hashable {
    /// The rounded domain, always containing every value given.
    let lower: Double
    let upper: Double
    let step: Double
    /// Pixel positions of `lower` and `upper`; `start` may be larger than `end` (y axes grow upwards).
    let start: Double
    let end: Double

    /// A scale covering `values`, extended to zero when `includeZero` (bars must start at zero).
    init(covering values: [Double], includeZero: Bool, tickCount: Int = 5, from start: Double, to end: Double) {
        var low = values.min() ?? 0
        var high = values.max() ?? 1
        if includeZero { low = min(low, 0); high = max(high, 0) }
        if low == high { (low, high) = Self.widened(low) }
        let step = Self.niceStep(span: high - low, count: tickCount)
        self.step = step
        self.lower = (low / step).rounded(.down) * step
        self.upper = (high / step).rounded(.up) * step
        self.start = start
        self.end = end
    }

    /// The round values between `lower` and `upper`, computed from integer multiples so
    /// floating-point drift never prints `0.30000000000000004`.
    var ticks: [Double] {
        let first = Int((lower / step).rounded()), last = Int((upper / step).rounded())
        let decimals = NumberFormatting.decimals(forStep: step)
        let factor = Math.pow10(decimals)
        return (first...max(first, last)).map { (Double($0) * step * factor).rounded() / factor }
    }

    func position(_ value: Double) -> Double {
        guard upper > lower else { return start }
        return start + (value - lower) / (upper - lower) * (end - start)
    }

    /// The position of zero, or of the domain end nearest to it; bars grow from here.
    var baseline: Double { position(min(max(0, lower), upper)) }

    /// A horizontal scale with as many ticks as fit side by side: fewer when `labels` are wide.
    static func horizontal(
        covering values: [Double], includeZero: Bool, from start: Double, to end: Double,
        fontSize: Double, labels: (LinearScale) -> [String]
    ) -> LinearScale {
        var scale = LinearScale(covering: values, includeZero: includeZero, from: start, to: end)
        for count in [4, 3, 2] {
            let widest = labels(scale).map { TextMetrics.width($0, fontSize: fontSize) }.max() ?? 0
            let spacing = abs(end - start) / Double(max(scale.ticks.count - 1, 1))
            if widest + 8 <= spacing { break }
            scale = LinearScale(covering: values, includeZero: includeZero, tickCount: count, from: start, to: end)
        }
        return scale
    }

    /// A step of 1, 2 or 5 × 10ⁿ giving about `count` intervals (the rule d3 uses).
    static func niceStep(span: Double, count: Int) -> Double {
        // Values are bounded when read; this keeps a bad span from trapping in `Int(power)`.
        guard span.isFinite, span > 0 else { return 1 }
        let raw = span / Double(max(count, 1))
        let power = Math.log10(raw).rounded(.down)
        let magnitude = Math.pow10(Int(power))
        let error = raw / magnitude
        let factor: Double = error >= 50.0.squareRoot() ? 10 : error >= 10.0.squareRoot() ? 5 : error >= 2.0.squareRoot() ? 2 : 1
        return factor * magnitude
    }
}

private extension LinearScale {
    /// A single value still needs a visible span: zero gets 0…1, others grow by a tenth.
    static func widened(_ value: Double) -> (Double, Double) {
        guard value != 0 else { return (0, 1) }
        let pad = abs(value) * 0.1
        return (value - pad, value + pad)
    }
}
