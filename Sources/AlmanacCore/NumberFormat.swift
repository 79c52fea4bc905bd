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
        NumberFormat(decimals: decimals, groupsThousands: LanguageStyle.of(language).groupsThousands)
    }

    public func string(_ value: Double) -> String {
        String(decoding: digits(value), as: UTF8.self)
    }

    /// `value` with trailing zero decimals dropped (`2.50` → `2.5`, `3.00` → `3`).
    public func trimmedString(_ value: Double) -> String {
        var bytes = digits(value)
        if bytes.contains(UInt8(ascii: ".")) {
            while bytes.last == UInt8(ascii: "0") { bytes.removeLast() }
            if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        }
        // No "-0" can remain: a minus sign is written only before a value with a digit other than 0.
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The digits of `value`; whole numbers when the decimals would not fit in 64 bits, and
    /// `0` for a value that is not finite, so no page ever shows `inf` or `nan`.
    private func digits(_ value: Double) -> [UInt8] {
        if let bytes = bytes(value) { return bytes }
        if decimals > 0, let bytes = NumberFormat(decimals: 0, groupsThousands: groupsThousands).bytes(value) { return bytes }
        return value.isFinite ? Array(String(value).utf8) : [UInt8(ascii: "0")]
    }

    /// The digits as ASCII bytes, written without intermediate strings because charts and tables
    /// format numbers by the million; nil when the value is too large for fixed decimals.
    private func bytes(_ value: Double) -> [UInt8]? {
        let scale = Self.powersOfTen[decimals]
        // A nudge makes halves written in decimal (1.005) round up as readers expect, although
        // their binary value lies just below the half. Values have at most 15 significant digits
        // (`DecimalNumber`): 1e-15 of the value is more than the binary error and less than the
        // distance from any value that is not a half to the half, and capping it at a quarter
        // keeps large whole numbers (1e15) whole.
        let raw = abs(value) * scale
        let scaled = (raw + min(raw * 1e-15, 0.25)).rounded(.toNearestOrAwayFromZero)
        guard scaled.isFinite, scaled < 9.0e15 else { return nil }
        let units = UInt64(scaled)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        if value < 0 && units != 0 { bytes.append(UInt8(ascii: "-")) }
        Self.appendDigits(units / UInt64(scale), grouped: groupsThousands, to: &bytes)
        if decimals > 0 {
            bytes.append(UInt8(ascii: "."))
            Self.appendDigits(units % UInt64(scale), minimumCount: decimals, to: &bytes)
        }
        return bytes
    }

    private static func appendDigits(_ number: UInt64, minimumCount: Int = 1, grouped: Bool = false,
                                     to bytes: inout [UInt8]) {
        let start = bytes.count
        var rest = number
        var written = 0
        repeat {
            if grouped && written > 0 && written % 3 == 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
            written += 1
        } while rest > 0 || written < minimumCount
        bytes[start...].reverse()
    }

    private static let powersOfTen: [Double] = (0...9).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
