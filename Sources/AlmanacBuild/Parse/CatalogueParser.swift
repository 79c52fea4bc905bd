import AlmanacCore

/// The indicator catalogue, by id.
public typealias IndicatorCatalogue = [String: IndicatorDefinition]

extension IndicatorCatalogue {
    /// The catalogue's file as diagnostics name it (`Content/indicators.yml`), read from where
    /// its entries were written.
    var label: String { values.first?.location.path ?? "Content/indicators.yml" }
}

/// Parse stage, catalogue: `Content/indicators.yml` → `IndicatorCatalogue`.
struct CatalogueParser {
    static let knownKeys = ["name", "unit", "decimals", "higher_is_better", "theme", "headline"]
    var languages: [String]

    func parse(_ file: SourceFile) throws(DiagnosticError) -> Staged<IndicatorCatalogue> {
        let root = try YAMLReader(allowsAliases: true).read(file.text, path: file.path)
        var reader = DataReader()
        var catalogue: IndicatorCatalogue = [:]
        for entry in reader.mapping(root, "indicators.yml") ?? [] {
            if let definition = definition(entry, reader: &reader) { catalogue[entry.key] = definition }
        }
        if reader.problems.hasErrors { throw DiagnosticError(stage: .parse, diagnostics: reader.problems.sortedByLocation()) }
        return Staged(catalogue, warnings: reader.problems)
    }

    /// Ids are what authors type in front matter and what URLs are made of.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2D }
    }
}

private extension CatalogueParser {
    func definition(_ entry: DataNode.Entry, reader: inout DataReader) -> IndicatorDefinition? {
        guard Self.isValidID(entry.key) else {
            reader.problems.append(.error(
                "indicator id \"\(entry.key)\" must use lowercase letters, digits, _ and - only", at: entry.keyLocation))
            return nil
        }
        let node = entry.value
        guard let fields = reader.mapping(node, "indicator \"\(entry.key)\"") else { return nil }
        reader.checkKeys(fields, known: Self.knownKeys, in: "indicator \"\(entry.key)\"")
        let what = "indicator \"\(entry.key)\""
        func localized(_ key: String) -> LocalizedText? {
            guard let value = node[key] else { reader.missing(key, in: what, at: entry.keyLocation); return nil }
            return reader.localized(value, key: key, languages: languages)
        }
        let name = localized("name")
        let unit = localized("unit")
        let decimals = reader.integer(node["decimals"], key: "decimals", in: 0...6) ?? 0
        let higherIsBetter = reader.bool(node["higher_is_better"], key: "higher_is_better") ?? true
        let theme = reader.text(node["theme"], key: "theme")
        let headline = reader.bool(node["headline"], key: "headline") ?? false
        guard let name, let unit else { return nil }
        return IndicatorDefinition(id: entry.key, name: name, unit: unit, decimals: decimals,
                                   higherIsBetter: higherIsBetter, theme: theme, headline: headline, location: entry.keyLocation)
    }
}
