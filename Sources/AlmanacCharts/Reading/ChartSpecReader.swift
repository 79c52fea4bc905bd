import AlmanacCore

/// Turns the parsed YAML of a ```` ```chart ```` fence into a `ChartSpec`, reporting every
/// problem with the line and column where the author can fix it.
public struct ChartSpecReader: Sendable {
    /// Creates a reader; it holds no state.
    public init() {}

    /// Reads a spec, or throws a `DiagnosticError` of stage `chart` listing all problems found.
    public func read(_ node: DataNode) throws(DiagnosticError) -> ChartSpec {
        var reader = DataReader()
        let spec = read(node, into: &reader)
        guard let spec, reader.problems.isEmpty else {
            throw DiagnosticError(stage: .chart, diagnostics: reader.problems.sortedByLocation())
        }
        return spec
    }
}

private extension ChartSpecReader {
    func read(_ node: DataNode, into reader: inout DataReader) -> ChartSpec? {
        guard let entries = node.entries else {
            let found = node.isNull ? "an empty block" : node.kindName
            reader.fail("a chart needs \"key: value\" lines such as \"type: column\", found \(found)",
                        at: node.location)
            return nil
        }
        let type = readType(node, &reader)
        checkKeys(entries, type: type, &reader)
        let title = readTitle(node, type: type, &reader)
        let data = readData(node, type: type, &reader)
        let periods = readPeriodFilter(node, data: data, &reader)
        let measure = type.flatMap { readMeasure(node, type: $0, &reader) }
        let references = readReferences(node["reference"], &reader)
        let decimals = reader.integer(node["decimals"], key: "decimals", in: 0...6)
        let stacked = reader.bool(node["stacked"], key: "stacked") ?? false
        guard let type, let data else { return nil }
        return ChartSpec(
            type: type, title: title,
            subtitle: reader.text(node["subtitle"], key: "subtitle"),
            source: reader.text(node["source"], key: "source"),
            notes: reader.texts(node["note"], key: "note"),
            unit: reader.text(node["unit"], key: "unit"),
            decimals: decimals, data: data, periods: periods, stacked: stacked, references: references,
            measure: measure, location: node.location
        )
    }

    func readType(_ node: DataNode, _ reader: inout DataReader) -> ChartSpec.Kind? {
        let names = ChartSpec.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        guard let typeNode = node["type"] else {
            reader.fail("missing \"type\": add a line such as \"type: column\" (one of \(names))", at: node.location)
            return nil
        }
        guard let name = reader.text(typeNode, key: "type") else { return nil }
        guard let type = ChartSpec.Kind(rawValue: name.lowercased()) else {
            reader.fail("unknown chart type \"\(name)\" (expected \(names))", at: typeNode.location)
            return nil
        }
        return type
    }

    func checkKeys(_ entries: [DataNode.Entry], type: ChartSpec.Kind?, _ reader: inout DataReader) {
        let allowed = type.map(ChartKeys.allowed(for:)) ?? ChartKeys.all
        var seen: Set<String> = []
        for entry in entries {
            if !seen.insert(entry.key).inserted {
                reader.fail("\"\(entry.key)\" is given twice: keep one", at: entry.keyLocation)
            } else if !allowed.contains(entry.key) {
                reader.fail(ChartKeys.message(unknown: entry.key, type: type), at: entry.keyLocation)
            }
        }
    }

    func readTitle(_ node: DataNode, type: ChartSpec.Kind?, _ reader: inout DataReader) -> String? {
        if let titleNode = node["title"] { return reader.text(titleNode, key: "title") }
        if let type, type != .kpi, type != .sparkline {
            reader.fail("missing \"title\": add a line such as \"title: …\" naming what the chart shows",
                        at: node.location)
        }
        return nil
    }
}
