import AlmanacCore
import Foundation

/// Writes figures, periods and dates the way a reader of each language expects.
///
/// Chinese: `超2600亿元`, `2020年上半年`, `2026年1月6日`. English: `over 2,600 100 million yuan`,
/// `H1 2020`, `6 January 2026`. Other languages fall back to the English patterns.
public struct FigureFormatter: Sendable {
    public var language: String

    public init(language: String) {
        self.language = language
    }

    /// A value with its unit and qualifier: `257个`, `6.5%左右`, `about 6.5%`, `257 projects`.
    /// It shows the decimals the author wrote, capped by the catalogue's `decimals`.
    public func figure(_ value: IndicatorValue, definition: IndicatorDefinition) -> String {
        let number = self.number(value.value, decimals: min(definition.decimals, value.writtenDecimals))
        let unit = definition.unit.resolved(language)
        return qualified(withUnit(number, unit: unit), value.qualifier)
    }

    /// The number alone: `2546.18`, `2,546.18`.
    public func number(_ value: Double, decimals: Int) -> String {
        NumberFormat.standard(language: language, decimals: decimals).string(value)
    }

    /// `2019年` / `2019`, `2020年上半年` / `H1 2020`, `2016—2019年` / `2016–2019`.
    public func period(_ period: Period) -> String {
        writesHan ? chinesePeriod(period) : englishPeriod(period)
    }

    /// `2026年1月6日` / `6 January 2026`.
    public func date(_ date: CalendarDate) -> String {
        writesHan ? "\(date.year)年\(date.month)月\(date.day)日" : "\(date.day) \(Self.months[date.month - 1]) \(date.year)"
    }

    /// The word the source uses for a qualifier: `左右`, `超` / `about`, `over`.
    public func qualifierWord(_ qualifier: FigureQualifier) -> String {
        qualifierPattern(qualifier).replacingOccurrences(of: "{}", with: "")
            .trimmingCharacters(in: CharacterSet(charactersIn: " ()"))
    }

    /// `实际`, `预计`, `目标` / `actual`, `estimate`, `target`.
    public func kind(_ kind: FigureKind) -> String {
        guard writesHan else { return kind.rawValue }
        switch kind {
        case .actual: return "实际"
        case .estimate: return "预计"
        case .target: return "目标"
        }
    }
}

private extension FigureFormatter {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    static let chineseQuarters = ["一", "二", "三", "四"]

    var writesHan: Bool { LanguageStyle.of(language).writesHan }

    func withUnit(_ number: String, unit: String) -> String {
        if unit.isEmpty { return number }
        if writesHan || unit == "%" || unit == "‰" { return number + unit }
        return number + " " + unit
    }

    func qualified(_ text: String, _ qualifier: FigureQualifier?) -> String {
        guard let qualifier else { return text }
        return qualifierPattern(qualifier).replacingOccurrences(of: "{}", with: text)
    }

    /// Where the qualifier's words stand around the figure `{}`: `超{}`, `{}左右`, `about {}`.
    func qualifierPattern(_ qualifier: FigureQualifier) -> String {
        switch (writesHan, qualifier) {
        case (true, .about): "{}左右"
        case (true, .over): "超{}"
        case (true, .under): "不到{}"
        case (true, .atLeast): "突破{}"
        case (true, .stretch): "力争{}"
        case (false, .about): "about {}"
        case (false, .over): "over {}"
        case (false, .under): "under {}"
        case (false, .atLeast): "at least {}"
        case (false, .stretch): "{} (stretch goal)"
        }
    }

    func chinesePeriod(_ period: Period) -> String {
        switch period {
        case let .year(year): "\(year)年"
        case let .half(year, half): "\(year)年\(half == 1 ? "上" : "下")半年"
        case let .quarter(year, quarter): "\(year)年第\(Self.chineseQuarters[quarter - 1])季度"
        case let .month(year, month): "\(year)年\(month)月"
        case let .span(first, last): "\(first)—\(last)年"
        }
    }

    func englishPeriod(_ period: Period) -> String {
        switch period {
        case let .year(year): "\(year)"
        case let .half(year, half): "H\(half) \(year)"
        case let .quarter(year, quarter): "Q\(quarter) \(year)"
        case let .month(year, month): "\(Self.months[month - 1]) \(year)"
        case let .span(first, last): "\(first)–\(last)"
        }
    }
}
