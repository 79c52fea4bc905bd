/// Cells of the CSV files Almanac publishes (RFC 4180), written one way for the site's data files
/// and for each chart's numbers.
public enum CSVField {
    /// A field as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break.
    public static func plain(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        return quoted(field)
    }

    /// A text cell a spreadsheet will not run as a formula, as OWASP advises for CSV injection:
    /// a cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`
    /// and is quoted.
    public static func spreadsheetSafe(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return plain(field) }
        return quoted("'" + field)
    }

    static func quoted(_ field: String) -> String {
        "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
