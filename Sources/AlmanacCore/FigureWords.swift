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
    /// `{}左右`, `超{}`, `about {}`, `{} (stretch goal)`.
    public var qualifiers: [FigureQualifier: String]
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
        qualifiers: [.about: "{}左右", .over: "超{}", .under: "不到{}", .atLeast: "突破{}", .stretch: "力争{}"],
        percentagePoints: "个百分点", unchanged: "持平",
        year: "{year}年", halves: ["{year}年上半年", "{year}年下半年"],
        quarters: ["{year}年第一季度", "{year}年第二季度", "{year}年第三季度", "{year}年第四季度"],
        month: "{year}年{month}月", span: "{first}—{last}年", date: "{year}年{month}月{day}日",
        monthNames: (1...12).map { "\($0)月" })

    public static let english = FigureWords(
        kinds: [.actual: "actual", .estimate: "estimate", .target: "target"],
        qualifiers: [.about: "about {}", .over: "over {}", .under: "under {}", .atLeast: "at least {}",
                     .stretch: "{} (stretch goal)"],
        percentagePoints: "pp", unchanged: "unchanged",
        year: "{year}", halves: ["H1 {year}", "H2 {year}"], quarters: ["Q1 {year}", "Q2 {year}", "Q3 {year}", "Q4 {year}"],
        month: "{month_name} {year}", span: "{first}–{last}", date: "{day} {month_name} {year}",
        monthNames: ["January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December"])

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

    /// `pattern` with `{name}` placeholders filled in (`{}` is the name ""); a placeholder
    /// without a part stays as written.
    public static func fill(_ pattern: String, _ parts: [String: String]) -> String {
        fill(pattern) { parts[String($0)] }
    }

    /// `pattern` with each `{name}` replaced by `part(name)`. One pass, and no dictionary or
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
