import AlmanacCore
import Foundation

/// `/<lang>/<year>/indicators.csv` and `.json`: every figure of an edition, for reuse.
///
/// Stable schema (documented in the README): one record per figure with the fields `edition`,
/// `indicator`, `name`, `unit`, `period`, `value`, `kind`, `qualifier`, `note`, `article`.
/// Values are plain numbers as written (no separators, no units); names, units and notes are in
/// the file's language; `article` is the absolute URL of the reporting article.
struct OpenDataWriter {
    var context: PageContext
    static let fields = ["edition", "indicator", "name", "unit", "period", "value", "kind", "qualifier", "note", "article"]
    /// Fields holding free text from the sources (`name`, `unit`, `note`).
    static let textFields: Set<Int> = [2, 3, 8]

    func edition(_ year: Int, language: String, format: DataFormat) -> RenderedPage {
        let records = self.records(year, language: language)
        let path = context.urls.editionData(year, language, format)
        switch format {
        case .csv:
            let lines = [Self.fields.joined(separator: ",")] + records.map { record in
                record.enumerated().map { Self.textFields.contains($0.offset) ? spreadsheetSafe($0.element) : csvField($0.element) }
                    .joined(separator: ",")
            }
            return RenderedPage(path: path, text: lines.joined(separator: "\r\n") + "\r\n")
        case .json:
            let items = records.map { record in
                "{" + zip(Self.fields, record).map { key, value in
                    "\(JSONText.quoted(key)):\(key == "value" || key == "edition" ? value : JSONText.quoted(value))"
                }.joined(separator: ",") + "}"
            }
            let text = "{\"schema\":\"almanac-indicators/1\",\"edition\":\(year),\"language\":\(JSONText.quoted(language)),"
                + "\"fields\":[\(Self.fields.map(JSONText.quoted).joined(separator: ","))],\n\"records\":[\n"
                + items.joined(separator: ",\n") + "\n]}\n"
            return RenderedPage(path: path, text: text)
        }
    }
}

private extension OpenDataWriter {
    func records(_ year: Int, language: String) -> [[String]] {
        context.model.articles(in: year, language: language).flatMap { article in
            article.indicators.compactMap { value -> [String]? in
                guard let definition = context.model.catalogue[value.id] else { return nil }
                let number = NumberFormat(decimals: value.writtenDecimals, groupsThousands: false).string(value.value)
                return ["\(year)", value.id, definition.name.resolved(language),
                        definition.unit.resolved(language), value.period.description, number,
                        value.kind.rawValue, value.qualifier?.rawValue ?? "", value.note ?? "",
                        context.urls.absolute(context.urls.article(article.id, language))]
            }
        }.sorted { ($0[1], $0[4]) < ($1[1], $1[4]) }
    }

    /// A text cell a spreadsheet will not run as a formula, as OWASP advises for CSV injection:
    /// a cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`
    /// and is quoted. The JSON download keeps the text exactly as written.
    func spreadsheetSafe(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return csvField(field) }
        return "\"'" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// RFC 4180: quote fields with commas, quotes or line breaks.
    func csvField(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
