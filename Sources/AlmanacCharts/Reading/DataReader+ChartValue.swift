import AlmanacCore

/// Reading one chart value: a plain number, or a mapping that says what kind of figure it is
/// and how the source hedges it.
extension DataReader {
    static let valueKeys = ["value", "kind", "qualifier", "status"]
    static let valueExample = "{value: 2600, kind: estimate, qualifier: over}"

    /// `2600` or `{value: 2600, kind: estimate, qualifier: over, status: provisional}`, with the
    /// decimals written.
    mutating func chartValue(_ node: DataNode, what: String) -> ChartValue? {
        guard let entries = node.entries else { return value(node, what: what) }
        checkKeys(entries, known: Self.valueKeys, in: what)
        guard let valueNode = node["value"] else {
            fail("\(what) needs a number after \"value\", such as \(Self.valueExample)", at: node.location)
            return nil
        }
        let kind: FigureKind? = node["kind"].flatMap { choice($0, key: "kind") }
        let qualifier: FigureQualifier? = node["qualifier"].flatMap { choice($0, key: "qualifier") }
        let status: FigureStatus? = node["status"].flatMap { choice($0, key: "status") }
        guard var result = value(valueNode, what: what) else { return nil }
        result.kind = kind ?? .actual
        result.qualifier = qualifier
        result.status = status
        return result
    }

    /// A value in a list of data, where nothing (`~`, `null` or no value at all) leaves a gap.
    mutating func dataValue(_ node: DataNode, what: String) -> ChartValue? {
        node.isNull ? nil : chartValue(node, what: what)
    }

    /// A number with the decimals it was written with.
    mutating func value(_ node: DataNode, what: String) -> ChartValue? {
        number(node, what: what).map { ChartValue($0, decimals: Self.writtenDecimals(node)) }
    }
}
