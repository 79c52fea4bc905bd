import AlmanacCore

/// Reads an article's `indicators:` block into checked `IndicatorValue`s.
struct IndicatorParser {
    static let knownKeys = ["value", "period", "kind", "qualifier", "note"]
    var catalogue: IndicatorCatalogue
    var defaultPeriod: Period

    func parse(_ node: DataNode, reader: inout NodeReader) -> [IndicatorValue] {
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
    static func period(_ node: DataNode, reader: inout NodeReader) -> Period? {
        if let text = node.text, let period = Period(text) { return period }
        reader.problems.append(.error(
            "period \(reader.describe(node)) is not a year (2019), half (2020-H1), quarter (2025-Q3), month (2025-09) or span (2016..2019)",
            at: node.location))
        return nil
    }
}

private extension IndicatorParser {
    func value(of id: String, _ node: DataNode, reader: inout NodeReader) -> IndicatorValue? {
        if node.entries == nil {
            guard let number = reader.number(node, "the value of \"\(id)\"") else { return nil }
            return IndicatorValue(id: id, value: number, writtenDecimals: DecimalNumber.writtenDecimals(node.text ?? ""),
                                  period: defaultPeriod, kind: .actual, location: node.location)
        }
        let fields = reader.mapping(node, "a value of \"\(id)\"") ?? []
        reader.warnUnknownKeys(fields, known: Self.knownKeys, in: "a value of \"\(id)\"")
        guard let valueNode = node["value"] else {
            reader.missing("value", in: "a value of \"\(id)\"", at: node.location)
            return nil
        }
        let number = reader.number(valueNode, "the value of \"\(id)\"")
        let period = node["period"].map { Self.period($0, reader: &reader) } ?? defaultPeriod
        let kind = node["kind"].map { choice($0, "kind", FigureKind.self, reader: &reader) } ?? .actual
        let qualifier = node["qualifier"].map { choice($0, "qualifier", FigureQualifier.self, reader: &reader) }
        let note = node["note"].flatMap { reader.text($0, "note") }
        guard let number, let period, let kind, qualifier != .some(nil) else { return nil }
        return IndicatorValue(id: id, value: number, writtenDecimals: DecimalNumber.writtenDecimals(valueNode.text ?? ""),
                              period: period, kind: kind, qualifier: qualifier ?? nil, note: note, location: valueNode.location)
    }

    func choice<T: RawRepresentable & CaseIterable>(
        _ node: DataNode, _ key: String, _ type: T.Type, reader: inout NodeReader
    ) -> T? where T.RawValue == String {
        if let text = node.text, let value = T(rawValue: text) { return value }
        let message = DataNode.unknownChoice(key, node.text ?? node.kindName, allowed: T.allCases.map(\.rawValue))
        reader.problems.append(.error(message, at: node.location))
        return nil
    }

    func unknownMessage(_ id: String) -> String {
        UnknownIndicator.message(id, known: catalogue.keys, catalogue: catalogue.label)
    }
}
