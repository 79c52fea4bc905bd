import AlmanacCore
/// The numbers of a chart as an HTML table in a `<details>` element, for screen readers,
/// keyboard users and anyone who wants the exact figures.
struct DataTableWriter {
    let canvas: ChartCanvas

    func write() -> String {
        let table = canvas.chart.table
        let columns = self.columns(table)
        var lines = ["<details class=\"chart-data\">", "<summary>\(HTMLEscaping.escape(canvas.strings.dataTable))</summary>",
                     "<table>", "<thead>", "<tr>"]
        let corner = canvas.labelsArePeriods ? canvas.strings.period : canvas.strings.category
        lines.append("<th scope=\"col\">\(HTMLEscaping.escape(corner))</th>")
        lines += columns.map { "<th scope=\"col\">\(HTMLEscaping.escape($0.header))</th>" }
        lines += ["</tr>", "</thead>", "<tbody>"]
        for (row, label) in table.longLabels.enumerated() {
            let cells = columns.map { "<td>\(HTMLEscaping.escape(cell($0.values[row])))</td>" }.joined()
            lines.append("<tr><th scope=\"row\">\(HTMLEscaping.escape(label))</th>\(cells)</tr>")
        }
        lines += remainderRow(columns.count)
        lines += ["</tbody>", "</table>", "</details>"]
        return lines.joined(separator: "\n")
    }
}

private extension DataTableWriter {
    struct Column {
        let header: String
        let values: [ChartValue?]
    }

    /// One column per series, plus a target column for series that have targets.
    func columns(_ table: ChartTable) -> [Column] {
        table.series.flatMap { series -> [Column] in
            let name = series.name.isEmpty ? canvas.strings.value : series.name
            var columns = [Column(header: withUnit(name), values: series.values)]
            if series.targets.contains(where: { $0 != nil }) {
                let target = series.name.isEmpty ? canvas.strings.figures.kindLabel(.target)
                    : series.name + (canvas.writesHan ? "" : " ") + canvas.strings.figures.kind(.target)
                columns.append(Column(header: withUnit(target), values: series.targets))
            }
            return columns
        }
    }

    func withUnit(_ header: String) -> String {
        let unit = canvas.format.unit
        guard !unit.isEmpty else { return header }
        return canvas.writesHan ? "\(header)（\(unit)）" : "\(header) (\(unit))"
    }

    /// The exact number with the page's separators; estimates and qualifiers are spelt out.
    func cell(_ value: ChartValue?) -> String {
        guard let value else { return "—" }
        var text = canvas.qualified(canvas.format.number(value), value.qualifier)
        if value.kind == .estimate {
            let estimate = canvas.strings.figures.kind(.estimate)
            text += canvas.writesHan ? "（\(estimate)）" : " (\(estimate))"
        }
        return text + canvas.statusNote(value)
    }

    /// The "other" share a donut adds, so the table sums to what the ring shows.
    func remainderRow(_ columnCount: Int) -> [String] {
        guard canvas.chart.type == .donut, let rest = DonutShares.remainder(of: canvas.chart.table) else { return [] }
        let other = HTMLEscaping.escape(canvas.strings.other)
        return ["<tr><th scope=\"row\">\(other)</th><td>\(HTMLEscaping.escape(canvas.format.number(rest)))</td></tr>"]
    }
}
