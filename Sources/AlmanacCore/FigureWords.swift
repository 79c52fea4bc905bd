/// The words a language puts around figures: kinds, qualifiers, periods and dates. Pages, tables,
/// charts and search all take their words from here, so a figure reads the same everywhere, and
/// `Templates/strings/<lang>.yml` can change any of them under `figures:` (a new language
/// gives them all there).
///
/// Patterns use `{}` for the number with its unit and `{year}`, `{month}`, `{month_name}`,
/// `{day}`, `{first}`, `{last}` for the parts of a period or date.
public struct FigureWords: Hashable, Sendable {
    /// In-sentence words: `预计` / `estimate`. Legends and headers capitalise them.
    public var kinds: [FigureKind: String]
    /// Noun phrases that read after any verb: `{}左右`, `{}以上`, `about {}`, `{} (stretch goal)`.
    public var qualifiers: [FigureQualifier: String]
    /// Names of statuses (`初步数`, `provisional`) and their flags (Eurostat's letters: `p`).
    public var statuses: [FigureStatus: String]
    public var flags: [FigureStatus: String]
    /// A rank: `第{}位` / `{}{suffix}`, `{suffix}` being an ordinal suffix from `ordinalSuffixes`.
    public var rank: String
    /// English ordinal suffixes for 0 and other digits, 1, 2 and 3 (`th`, `st`, `nd`, `rd`);
    /// empty for a language without them.
    public var ordinalSuffixes: [String]
    /// A value with its gloss in another unit: `{} (about {gloss})`.
    public var gloss: String
    /// Words for large numbers by power of ten, smallest first: `万` (4), `亿` (8) / `million`
    /// (6), `billion` (9). A number reaching the smallest power is written with the largest word
    /// it reaches.
    public var magnitudes: [MagnitudeWord]
    /// The unit of a difference between two percentages: `个百分点` / `pp`.
    public var percentagePoints: String
    /// Said when a figure has not changed: `持平` / `unchanged`.
    public var unchanged: String
    /// `{year}年` / `{year}`.
    public var year: String
    /// First and second half: `{year}年上半年` / `H1 {year}`.
    public var halves: [String]
    /// The four quarters: `{year}年第一季度` / `Q1 {year}`.
    public var quarters: [String]
    /// `{year}年{month}月` / `{month_name} {year}`.
    public var month: String
    /// A span of years: `{first}—{last}年` / `{first}–{last}`.
    public var span: String
    /// `{year}年{month}月{day}日` / `{day} {month_name} {year}`.
    public var date: String
    /// The twelve month names, for `{month_name}`.
    public var monthNames: [String]

    /// The built-in words of a language; English for a language without its own.
    public static func standard(for language: String) -> FigureWords {
        builtIn[language] ?? .english
    }

    public static let builtIn: [String: FigureWords] = ["zh": .chinese, "en": .english]

    public static let chinese = FigureWords(
        kinds: [.actual: "实际", .estimate: "预计", .target: "目标"],
        qualifiers: [.about: "{}左右", .over: "逾{}", .under: "不足{}", .atLeast: "{}以上", .stretch: "{}（力争）",
                     .top: "前{}位"],
        statuses: [.provisional: "初步数", .revised: "修订数", .final: "最终数", .break: "序列中断",
                   .definitionChanged: "口径调整"],
        flags: standardFlags, rank: "第{}位", ordinalSuffixes: [], gloss: "{}（约{gloss}）",
        magnitudes: [.init(4, "万"), .init(8, "亿"), .init(12, "万亿")],
        percentagePoints: "个百分点", unchanged: "持平",
        year: "{year}年", halves: ["{year}年上半年", "{year}年下半年"],
        quarters: ["{year}年第一季度", "{year}年第二季度", "{year}年第三季度", "{year}年第四季度"],
        month: "{year}年{month}月", span: "{first}—{last}年", date: "{year}年{month}月{day}日",
        monthNames: (1...12).map { "\($0)月" })

