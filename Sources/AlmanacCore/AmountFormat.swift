/// Writes an amount with its unit the way a reader of the language expects, keeping every digit
/// the author wrote: one writer for prose, tables, tiles, charts and descriptions.
///
/// Large plain numbers take the language's magnitude words (`12.1万元`, `254.618 billion yuan`);
/// a unit that already carries one (`亿元`) is kept as the author wrote it, and amounts below the
/// smallest magnitude are written in digits (`125,000 yuan`).
public struct AmountFormat: Sendable {
    public var words: FigureWords
    public var style: LanguageStyle

    public init(words: FigureWords, style: LanguageStyle) {
        self.words = words
        self.style = style
    }

    /// `value` (with `decimals` written) in `unit`.
    public func string(_ value: Double, decimals: Int, unit: String) -> String {
        guard let (number, word) = magnitude(value, decimals: decimals, unit: unit) else {
            return attach(NumberFormat(decimals: decimals, groupsThousands: style.groupsThousands).string(value), unit: unit)
        }
        return attach(style.writesHan ? number + word : number + " " + word, unit: unit)
    }

    /// The number in its largest magnitude word it reaches (`254.618`, `billion`); nil when it
    /// reaches none or the unit already carries one. Decimals grow with the magnitude so no
    /// written digit is lost, and trailing zeros go (`4,000,000` → `4 million`).
    public func magnitude(_ value: Double, decimals: Int, unit: String) -> (number: String, word: String)? {
        guard !words.magnitudes.contains(where: { unit.hasPrefix($0.word) }),
              let chosen = words.magnitudes.last(where: { abs(value) >= threshold($0.power) }) else { return nil }
        let format = NumberFormat(decimals: min(9, decimals + chosen.power), groupsThousands: style.groupsThousands)
        return (format.trimmedString(value / Self.pow10(chosen.power)), chosen.word)
    }

    /// Where a magnitude word starts. Languages that do not group digits write up to five of them
    /// plainly, as statistical releases do (`43441元`, then `12.1万元`); others start at the word's
    /// own power (`1 million`).
    func threshold(_ power: Int) -> Double {
        style.groupsThousands ? Self.pow10(power) : Self.pow10(max(power, 5))
    }

    /// Number and unit together: no space in Han text or before a sign (`6.5%`), one otherwise.
    public func attach(_ number: String, unit: String) -> String {
        guard !unit.isEmpty else { return number }
        if style.writesHan || unit == "%" || unit == "‰" { return number + unit }
        return number + " " + unit
    }

    static func pow10(_ power: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(power, 0) { result *= 10 }
        return result
    }
}
