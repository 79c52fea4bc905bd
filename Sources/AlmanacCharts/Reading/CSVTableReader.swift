import AlmanacCore

/// Reads a CSV data file into a `ChartTable`: the first column holds the labels, the header
/// row the series names, every other cell a number or nothing.
///
/// Errors point into the CSV file itself, since that is where the author has to fix them.
struct CSVTableReader {
    /// The file's path relative to the site root, e.g. `Content/data/pipeline.csv`.
    let path: String

    func read(_ text: String) -> Result<ChartTable, DiagnosticError> {
        let rows = CSVParser.rows(text, path: path)
        var reader = DataReader()
        guard let header = rows.first, header.count >= 2 else {
            reader.fail("\(path) needs a header row with a label column and at least one series column, "
                        + "such as \"年份,签约,开工\"", at: SourceLocation(path: path))
            return .failure(DiagnosticError(stage: .chart, diagnostics: reader.problems))
        }
        guard rows.count >= 2 else {
            reader.fail("\(path) has no data rows below its header: add one row per label",
                        at: header[0].location)
            return .failure(DiagnosticError(stage: .chart, diagnostics: reader.problems))
        }
        let table = readBody(header: header, rows: Array(rows.dropFirst()), &reader)
        guard reader.problems.isEmpty else {
            return .failure(DiagnosticError(stage: .chart, diagnostics: reader.problems))
        }
        return .success(table)
    }
}

private extension CSVTableReader {
    func readBody(header: [DataNode], rows: [[DataNode]], _ reader: inout DataReader) -> ChartTable {
        let names = header.dropFirst().map { $0.text ?? "" }
        var columns = Array(repeating: [ChartValue?](), count: names.count)
        var labels: [String] = []
        var decimals = 0
        for row in rows {
            if row.count > header.count {
                reader.fail("this row has \(row.count) cells but the header has \(header.count): "
                            + "quote cells that contain commas", at: row[header.count].location)
            }
            labels.append(row[0].text ?? "")
            for column in names.indices {
                let cell = column + 1 < row.count ? row[column + 1] : nil
                columns[column].append(value(cell, column: names[column], &reader))
                decimals = max(decimals, columns[column].last??.decimals ?? 0)
            }
        }
        let series = zip(names, columns).map { ChartSeries(name: $0, values: $1) }
        return ChartTable(labels: labels, series: series, decimals: decimals)
    }

    func value(_ cell: DataNode?, column: String, _ reader: inout DataReader) -> ChartValue? {
        guard let cell, !cell.isNull else { return nil }
        let unquoted = DataNode.scalar(cell.text ?? "", quoted: false, at: cell.location)
        return reader.value(unquoted, what: "the cell in column \"\(column)\"")
    }
}