    public static let english = FigureWords(
        kinds: [.actual: "actual", .estimate: "estimate", .target: "target"],
        qualifiers: [.about: "about {}", .over: "over {}", .under: "under {}", .atLeast: "at least {}",
                     .stretch: "{} (stretch goal)", .top: "in the top {}"],
        statuses: [.provisional: "provisional", .revised: "revised", .final: "final", .break: "break in series",
                   .definitionChanged: "definition differs"],
        flags: standardFlags, rank: "{}{suffix}", ordinalSuffixes: ["th", "st", "nd", "rd"], gloss: "{} (about {gloss})",
        magnitudes: [.init(6, "million"), .init(9, "billion"), .init(12, "trillion")],
        percentagePoints: "pp", unchanged: "unchanged",
        year: "{year}", halves: ["H1 {year}", "H2 {year}"], quarters: ["Q1 {year}", "Q2 {year}", "Q3 {year}", "Q4 {year}"],
        month: "{month_name} {year}", span: "{first}–{last}", date: "{day} {month_name} {year}",
        monthNames: ["January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December"])

    /// Eurostat's flags, which readers of statistics know in any language; a final figure has none.
    public static let standardFlags: [FigureStatus: String] =
        [.provisional: "p", .revised: "r", .final: "", .break: "b", .definitionChanged: "d"]

    /// The word for a kind, capitalised for a legend or a column header (`Estimate`).
    public func kindLabel(_ kind: FigureKind) -> String {
        let word = self.kind(kind)
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// `text` hedged by `qualifier`: `6.5%左右`, `over 2,600 …`.
    public func qualified(_ text: String, _ qualifier: FigureQualifier?) -> String {
        guard let qualifier, let pattern = qualifiers[qualifier] else { return text }
        return Self.fill(pattern) { $0.isEmpty ? text : nil }
    }

    /// `pattern` with each `{name}` replaced by `part(name)` (`{}` is the name ""); a
    /// placeholder without a part stays as written. One pass, and no dictionary or
    /// regular expression: every figure, period and date on every page comes through here.
    public static func fill(_ pattern: String, _ part: (Substring) -> String?) -> String {
        var result = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let name = rest[rest.index(after: open)...]
            guard let close = name.firstIndex(of: "}"), let value = part(name[..<close]) else {
                result += "{"
                rest = name
                continue
            }
            result += value
            rest = name[name.index(after: close)...]
        }
        return result + rest
    }
}

extension FigureWords {
    /// The in-sentence word for a kind: `预计` / `estimate`.
    public func kind(_ kind: FigureKind) -> String {
        kinds[kind] ?? kind.rawValue
    }
}

extension FigureWords {
    /// `第4位` / `4th`.
    public func rank(_ number: String, value: Int) -> String {
        Self.fill(rank) { $0.isEmpty ? number : $0 == "suffix" ? ordinalSuffix(value) : nil }
    }

    func ordinalSuffix(_ value: Int) -> String {
        guard ordinalSuffixes.count == 4 else { return "" }
        let last = abs(value) % 10, lastTwo = abs(value) % 100
        return (11...13).contains(lastTwo) || !(1...3).contains(last) ? ordinalSuffixes[0] : ordinalSuffixes[last]
    }

    /// The status's name in a sentence or a legend: `初步数`, `provisional`.
    public func status(_ status: FigureStatus) -> String {
        statuses[status] ?? status.rawValue
    }

    /// The status's flag (`p`); empty for a final figure.
    public func flag(_ status: FigureStatus) -> String {
        flags[status] ?? ""
    }
}

/// A word for a power of ten: `万` (4), `billion` (9).
public struct MagnitudeWord: Hashable, Sendable {
    public var power: Int
    public var word: String

    public init(_ power: Int, _ word: String) {
        self.power = power
        self.word = word
    }
}
