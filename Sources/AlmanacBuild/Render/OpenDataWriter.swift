import AlmanacArchive
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

    /// One edition's file; nil for a package of an edition frozen without one, whose frozen CSV
    /// the package could not describe.
    func edition(_ year: Int, language: String, format: DataFormat) -> RenderedPage? {
        if format == .package || format == .zip, context.model.frozenEditions.contains(where: { $0.year == year }) { return nil }
        let records = { self.records(context.model.articles(in: year, language: language), language: language) }
        let title = context.model.editionInfo[year]?.title?[language]
            ?? context.strings(language)("edition_title", ["year": "\(year)"])
        let scope = DataScope(name: "almanac-\(year)-\(language)", title: title, edition: year,
                              page: context.urls.edition(year, language))
        return file(records, scope: scope, path: context.urls.editionData(year, language, format), language: language, format: format)
    }

    /// Every edition's figures in one language.
    func site(language: String, format: DataFormat) -> RenderedPage {
        let articles = context.model.editions.sorted().flatMap { context.model.articles(in: $0, language: language) }
        let scope = DataScope(name: "almanac-\(language)", title: context.strings(language)("data_all_editions"), edition: nil,
                              page: context.urls.indicators(language))
        return file({ records(articles, language: language) }, scope: scope, path: context.urls.siteData(language, format),
                    language: language, format: format)
    }
}

/// What a data file covers: one edition or all of them.
struct DataScope {
    var name: String
    var title: String
    var edition: Int?
    /// The page the data belong to, which the package names as its home page.
    var page: String
}

private extension OpenDataWriter {
    /// `records` is asked for only by the formats that hold the figures: a package describes them.
    func file(_ records: () -> [DataRecord], scope: DataScope, path: String, language: String, format: DataFormat) -> RenderedPage {
        switch format {
        case .csv: RenderedPage(path: path, bytes: csv(records()))
        case .json: RenderedPage(path: path, bytes: json(records(), scope: scope, language: language))
        case .package: RenderedPage(path: path, text: DataPackage(context: context, language: language, scope: scope).json())
        case .zip: RenderedPage(path: path, bytes: zip(records(), scope: scope, language: language))
        }
    }

    /// Written straight into bytes, row by row: a site's records are tens of thousands, and rows
    /// made as text first, then joined, held the file three times over.
    func csv(_ records: [DataRecord]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(records.count * 256)
        bytes.append(contentsOf: Self.fields.joined(separator: ",").utf8)
        bytes.append(contentsOf: "\r\n".utf8)
        for record in records {
            for (index, field) in Self.fields.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                let text = field == "footnotes" ? record.footnotes.joined(separator: " | ") : record.cells[index]
                bytes.append(contentsOf: (Self.textFields.contains(field) ? CSVField.spreadsheetSafe(text) : CSVField.plain(text)).utf8)
            }
            bytes.append(contentsOf: "\r\n".utf8)
        }
        return bytes
    }

    func json(_ records: [DataRecord], scope: DataScope, language: String) -> [UInt8] {
        let edition = scope.edition.map { "\"edition\":\($0)," } ?? ""
        var bytes: [UInt8] = []
        bytes.reserveCapacity(records.count * 512)
        bytes.append(contentsOf: ("{\"schema\":\(JSONText.quoted(Self.schema)),\(edition)\"language\":\(JSONText.quoted(language)),"
            + "\"fields\":[\(Self.fields.map(JSONText.quoted).joined(separator: ","))],\n\"records\":[\n").utf8)
        let keys = Self.fields.map { JSONText.quoted($0) + ":" }
        for (number, record) in records.enumerated() {
            if number > 0 { bytes.append(contentsOf: ",\n".utf8) }
            bytes.append(UInt8(ascii: "{"))
            for (index, field) in Self.fields.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(contentsOf: keys[index].utf8)
                if field == "footnotes" {
                    bytes.append(contentsOf: ("[" + record.footnotes.map(JSONText.quoted).joined(separator: ",") + "]").utf8)
                } else if Self.numberFields.contains(field) {
                    bytes.append(contentsOf: (record.cells[index].isEmpty ? "0" : record.cells[index]).utf8)
                } else {
                    bytes.append(contentsOf: JSONText.quoted(record.cells[index]).utf8)
                }
            }
            bytes.append(UInt8(ascii: "}"))
        }
        bytes.append(contentsOf: "\n]}\n".utf8)
        return bytes
    }

    /// The CSV and its package, with a README, as one download; dated the edition's publication
    /// day (or 1 January 1980) so the same data always zip to the same bytes.
    func zip(_ records: [DataRecord], scope: DataScope, language: String) -> [UInt8] {
        let package = DataPackage(context: context, language: language, scope: scope)
        let files: [String: [UInt8]] = [
            "\(scope.name)/\(DataFormat.csv.fileName)": csv(records),
            "\(scope.name)/\(DataFormat.package.fileName)": Array(package.json().utf8),
            "\(scope.name)/README.md": Array(package.readme().utf8),
        ]
        let day = scope.edition.flatMap { context.model.editionInfo[$0]?.published?.description } ?? "1980-01-01"
        // Building a zip in memory fails only when memory does; an empty file would hide that.
        do { return try ZipWriter.zip(files, day: day) } catch { preconditionFailure("zipping data failed: \(error)") }
    }
}

/// One figure of a data file: its cells in the order of `OpenDataWriter.fields` (footnotes
/// apart), and its footnotes.
struct DataRecord {
    var cells: [String]
    var footnotes: [String]
    /// Edition, indicator and period: the order of the file.
    var order: (Int, String, Period)
}

private extension OpenDataWriter {
    func records(_ articles: [Article], language: String) -> [DataRecord] {
        articles.flatMap { article in
            article.indicators.compactMap { value -> DataRecord? in
                guard let definition = context.model.catalogue[value.id] else { return nil }
                let number = NumberFormat(decimals: value.writtenDecimals, groupsThousands: false).string(value.value)
                let status = context.model.ledger.status(of: value, in: article.id)
                // In the order of `OpenDataWriter.fields`; `footnotes` are kept apart.
                let cells = [
                    "\(article.id.edition ?? 0)", value.id, definition.name.resolved(language), definition.unit.resolved(language),
                    "\(definition.scalePower(in: language))", value.period.description, number, value.kind.rawValue,
                    value.qualifier?.rawValue ?? "", status?.rawValue ?? "", status?.sdmxCode ?? "", value.note ?? "", "",
                    context.urls.absolute(context.urls.article(article.id, language)),
                ]
                return DataRecord(cells: cells, footnotes: value.footnotes,
                                  order: (article.id.edition ?? 0, value.id, value.period))
            }
        }.sorted { ($0.order.0, $0.order.1, $0.order.2.description) < ($1.order.0, $1.order.1, $1.order.2.description) }
    }
}
