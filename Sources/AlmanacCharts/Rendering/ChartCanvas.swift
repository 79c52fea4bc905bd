import AlmanacCore
/// What every drawer shares: the chart, its id, the words and number format of the page,
/// and the SVG conventions (size, fonts, patterns) that keep all chart types alike.
struct ChartCanvas {
    let chart: ResolvedChart
    /// Unique on the page and stable across builds; prefixes every id inside the SVG.
    let id: String
    let language: String
    let strings: ChartStrings
    let format: ValueFormatter

    /// The viewBox width; the SVG itself scales to the column, so this only fixes proportions.
    static let width = 400.0
    static let fontSize = 13.0
    static let smallFontSize = 12.0

    var writesHan: Bool { LanguageStyle.of(language).writesHan }

    /// Labels that are periods (years, halves, quarters) rather than categories.
    var labelsArePeriods: Bool {
        chart.table.labels.allSatisfy { $0.contains(where: \.isNumber) }
    }

    /// "预计" or "estimate" after a value that is not an actual one.
    func kindNote(_ kind: FigureKind) -> String? {
        switch kind {
        case .actual: nil
        case .estimate, .target: strings.figures.kind(kind)
        }
    }

    /// The value with its unit, qualifier and kind, as tooltips and descriptions say it.
    func spoken(_ value: ChartValue) -> String {
        var text = qualified(format.string(value), value.qualifier)
        if let note = kindNote(value.kind) {
            text += writesHan ? "（\(note)）" : " (\(note))"
        }
        return text + statusNote(value)
    }

    /// `（初步数）` / ` (provisional)` after a value whose status has a flag; empty otherwise.
    func statusNote(_ value: ChartValue) -> String {
        guard let status = value.status, !strings.figures.flag(status).isEmpty else { return "" }
        let name = strings.figures.status(status)
        return writesHan ? "（\(name)）" : " (\(name))"
    }

    /// A label on the chart with the value's flag after it (`5.8% p`), the mark that sets
    /// provisional and revised values apart where the value is drawn.
    func flagged(_ label: String, _ value: ChartValue) -> String {
        guard let status = value.status else { return label }
        let flag = strings.figures.flag(status)
        return flag.isEmpty ? label : label + " " + flag
    }

    /// The qualifier's words around the number, where the language puts them: 6.5%左右, 超2600亿元,
    /// about 6.5%, 5.5% (stretch goal).
    func qualified(_ number: String, _ qualifier: FigureQualifier?) -> String {
        strings.figures.qualified(number, qualifier)
    }

    /// The signed change between two values, as precise as the more precise of them.
    func change(from previous: ChartValue, to value: ChartValue) -> String {
        let decimals = [value.decimals, previous.decimals].compactMap { $0 }.max()
        return format.change(value.value - previous.value, pointsWord: strings.figures.percentagePoints, decimals: decimals)
    }

    /// The period of a value, saying so when the value is only an estimate: "2020年" or
    /// "2020年预计", "2020" or "2020 estimate".
    func periodPhrase(_ previous: ChartValue, period: String) -> String {
        guard previous.kind == .estimate else { return period }
        return period + (writesHan ? "" : " ") + strings.figures.kind(.estimate)
    }

    /// A native tooltip: "签约 · 2023：120亿元" or "2023: 120".
    func tooltip(label: String, series: String, value: ChartValue) -> String {
        let head = series.isEmpty ? label : series + " · " + label
        return head + (writesHan ? "：" : ": ") + spoken(value)
    }

    /// The id of the hatch pattern for estimates of series `index`.
    func hatchID(_ index: Int) -> String { "\(id)-hatch-\(index + 1)" }

    /// A hatch pattern definition in the series colour, so estimates differ by texture too.
    func hatchPattern(_ index: Int) -> String {
        "<pattern id=\"\(hatchID(index))\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><rect width=\"2.5\" height=\"5\" style=\"\(Palette.fill(index))\"/>"
            + "</pattern>"
    }
}

/// The SVG content of one chart, before it is wrapped in `<svg>` and `<figure>`.
struct Drawing {
    var width: Double = ChartCanvas.width
    var height: Double
    var body: SVGWriter
    /// Definitions (patterns) the body refers to.
    var defs: [String] = []
}
