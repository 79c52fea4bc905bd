import AlmanacCore
/// A chart's numbers as CSV (RFC 4180), one row per value, so a reader can check the chart or
/// draw their own: labels, series names and unit in the page's language; kinds, qualifiers and
/// statuses as the codes the site's data files use.
struct ChartCSVWriter {
    let canvas: ChartCanvas

    static let header = ["label", "series", "value", "unit", "kind", "qualifier", "status"]

    func write() -> String {
        let table = canvas.chart.table
        var rows = [Self.header]
        for series in table.series {
            for (index, label) in table.labels.enumerated() {
                if let value = series.values[index] { rows.append(row(label, series.name, value)) }
                if index < series.targets.count, let target = series.targets[index] {
                    rows.append(row(label, series.name, target))
                }
            }
        }
        return rows.map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}

private extension ChartCSVWriter {
    func row(_ label: String, _ series: String, _ value: ChartValue) -> [String] {
        // Labels, series and unit are the author's text, guarded against running as formulas.
        [CSVField.spreadsheetSafe(label), CSVField.spreadsheetSafe(series), number(value),
         CSVField.spreadsheetSafe(canvas.format.unit), value.kind.rawValue, value.qualifier?.rawValue ?? "",
         value.status?.rawValue ?? ""]
    }

    /// The number without grouping, to the decimals it was written with (up to six when unknown,
    /// trailing zeros dropped), so no digit the author wrote is lost.
    func number(_ value: ChartValue) -> String {
        NumberFormatting.trimmed(value.value, decimals: value.decimals ?? 6)
    }
}
