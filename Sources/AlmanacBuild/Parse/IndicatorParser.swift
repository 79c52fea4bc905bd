import AlmanacCore

/// Reads an article's `indicators:` block into checked `IndicatorValue`s.
struct IndicatorParser {
    static let knownKeys = ["value", "period", "kind", "qualifier", "note", "status", "footnotes", "correction"]
    var catalogue: IndicatorCatalogue
    var defaultPeriod: Period

    func parse(_ node: DataNode, reader: inout DataReader) -> [IndicatorValue] {
        var values: [IndicatorValue] = []
        for entry in reader.mapping(node, "\"indicators\"") ?? [] {
            guard catalogue[entry.key] != nil else {
                reader.problems.append(.error(unknownMessage(entry.key), at: entry.keyLocation))
                continue
            }
            let reports = entry.value.items ?? [entry.value]
            var seen: [Period: SourceLocation] = [:]
            for report in reports {
                guard let value = value(of: entry.key, report, reader: &reader) else { continue }
                if let first = seen[value.period] {
                    reader.problems.append(.error(
                        "indicator \"\(entry.key)\" has two values for period \(value.period) (first at line \(first.line)); keep one",
                        at: value.location))
                    continue
                }
                seen[value.period] = value.location
                values.append(value)
            }
        }
        return values
    }

    /// A period written as `2019`, `2020-H1`, `2025-Q3`, `2025-09` or `2016..2019`.
    static func period(_ node: DataNode, reader: inout DataReader) -> Period? {
        if let text = node.text, let period = Period(text) { return period }
        reader.problems.append(.error(
            "period \(DataReader.describe(node)) is not a year (2019), half (2020-H1), quarter (2025-Q3), month (2025-09) or span (2016..2019)",
            at: node.location))
        return nil
    }
}

private extension IndicatorParser {
    func value(of id: String, _ node: DataNode, reader: inout DataReader) -> IndicatorValue? {
        if node.entries == nil {
            guard let number = reader.number(node, what: "the value of \"\(id)\"") else { return nil }
            return IndicatorValue(id: id, value: number, writtenDecimals: DataReader.writtenDecimals(node),
                                  period: defaultPeriod, kind: .actual, location: node.location)
        }
        let fields = reader.mapping(node, "a value of \"\(id)\"") ?? []
        reader.checkKeys(fields, known: Self.knownKeys, in: "a value of \"\(id)\"")
        guard let valueNode = node["value"] else {
            reader.missing("value", in: "a value of \"\(id)\"", at: node.location)
            return nil
        }
        let number = reader.number(valueNode, what: "the value of \"\(id)\"")
        let period = node["period"].map { Self.period($0, reader: &reader) } ?? defaultPeriod
        let kind = node["kind"].map { reader.choice($0, key: "kind") } ?? FigureKind.actual
        let qualifier: FigureQualifier?? = node["qualifier"].map { reader.choice($0, key: "qualifier") }
        let note = reader.text(node["note"], key: "note")
        let status: FigureStatus?? = node["status"].map { reader.choice($0, key: "status") }
        let footnotes = reader.texts(node["footnotes"], key: "footnotes")
        let correction = reader.bool(node["correction"], key: "correction") ?? false
        guard let number, let period, let kind, qualifier != .some(nil), status != .some(nil) else { return nil }
        var value = IndicatorValue(id: id, value: number, writtenDecimals: DataReader.writtenDecimals(valueNode),
                                   period: period, kind: kind, qualifier: qualifier ?? nil, note: note, status: status ?? nil,
                                   footnotes: footnotes, location: valueNode.location)
        value.correction = correction
        if kind == .target, let status = status ?? nil, !status.appliesToTargets, let statusNode = node["status"] {
            reader.fail("a target of \"\(id)\" cannot be \(status.rawValue): that status describes a measured figure; remove it and say in `footnotes` how the target was set",
                        at: statusNode.location)
        }
        if correction && footnotes.isEmpty {
            reader.fail("a correction of \"\(id)\" needs a footnote saying what was wrong; add `footnotes: [...]`",
                        at: node.location)
        }
        return value
    }

    func unknownMessage(_ id: String) -> String {
        UnknownIndicator.message(id, known: catalogue.keys, catalogue: catalogue.label)
    }
}
