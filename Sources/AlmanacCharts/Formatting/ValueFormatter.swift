import AlmanacCore

/// Writes chart values as readers of the page language expect: `2,546.18 yuan` in English,
/// `2546.18亿元` in Chinese, with 万/亿 scaling for large Chinese amounts (25000元 → 2.5万元).
struct ValueFormatter {
    let language: String
    let unit: String
    /// Decimals of numbers computed from the data (totals, changes, the rest of a donut), and of
    /// values whose written decimals are unknown.
    let decimals: Int
    /// The spec's `decimals`, which overrides how every value was written.
    let fixedDecimals: Int?
    private let scale: UnitScale
    /// The language's words around figures, for magnitudes (`254.618 billion yuan`).
    let words: FigureWords

    init(language: String, unit: String?, decimals: Int, fixedDecimals: Int? = nil, words: FigureWords? = nil) {
        self.language = language
        self.unit = unit ?? ""
        self.decimals = fixedDecimals ?? decimals
        self.fixedDecimals = fixedDecimals
        self.scale = UnitScale(unit ?? "")
        self.words = words ?? .standard(for: language)
    }

    var writesHan: Bool { LanguageStyle.of(language).writesHan }
    var isPercent: Bool { scale.isRelative && unit.contains("%") }

    /// The decimals to show for a number written with `written` decimals (nil: not written).
    func decimals(_ written: Int?) -> Int {
        fixedDecimals ?? written ?? decimals
    }

    /// The bare number, as the data table shows it.
    func number(_ value: Double, decimals written: Int? = nil) -> String {
        NumberFormat.standard(language: language, decimals: decimals(written)).string(value)
    }

    /// The bare number of a chart value, with the decimals it was written with.
    func number(_ value: ChartValue) -> String {
        number(value.value, decimals: value.decimals)
    }

    /// The number with its unit, moved to 万 or 亿 in Chinese when large.
    func string(_ value: Double, decimals written: Int? = nil) -> String {
        let parts = self.parts(value, decimals: written)
        return attach(parts.number, unit: parts.unit)
    }

    /// A chart value with its unit, with the decimals it was written with.
    func string(_ value: ChartValue) -> String {
        string(value.value, decimals: value.decimals)
    }

    /// Number and unit apart, for layouts that set the unit smaller than the number.
    func parts(_ value: Double, decimals written: Int? = nil) -> (number: String, unit: String) {
        if !LanguageStyle.of(language).countsInMyriads, !scale.isRelative,
           let (number, word) = AmountFormat(words: words, style: LanguageStyle.of(language))
               .magnitude(value, decimals: decimals(written), unit: unit) {
            return (number, unit.isEmpty ? word : word + " " + unit)
        }
        let power = writesHan ? scale.chinesePower(for: value) : scale.power
        guard power != scale.power else { return (number(value, decimals: written), unit) }
        let scaled = value * Math.pow10(scale.power - power)
        return (NumberFormatting.trimmed(scaled, decimals: max(decimals(written), 2)), scale.unit(atPower: power))
    }

    /// A signed difference: `+0.3个百分点`, `-1.2 pp`, `+154.2亿元`.
    func change(_ delta: Double, pointsWord: String, decimals written: Int? = nil) -> String {
        let sign = delta > 0 ? "+" : (delta < 0 ? "-" : "")
        let magnitude = abs(delta)
        if isPercent {
            return sign + attach(number(magnitude, decimals: written), unit: pointsWord)
        }
        return sign + string(magnitude, decimals: written)
    }

    /// Joins number and unit: no space in Chinese, currency signs in front (`$12`), and in
    /// English a space unless the unit is a sign such as `%` (`3,000 10,000 tonnes`, `6.5%`).
    func attach(_ number: String, unit: String) -> String {
        guard !unit.isEmpty else { return number }
        if Self.currencyPrefixes.contains(unit) { return unit + number }
        return unitAttachesDirectly(unit) ? number + unit : number + " " + unit
    }

    /// True when `unit` follows a number without a space: always in Chinese; in English only
    /// signs (`%`, `‰`, `°`) and units in Chinese characters, since a word or a number in front
    /// of a word (`10,000 tonnes`) would run into the figure.
    func unitAttachesDirectly(_ unit: String) -> Bool {
        guard !writesHan, let first = unit.unicodeScalars.first else { return true }
        return Self.signs.contains(first) || TextMetrics.isWide(first)
    }

    private static let currencyPrefixes: Set<String> = ["$", "US$", "¥", "€", "£", "HK$"]
    private static let signs: Set<Unicode.Scalar> = ["%", "‰", "‱", "°", "′", "″"]
}
