import AlmanacCore
import Foundation

/// Writes figures, periods and dates the way a reader of each language expects.
///
/// Chinese: `超2600亿元`, `2020年上半年`, `2026年1月6日`. English: `over 2,600 100 million yuan`,
/// `H1 2020`, `6 January 2026`. The words come from `FigureWords`, which string tables can change.
public struct FigureFormatter: Sendable {
    public var language: String
    public var words: FigureWords

    public init(language: String, words: FigureWords? = nil) {
        self.language = language
        self.words = words ?? FigureWords.standard(for: language)
    }

    /// A value with its unit and qualifier: `257个`, `6.5%左右`, `about 6.5%`, `257 projects`,
    /// `254.618 billion yuan`, `第4位`, `4th`, `in the top 10`. It shows the decimals the author
    /// wrote, capped by the catalogue's `decimals`, and scales by the catalogue's `scale` in
    /// languages that count in thousands.
    public func figure(_ value: IndicatorValue, definition: IndicatorDefinition) -> String {
        figure(value.value, decimals: min(definition.decimals, value.writtenDecimals), qualifier: value.qualifier,
               definition: definition)
    }

    /// A number of `definition`'s indicator as `figure(_:definition:)` writes it.
    public func figure(_ number: Double, decimals: Int, qualifier: FigureQualifier?, definition: IndicatorDefinition) -> String {
        if definition.metadata.style == .rank {
            let digits = self.number(number, decimals: decimals)
            if qualifier == .top { return words.qualified(digits, .top) }
            return words.qualified(words.rank(digits, value: Int(number)), qualifier)
        }
        let (scaled, scaledDecimals) = inLanguageUnit(number, decimals: decimals, definition: definition)
        let amount = words.qualified(amounts.string(scaled, decimals: scaledDecimals, unit: definition.unit.resolved(language)), qualifier)
        guard let gloss = definition.metadata.gloss, let unit = gloss.unit[language] else { return amount }
        let converted = scaled * gloss.factor
        let glossed = amounts.string(converted, decimals: abs(converted) >= 10 ? 0 : 1, unit: unit)
        return FigureWords.fill(words.gloss) { $0.isEmpty ? amount : $0 == "gloss" ? glossed : nil }
    }

    /// A figure as a sentence reads it: a small count of things in words where the language
    /// spells those out (`three enclaves`), otherwise as `figure` writes it. Percentages and
    /// percentage points stay in digits, as house styles keep them.
    public func proseFigure(_ value: IndicatorValue, definition: IndicatorDefinition) -> String {
        let unit = definition.unit.resolved(language)
        let style = LanguageStyle.of(language)
        guard definition.metadata.style != .rank, definition.metadata.gloss == nil, definition.scalePower(in: language) == 0,
              value.value.rounded() == value.value, let word = style.smallCountWords[Int(value.value)],
              unit.first?.isLetter == true, !unit.hasPrefix("percent") else {
            return figure(value, definition: definition)
        }
        return words.qualified(amounts.attach(word, unit: unit), value.qualifier)
    }

    /// A value of `definition`'s indicator in this language's unit, with the decimals that keep
    /// every written digit: `2546.18` (亿元) is `254618000000` yuan in English.
    public func inLanguageUnit(_ number: Double, decimals: Int, definition: IndicatorDefinition) -> (Double, Int) {
        let power = definition.scalePower(in: language)
        guard power > 0 else { return (number, decimals) }
        var factor = 1.0
        for _ in 0..<power { factor *= 10 }
        return (number * factor, max(0, decimals - power))
    }

    var amounts: AmountFormat { AmountFormat(words: words, style: LanguageStyle.of(language)) }

    /// The number alone: `2546.18`, `2,546.18`.
    public func number(_ value: Double, decimals: Int) -> String {
        NumberFormat.standard(language: language, decimals: decimals).string(value)
    }

    /// `2019年` / `2019`, `2020年上半年` / `H1 2020`, `2016—2019年` / `2016–2019`.
    public func period(_ period: Period) -> String {
        switch period {
        case let .year(year): fill(words.year, year: year)
        case let .half(year, half): fill(words.halves[half - 1], year: year)
        case let .quarter(year, quarter): fill(words.quarters[quarter - 1], year: year)
        case let .month(year, month): fill(words.month, year: year, month: month)
        case let .span(first, last):
            FigureWords.fill(words.span) { $0 == "first" ? String(first) : $0 == "last" ? String(last) : nil }
        }
    }

    /// `2026年1月6日` / `6 January 2026`.
    public func date(_ date: CalendarDate) -> String {
        fill(words.date, year: date.year, month: date.month, day: date.day)
    }

    /// `2027年3月31日` / `31 March 2027`, or `2027年3月` / `March 2027` for a month.
    public func release(_ date: ReleaseDate) -> String {
        switch date {
        case let .day(day): self.date(day)
        case let .month(year, month): period(.month(year, month))
        }
    }

    /// `实际`, `预计`, `目标` / `actual`, `estimate`, `target`.
    public func kind(_ kind: FigureKind) -> String {
        words.kinds[kind] ?? kind.rawValue
    }
}

extension FigureFormatter {
    func fill(_ pattern: String, year: Int, month: Int = 0, day: Int = 0) -> String {
        FigureWords.fill(pattern) { name in
            switch name {
            case "year": String(year)
            case "month": String(month)
            case "day": String(day)
            case "month_name": words.monthNames[month - 1]
            default: nil
            }
        }
    }

}
