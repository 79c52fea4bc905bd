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

    /// A value with its unit and qualifier: `257个`, `6.5%左右`, `about 6.5%`, `257 projects`.
    /// It shows the decimals the author wrote, capped by the catalogue's `decimals`.
    public func figure(_ value: IndicatorValue, definition: IndicatorDefinition) -> String {
        let number = self.number(value.value, decimals: min(definition.decimals, value.writtenDecimals))
        let unit = definition.unit.resolved(language)
        return words.qualified(withUnit(number, unit: unit), value.qualifier)
    }

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

    /// `实际`, `预计`, `目标` / `actual`, `estimate`, `target`.
    public func kind(_ kind: FigureKind) -> String {
        words.kinds[kind] ?? kind.rawValue
    }
}

private extension FigureFormatter {
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

    func withUnit(_ number: String, unit: String) -> String {
        if unit.isEmpty { return number }
        if LanguageStyle.of(language).writesHan || unit == "%" || unit == "‰" { return number + unit }
        return number + " " + unit
    }
}
