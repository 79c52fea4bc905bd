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
    /// Lead-in of the links to the chart's own files, e.g. "Download".
    public var downloads: String
    /// Link texts of the standalone SVG, the CSV and the embeddable page.
    public var svgFile: String
    public var csvFile: String
    public var embed: String
    /// Heading of the `<iframe>` snippet on the embeddable page.
    public var embedCode: String
    /// Name of the slice that fills a donut up to 100%.
    public var other: String
    /// Header of the label column of the data table when labels are categories.
    public var category: String
    /// Header of the label column when labels are periods such as years.
    public var period: String
    /// Header of the value column of a single unnamed series.
    public var value: String
    /// Header of the previous-value row of a kpi table.
    public var previous: String
    /// Names of the chart types as readers say them, used in descriptions.
    public var typeNames: [ChartSpec.Kind: String]
    /// Kinds, qualifiers and the other words around figures, shared with the pages.
    public var figures: FigureWords

    /// The built-in words for `language` (English for a language without its own), with the
    /// site's figure words when it has them.
    public static func standard(for language: String, figures: FigureWords? = nil) -> ChartStrings {
        var strings = builtIn[language] ?? .en
        strings.figures = figures ?? FigureWords.standard(for: language)
        return strings
    }

    static let builtIn: [String: ChartStrings] = ["zh": .zh, "en": .en]

    /// Simplified Chinese.
    public static let zh = ChartStrings(
        source: "来源", dataTable: "数据表", note: "注", getData: "下载数据",
        downloads: "下载", svgFile: "图表（SVG）", csvFile: "数据（CSV）", embed: "嵌入网页", embedCode: "嵌入代码", other: "其他",
        category: "类别", period: "时期", value: "数值", previous: "上期",
        typeNames: [
            .column: "柱形图", .bar: "条形图", .line: "折线图", .area: "面积图", .donut: "环形图",
            .kpi: "指标卡", .bullet: "子弹图", .sparkline: "迷你折线图",
        ],
        figures: .chinese
    )

    /// English.
    public static let en = ChartStrings(
        source: "Source", dataTable: "Data table", note: "Note", getData: "Get the data",
        downloads: "Download", svgFile: "Chart (SVG)", csvFile: "Data (CSV)", embed: "Embed", embedCode: "Embed code",
        other: "Other",
        category: "Category", period: "Period", value: "Value", previous: "Previous",
        typeNames: [
            .column: "Column chart", .bar: "Bar chart", .line: "Line chart", .area: "Area chart",
            .donut: "Donut chart", .kpi: "Key figure", .bullet: "Bullet chart", .sparkline: "Sparkline",
        ],
        figures: .english
    )
}
