import AlmanacCore
import Foundation

/// `/<lang>/<year>/indicators.csv` and `.json`: every figure of an edition, for reuse.
///
/// Stable schema `almanac-indicators/2` (documented in the README): one record per figure with
/// the fields of `fields`. Values are plain numbers as written (no separators, no units);
/// `unit_mult` is SDMX's UNIT_MULT, the power of ten that turns `value` into `unit` (8 for a
/// value in 亿元 with the English unit `yuan`); `status` is the figure's status and
/// `obs_status` its SDMX `OBS_STATUS` code; names, units, notes and footnotes are in the file's
/// language (footnotes joined by " | " in CSV, a list in JSON); `article` is the absolute URL of
/// the reporting article.
struct OpenDataWriter {
    var context: PageContext
    static let schema = "almanac-indicators/2"
    static let fields = ["edition", "indicator", "name", "unit", "unit_mult", "period", "value", "kind", "qualifier",
                         "status", "obs_status", "note", "footnotes", "article"]
    /// Fields holding free text from the sources.
    static let textFields: Set<String> = ["name", "unit", "note", "footnotes"]
    /// Fields written as JSON numbers.
    static let numberFields: Set<String> = ["edition", "unit_mult", "value"]

    func edition(_ year: Int, language: String, format: DataFormat) -> RenderedPage {
        let records = self.records(year, language: language)
        let path = context.urls.editionData(year, language, format)
        switch format {
        case .csv:
            let lines = [Self.fields.joined(separator: ",")] + records.map { record in
                Self.fields.map { field in
                    let text = field == "footnotes" ? record.footnotes.joined(separator: " | ") : record.cells[field] ?? ""
                    return Self.textFields.contains(field) ? spreadsheetSafe(text) : csvField(text)
                }.joined(separator: ",")
            }
            return RenderedPage(path: path, text: lines.joined(separator: "\r\n") + "\r\n")
        case .json:
            let items = records.map { record in
                "{" + Self.fields.map { field in
                    let value: String
                    if field == "footnotes" {
                        value = "[" + record.footnotes.map(JSONText.quoted).joined(separator: ",") + "]"
                    } else if Self.numberFields.contains(field) {
                        value = record.cells[field] ?? "0"
                    } else {
                        value = JSONText.quoted(record.cells[field] ?? "")
                    }
                    return "\(JSONText.quoted(field)):\(value)"
                }.joined(separator: ",") + "}"
            }
            let text = "{\"schema\":\(JSONText.quoted(Self.schema)),\"edition\":\(year),\"language\":\(JSONText.quoted(language)),"
                + "\"fields\":[\(Self.fields.map(JSONText.quoted).joined(separator: ","))],\n\"records\":[\n"
                + items.joined(separator: ",\n") + "\n]}\n"
            return RenderedPage(path: path, text: text)
        }
    }
}

/// One figure of a data file: its cells by field, and its footnotes.
private struct DataRecord {
    var cells: [String: String]
    var footnotes: [String]
}

private extension OpenDataWriter {
    func records(_ year: Int, language: String) -> [DataRecord] {
        context.model.articles(in: year, language: language).flatMap { article in
            article.indicators.compactMap { value -> DataRecord? in
                guard let definition = context.model.catalogue[value.id] else { return nil }
                let number = NumberFormat(decimals: value.writtenDecimals, groupsThousands: false).string(value.value)
                let status = context.model.ledger.status(of: value, in: article.id)
                let cells = [
                    "edition": "\(year)", "indicator": value.id, "name": definition.name.resolved(language),
                    "unit": definition.unit.resolved(language), "unit_mult": "\(definition.scalePower(in: language))",
                    "period": value.period.description, "value": number, "kind": value.kind.rawValue,
                    "qualifier": value.qualifier?.rawValue ?? "", "status": status?.rawValue ?? "",
                    "obs_status": status?.sdmxCode ?? "", "note": value.note ?? "",
                    "article": context.urls.absolute(context.urls.article(article.id, language)),
                ]
                return DataRecord(cells: cells, footnotes: value.footnotes)
            }
        }.sorted { ($0.cells["indicator"]!, $0.cells["period"]!) < ($1.cells["indicator"]!, $1.cells["period"]!) }
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
