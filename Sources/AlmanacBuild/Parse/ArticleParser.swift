import AlmanacCore

/// Parse stage, articles: `SourceFile` → `Article` with checked front matter.
struct ArticleParser: Sendable {
    static let knownKeys = ["title", "date", "summary", "tags", "draft", "edition", "period", "indicators"]
    var catalogue: IndicatorCatalogue
    /// Label of the content folder, stripped from paths to find edition, slug and language.
    var contentLabel: String

    func parse(_ file: SourceFile) throws(DiagnosticError) -> Staged<Article> {
        let contentPath = String(file.path.dropFirst(contentLabel.count + 1))
        guard let place = ArticlePath(contentPath) else {
            preconditionFailure("the loader only passes article paths: \(file.path)")
        }
        let parts = try FrontMatterSplitter().split(file)
        let root = try YAMLReader().read(parts.yaml, path: file.path, firstLine: parts.yamlLine)
        var reader = DataReader()
        let start = SourceLocation(path: file.path)
        guard let entries = reader.mapping(root, "front matter") else {
            throw DiagnosticError(stage: .parse, diagnostics: reader.problems)
        }
        reader.checkKeys(entries, known: Self.knownKeys, in: "front matter")
        let title = required("title", root, start, &reader).flatMap { reader.text($0, key: "title") }
        let date = required("date", root, start, &reader).flatMap { parseDate($0, &reader) }
        if place.edition == nil { refuseEditionKeys(root, &reader) }
        let edition = reader.integer(root["edition"], key: "edition", in: 1000...9999) ?? place.edition
        let period = root["period"].flatMap { parsePeriod($0, &reader) } ?? .year(edition ?? date?.year ?? 0)
        let indicators = root["indicators"].map {
            IndicatorParser(catalogue: catalogue, defaultPeriod: period).parse($0, reader: &reader)
        } ?? []
        let summary = reader.text(root["summary"], key: "summary")
        let tags = reader.texts(root["tags"], key: "tags")
        let draft = reader.bool(root["draft"], key: "draft") ?? false
        guard let title, let date, !reader.problems.hasErrors else {
            throw DiagnosticError(stage: .parse, diagnostics: reader.problems.sortedByLocation())
        }
        let article = Article(
            id: ArticleID(edition: edition, slug: place.slug), language: place.language, path: file.path, contentPath: contentPath,
            title: title, date: date, summary: summary, tags: tags, draft: draft,
            period: period, indicators: indicators, body: parts.body, bodyLine: parts.bodyLine
        )
        return Staged(article, warnings: reader.problems)
    }
}

private extension ArticleParser {
    func required(_ key: String, _ root: DataNode, _ start: SourceLocation, _ reader: inout DataReader) -> DataNode? {
        if let node = root[key] { return node }
        reader.missing(key, in: "front matter", at: start)
        return nil
    }

    func parseDate(_ node: DataNode, _ reader: inout DataReader) -> CalendarDate? {
        if let text = node.text, let date = CalendarDate(text) { return date }
        reader.problems.append(.error(
            "\"date\" must be a calendar date written YYYY-MM-DD, e.g. 2026-01-06, found \(DataReader.describe(node))",
            at: node.location))
        return nil
    }

    /// Figures belong to an edition: a standalone page may draw charts but reports none.
    func refuseEditionKeys(_ root: DataNode, _ reader: inout DataReader) {
        for entry in root.entries ?? [] where ["edition", "period", "indicators"].contains(entry.key) {
            reader.problems.append(.error(
                "a page outside the editions takes no \"\(entry.key)\"; move figures to an edition's article",
                at: entry.keyLocation))
        }
    }

    func parsePeriod(_ node: DataNode, _ reader: inout DataReader) -> Period? {
        IndicatorParser.period(node, reader: &reader)
    }
}
