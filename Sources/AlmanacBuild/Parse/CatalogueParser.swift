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
    static let knownKeys = ["name", "unit", "decimals", "higher_is_better", "theme", "headline", "scale", "style",
                            "definition", "source", "method", "frequency", "price_basis", "comparability", "related",
                            "gloss"]
    var languages: [String]

    func parse(_ file: SourceFile) throws(DiagnosticError) -> Staged<IndicatorCatalogue> {
        let root = try YAMLReader(allowsAliases: true).read(file.text, path: file.path)
        var reader = DataReader()
        var catalogue: IndicatorCatalogue = [:]
        for entry in reader.mapping(root, "indicators.yml") ?? [] {
            if let definition = definition(entry, reader: &reader) { catalogue[entry.key] = definition }
        }
        checkRelated(catalogue, root, &reader)
        if reader.problems.hasErrors { throw DiagnosticError(stage: .parse, diagnostics: reader.problems.sortedByLocation()) }
        return Staged(catalogue, warnings: reader.problems.sortedByLocation())
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
        let metadata = self.metadata(node, what: what, reader: &reader)
        if headline && metadata.definition == nil {
            reader.problems.append(.warning(
                "headline indicator \"\(entry.key)\" has no definition; add `definition: {\(languages.map { "\($0): …" }.joined(separator: ", "))}` "
                    + "so its page can say what it measures", at: entry.keyLocation))
        }
        guard let name, let unit else { return nil }
        return IndicatorDefinition(id: entry.key, name: name, unit: unit, decimals: decimals, higherIsBetter: higherIsBetter,
                                   theme: theme, headline: headline, location: entry.keyLocation, metadata: metadata)
    }

    func metadata(_ node: DataNode, what: String, reader: inout DataReader) -> IndicatorMetadata {
        var metadata = IndicatorMetadata()
        let optional = { (key: String, reader: inout DataReader) in
            node[key].flatMap { reader.localized($0, key: key, languages: languages) }
        }
        metadata.scalePower = node["scale"].map { scalePower($0, reader: &reader) } ?? 0
        metadata.style = node["style"].flatMap { reader.choice($0, key: "style") } ?? .amount
        metadata.definition = optional("definition", &reader)
        metadata.source = optional("source", &reader)
        metadata.method = optional("method", &reader)
        metadata.comparability = optional("comparability", &reader)
        metadata.frequency = node["frequency"].flatMap { reader.choice($0, key: "frequency") }
        metadata.priceBasis = node["price_basis"].flatMap { reader.choice($0, key: "price_basis") }
        metadata.related = reader.texts(node["related"], key: "related")
        metadata.gloss = node["gloss"].flatMap { gloss($0, reader: &reader) }
        return metadata
    }

    /// `{factor: 0.0666667, unit: {en: hectares}}`: languages left out of `unit` show no gloss.
    func gloss(_ node: DataNode, reader: inout DataReader) -> UnitGloss? {
        guard let entries = reader.mapping(node, "\"gloss\"") else { return nil }
        reader.checkKeys(entries, known: ["factor", "unit"], in: "\"gloss\"")
        guard let factorNode = node["factor"] else { reader.missing("factor", in: "\"gloss\"", at: node.location); return nil }
        guard let unitNode = node["unit"] else { reader.missing("unit", in: "\"gloss\"", at: node.location); return nil }
        guard let factor = reader.number(factorNode, what: "\"factor\""), let units = reader.mapping(unitNode, "\"unit\"") else {
            return nil
        }
        var texts: [String: String] = [:]
        for entry in units { texts[entry.key] = reader.text(entry.value, key: "unit.\(entry.key)") }
        return UnitGloss(factor: factor, unit: LocalizedText(texts))
    }

    /// `scale: 100000000` → 8. Only a power of ten keeps every written digit when scaled.
    func scalePower(_ node: DataNode, reader: inout DataReader) -> Int {
        if let text = node.text, node.number != nil, text.first == "1", text.dropFirst().allSatisfy({ $0 == "0" }),
           text.count <= 16 {
            return text.count - 1
        }
        reader.fail("\"scale\" must be a power of ten such as 10000 or 100000000, found \(DataReader.describe(node))",
                    at: node.location)
        return 0
    }

    /// Every `related` id must be in the catalogue, located at the entry's `related` line.
    func checkRelated(_ catalogue: IndicatorCatalogue, _ root: DataNode, _ reader: inout DataReader) {
        for definition in catalogue.values.sorted(by: { $0.id < $1.id }) {
            for id in definition.metadata.related where catalogue[id] == nil {
                let location = root[definition.id]?["related"]?.location ?? definition.location
                reader.fail(UnknownIndicator.message(id, known: catalogue.keys, catalogue: catalogue.label), at: location)
            }
        }
    }
}
