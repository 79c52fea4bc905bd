import AlmanacCore

/// Parse stage, editions: `Content/<edition>/edition.yml` → `EditionInfo`.
struct EditionInfoParser {
    static let knownKeys = ["title", "coverage", "about", "published", "status", "next_release"]
    var languages: [String]

    /// The edition whose file `path` (below the content folder) is, such as `2025/edition.yml`.
    static func edition(ofPath path: String) -> Int? {
        let parts = path.split(separator: "/")
        guard parts.count == 2, parts[1] == "edition.yml", parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        return year
    }

    func parse(_ files: [Int: SourceFile]) throws(DiagnosticError) -> Staged<[Int: EditionInfo]> {
        var reader = DataReader()
        var editions: [Int: EditionInfo] = [:]
        for (year, file) in files.sorted(by: { $0.key < $1.key }) {
            do {
                let root = try YAMLReader().read(file.text, path: file.path)
                editions[year] = info(year, root, file: file, reader: &reader)
            } catch {
                reader.problems += error.diagnostics
            }
        }
        if reader.hasErrors { throw DiagnosticError(stage: .parse, diagnostics: reader.problems.sortedByLocation()) }
        return Staged(editions, warnings: reader.problems)
    }

    private func info(_ year: Int, _ root: DataNode, file: SourceFile, reader: inout DataReader) -> EditionInfo {
        var info = EditionInfo(year: year, location: SourceLocation(path: file.path, line: 1, column: 1))
        guard let entries = reader.mapping(root, "edition.yml") else { return info }
        reader.checkKeys(entries, known: Self.knownKeys, in: "edition.yml")
        info.title = root["title"].flatMap { reader.localized($0, key: "title", languages: languages) }
        info.coverage = root["coverage"].flatMap { reader.localized($0, key: "coverage", languages: languages) }
        info.about = root["about"].flatMap { reader.localized($0, key: "about", languages: languages) }
        info.status = root["status"].flatMap { reader.choice($0, key: "status") }
        if let node = root["published"], let text = reader.text(node, key: "published") {
            info.published = CalendarDate(text)
            if info.published == nil {
                reader.fail("\"published\" must be a date written YYYY-MM-DD, found \"\(text)\"", at: node.location)
            }
        }
        if let node = root["next_release"], let text = reader.text(node, key: "next_release") {
            info.nextRelease = ReleaseDate(text)
            if info.nextRelease == nil {
                reader.fail("\"next_release\" must be a date (2027-03-31) or a month (2027-03), found \"\(text)\"",
                            at: node.location)
            }
        }
        return info
    }
}
