import AlmanacCore
/// What a chart needs from the site around it: the page language, indicator and CSV data,
/// and the words it writes.
///
/// Lookups are closures so this target never touches the disk; the build pipeline reads the
/// files once and answers from memory.
public struct ChartContext: Sendable {
    /// The page language, `zh` or `en`.
    public var language: String
    /// Words and labels in that language.
    public var strings: ChartStrings
    /// The history of an indicator by id, already localized; nil when there is no such indicator.
    public var indicator: @Sendable (String) -> IndicatorSeries?
    /// The text of `Content/data/<name>`; nil when the file does not exist.
    public var csv: @Sendable (String) -> String?
    /// Where readers can download the chart's numbers; no link is shown when nil.
    public var dataURL: String?
    /// The chart's own files; the figure links to them when given, instead of to `dataURL`.
    public var files: ChartFiles?
    /// The folder CSV names are relative to, used in the locations of CSV errors.
    public var dataDirectory: String
    /// Names the chart's place on its page (`2026/plan.zh.md#2`); element ids come from it, so
    /// they are unique on the page and the same in every build.
    public var idSalt: String
    /// The catalogue's ids and its file as diagnostics name it, for the message about an id it lacks.
    public var indicatorIDs: [String]
    public var catalogue: String

    /// Creates a context; `strings` defaults to the built-in words for `language`.
    public init(
        language: String,
        strings: ChartStrings? = nil,
        dataURL: String? = nil,
        files: ChartFiles? = nil,
        dataDirectory: String = "Content/data",
        idSalt: String,
        indicatorIDs: [String] = [],
        catalogue: String = "Content/indicators.yml",
        indicator: @escaping @Sendable (String) -> IndicatorSeries? = { _ in nil },
        csv: @escaping @Sendable (String) -> String? = { _ in nil }
    ) {
        self.language = language
        self.strings = strings ?? ChartStrings.standard(for: language)
        self.dataURL = dataURL
        self.files = files
        self.dataDirectory = dataDirectory
        self.idSalt = idSalt
        self.indicatorIDs = indicatorIDs
        self.catalogue = catalogue
        self.indicator = indicator
        self.csv = csv
    }

    /// True for Chinese pages, which scale large numbers by 万 and 亿 and never group digits.
    var writesHan: Bool { LanguageStyle.of(language).writesHan }
}
