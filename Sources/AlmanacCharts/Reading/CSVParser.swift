import AlmanacCore

/// Splits CSV text into cells with their line and column (RFC 4180 quoting, CRLF or LF).
public enum CSVParser {
    public static func rows(_ text: String, path: String) -> [[DataNode]] {
        var rows: [[DataNode]] = []
        var row: [DataNode] = []
        var cell = "", quoted = false, inQuotes = false
        var line = 1, column = 1, start = SourceLocation(path: path)
        var scalars = Array(text.unicodeScalars.drop { $0 == "\u{FEFF}" })[...]
        func finishCell() {
            let trimmed = quoted ? cell : cell.trimmingSpaces()
            row.append(.scalar(trimmed, quoted: quoted, at: start))
            cell = ""; quoted = false
            start = SourceLocation(path: path, line: line, column: column)
        }
        while let scalar = scalars.popFirst() {
            column += 1
            switch scalar {
            case "\"" where inQuotes && scalars.first == "\"": cell.unicodeScalars.append(scalar); scalars.removeFirst(); column += 1
            case "\"" where inQuotes: inQuotes = false
            case "\"" where cell.trimmingSpaces().isEmpty: inQuotes = true; quoted = true; cell = ""
            case "," where !inQuotes: finishCell()
            case "\r" where !inQuotes: continue
            case "\n" where !inQuotes:
                line += 1; column = 1
                finishCell()
                if !(row.count == 1 && row[0].isNull) { rows.append(row) }
                row = []
            case "\n": line += 1; column = 1; cell.unicodeScalars.append(scalar)
            default: cell.unicodeScalars.append(scalar)
            }
        }
        if !cell.isEmpty || !row.isEmpty { finishCell(); rows.append(row) }
        return rows
    }
}

private extension String {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
