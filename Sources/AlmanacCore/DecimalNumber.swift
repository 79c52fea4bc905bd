/// Reads numbers as authors write them in front matter, chart specs and data files, and keeps
/// them as written: plain decimals only (`2546.18`, `-3`, `6.5e3`), no more significant digits
/// than a double keeps exactly, and magnitudes within `range`, so that every sum, span and
/// percentage a chart or table computes from them stays finite.
public enum DecimalNumber {
    /// The largest magnitude accepted: a thousand trillion, far above any statistic in any unit.
    public static let largest = 1e15
    /// The smallest magnitude accepted besides zero.
    public static let smallest = 1e-15
    /// Significant digits a double always keeps exactly.
    public static let digits = 15

    /// The value of `text`, or why it is not accepted (a phrase that follows the text in a message).
    public static func read(_ text: String) -> Result<Double, Problem> {
        guard let shape = Shape(text.utf8) else {
            if Double(text) != nil || text.lowercased().hasPrefix("0x") || text.lowercased().hasPrefix("-0x") {
                return .failure(.notDecimal)
            }
            return .failure(.notANumber)
        }
        if shape.significantDigits > digits { return .failure(.tooPrecise) }
        guard let value = Double(text), value.isFinite, value == 0 || (abs(value) >= smallest && abs(value) <= largest) else {
            return .failure(.outOfRange)
        }
        if value == 0 && shape.significantDigits > 0 { return .failure(.outOfRange) }
        return .success(value)
    }

    /// The decimals a number is written with, so it is shown as precisely as its source gives
    /// it: `2546.18` → 2, `6` → 0, `6.5e3` → 0, `1.25e-1` → 3; at most `NumberFormat`'s 9.
    public static func writtenDecimals(_ text: String) -> Int {
        let lower = text.lowercased()
        let parts = lower.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        let mantissa = parts.first ?? ""
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let fraction = mantissa.firstIndex(of: ".").map { mantissa[mantissa.index(after: $0)...].prefix { $0.isASCII && $0.isNumber }.count } ?? 0
        return min(max(fraction - exponent, 0), 9)
    }

    public enum Problem: Error, Equatable, Sendable {
        case notANumber, notDecimal, tooPrecise, outOfRange

        /// What to tell the author; nil when the text is no number at all and the reader's own
        /// message (which knows what was expected) says it better.
        public var advice: String? {
            switch self {
            case .notANumber: nil
            case .notDecimal: "is not written as a plain decimal number; write it out in digits, such as 16 or 0.5"
            case .tooPrecise: "has more than \(DecimalNumber.digits) significant digits, more than can be kept exactly; round it"
            case .outOfRange: "is outside the magnitudes Almanac accepts (zero, or from 1e-15 to 1e15); check the value and its unit"
            }
        }
    }

    /// `-? digits? (. digits?)? (e [+-]? digits)?`, with at least one digit before the exponent.
    struct Shape {
        var significantDigits = 0

        init?<Bytes: Collection>(_ bytes: Bytes) where Bytes.Element == UInt8 {
            var index = bytes.startIndex
            let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                index = bytes.index(after: index)
            }
            // Significant digits run from the first non-zero digit to the last one.
            var digits = 0, firstNonZero = -1, lastNonZero = -1
            var sawDot = false
            while index < bytes.endIndex, isDigit(bytes[index]) || (!sawDot && bytes[index] == UInt8(ascii: ".")) {
                if bytes[index] == UInt8(ascii: ".") {
                    sawDot = true
                } else {
                    if bytes[index] != UInt8(ascii: "0") {
                        if firstNonZero < 0 { firstNonZero = digits }
                        lastNonZero = digits
                    }
                    digits += 1
                }
                index = bytes.index(after: index)
            }
            guard digits > 0 else { return nil }
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index = bytes.index(after: index)
                if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                    index = bytes.index(after: index)
                }
                guard index < bytes.endIndex else { return nil }
                while index < bytes.endIndex, isDigit(bytes[index]) { index = bytes.index(after: index) }
            }
            guard index == bytes.endIndex else { return nil }
            significantDigits = firstNonZero < 0 ? 0 : lastNonZero - firstNonZero + 1
        }
    }
}
