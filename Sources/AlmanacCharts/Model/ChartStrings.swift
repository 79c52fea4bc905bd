import AlmanacCore
/// The words a chart writes around its numbers, in one language.
public struct ChartStrings: Sendable, Hashable {
    /// Prefix of the source line, e.g. "来源" or "Source".
    public var source: String
    /// Summary of the collapsible data table.
    public var dataTable: String
    /// Prefix of each note.
    public var note: String
    /// Text of the download link.
    public var getData: String
    /// Name of the slice that fills a donut up to 100%.
    public var other: String
    /// Header of the label column of the data table when labels are categories.
    public var category: String
    /// Header of the label column when labels are periods such as years.
    public var period: String
    /// Header of the value column of a single unnamed series.
    public var value: String
    /// Legend key of measured values.
    public var actual: String
    /// Legend key and table note of estimates.
    public var estimate: String
    /// Legend key and column header of targets.
    public var target: String
    /// Header of the previous-value row of a kpi table.
    public var previous: String
    /// The unit used for differences between percentages, e.g. "个百分点" or "pp".
    public var percentagePoints: String
    /// Said when a kpi has not changed, e.g. "持平".
    public var unchanged: String
    /// Names of the chart types as readers say them, used in descriptions.
    public var typeNames: [ChartSpec.Kind: String]
    /// How each qualifier is written around a number, `{}` standing for the number with its
    /// unit: `{}左右`, `超{}`, `about {}`, `{} (stretch goal)`.
    public var qualifiers: [FigureQualifier: String]

    /// The built-in words for `language`; a language without its own gets English.
    public static func standard(for language: String) -> ChartStrings {
        builtIn[language] ?? .en
    }

    static let builtIn: [String: ChartStrings] = ["zh": .zh, "en": .en]

    /// Simplified Chinese.
    public static let zh = ChartStrings(
        source: "来源", dataTable: "数据表", note: "注", getData: "下载数据", other: "其他",
        category: "类别", period: "时期", value: "数值", actual: "实际", estimate: "预计", target: "目标",
        previous: "上期", percentagePoints: "个百分点", unchanged: "持平",
        typeNames: [
            .column: "柱形图", .bar: "条形图", .line: "折线图", .area: "面积图", .donut: "环形图",
            .kpi: "指标卡", .bullet: "子弹图", .sparkline: "迷你折线图",
        ],
        qualifiers: [.about: "{}左右", .over: "超{}", .under: "不到{}", .atLeast: "突破{}", .stretch: "力争{}"]
    )

    /// English.
    public static let en = ChartStrings(
        source: "Source", dataTable: "Data table", note: "Note", getData: "Get the data", other: "Other",
        category: "Category", period: "Period", value: "Value", actual: "Actual", estimate: "Estimate", target: "Target",
        previous: "Previous", percentagePoints: "pp", unchanged: "unchanged",
        typeNames: [
            .column: "Column chart", .bar: "Bar chart", .line: "Line chart", .area: "Area chart",
            .donut: "Donut chart", .kpi: "Key figure", .bullet: "Bullet chart", .sparkline: "Sparkline",
        ],
        qualifiers: [
            .about: "about {}", .over: "over {}", .under: "under {}", .atLeast: "at least {}",
            .stretch: "{} (stretch goal)",
        ]
    )
}
