/// Formats numbers the way a reader of each language expects: fixed decimals, and thousands
/// separators for English (`2,546.18`), none for Chinese (`2546.18`).
///
/// Implemented by hand rather than with Foundation's formatters so output is identical on
/// every platform and fast enough to call for every figure on every page.
public struct NumberFormat: Hashable, Sendable {
    public var decimals: Int
    public var groupsThousands: Bool

    public init(decimals: Int, groupsThousands: Bool) {
        self.decimals = max(0, min(decimals, 9))
        self.groupsThousands = groupsThousands
    }

    /// The conventional format for `language` (`zh` does not group digits, others do).
    public static func standard(language: String, decimals: Int) -> NumberFormat {
        NumberFormat(decimals: decimals, groupsThousands: language != "zh")
    }

    public func string(_ value: Double) -> String {
        let negative = value < 0
        let scale = Self.powersOfTen[decimals]
        // A relative nudge makes halves written in decimal (1.005) round up as readers expect,
        // although their binary value lies just below the half.
        let scaled = (abs(value) * scale * (1 + 1e-12)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { return String(value) }
        let units = UInt64(scaled)
        let whole = units / UInt64(scale)
        let fraction = units % UInt64(scale)
        var text = groupsThousands ? Self.grouped(whole) : String(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return negative && units != 0 ? "-" + text : text
    }

    private static let powersOfTen: [Double] = (0...9).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    private static func grouped(_ whole: UInt64) -> String {
        let digits = Array(String(whole))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
