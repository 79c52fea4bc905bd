import AlmanacCore

/// Reading the single figure of kpi and bullet charts, and reference lines of other charts.
extension ChartSpecReader {
    func readMeasure(_ node: DataNode, type: ChartSpec.Kind, _ reader: inout DataReader) -> ChartMeasure? {
        guard type == .kpi || type == .bullet else { return nil }
        let fromIndicator = node["indicator"] != nil
        var measure = ChartMeasure(
            label: reader.text(node["label"], key: "label"),
            period: reader.text(node["period"], key: "period"),
            value: number(node, "value", required: !fromIndicator, type: type, &reader),
            previous: number(node, "previous", required: false, type: type, &reader),
            previousPeriod: reader.text(node["previous_period"], key: "previous_period"),
            target: number(node, "target", required: type == .bullet && !fromIndicator, type: type, &reader)
        )
        if type == .kpi, !fromIndicator, measure.label == nil, node["label"] == nil {
            reader.fail("missing \"label\": a kpi needs a line such as \"label: …\" naming the figure",
                        at: node.location)
        }
        measure.ranges = readRanges(node["ranges"], &reader)
        return measure
    }

    func readReferences(_ node: DataNode?, _ reader: inout DataReader) -> [ChartReference] {
        guard let node else { return [] }
        let items = node.items ?? [node]
        return items.compactMap { readReference($0, &reader) }
    }
}

private extension ChartSpecReader {
    func number(
        _ node: DataNode, _ key: String, required: Bool, type: ChartSpec.Kind, _ reader: inout DataReader
    ) -> ChartValue? {
        guard let valueNode = node[key] else {
            if required {
                reader.fail("missing \"\(key)\": a \(type.rawValue) chart needs \"\(key): <number>\" "
                            + "or \"indicator: <id>\"", at: node.location)
            }
            return nil
        }
        return reader.chartValue(valueNode, what: "\"\(key)\"")
    }

    func readRanges(_ node: DataNode?, _ reader: inout DataReader) -> [Double] {
        guard let node else { return [] }
        guard let items = node.items, !items.isEmpty else {
            reader.fail("\"ranges\" must be a list of upper bounds such as [60, 80, 100]", at: node.location)
            return []
        }
        let bounds = items.compactMap { reader.number($0, what: "each of \"ranges\"") }
        if zip(bounds, bounds.dropFirst()).contains(where: { $0 >= $1 }) {
            reader.fail("\"ranges\" must go up from left to right, e.g. [60, 80, 100]", at: node.location)
        }
        return bounds
    }

    func readReference(_ node: DataNode, _ reader: inout DataReader) -> ChartReference? {
        let example = "{value: 6, label: 目标} or {from: 5, to: 6, label: …}"
        guard node.entries != nil else {
            reader.fail("\"reference\" must look like \(example), found \(node.kindName)", at: node.location)
            return nil
        }
        reader.checkKeys(node.entries ?? [], known: ["value", "from", "to", "label"], in: "\"reference\"")
        let label = reader.text(node["label"], key: "label")
        if let value = node["value"] {
            return reader.number(value, what: "reference \"value\"").map {
                ChartReference(value: $0, label: label, decimals: DataReader.writtenDecimals(value))
            }
        }
        guard let fromNode = node["from"], let toNode = node["to"] else {
            reader.fail("\"reference\" needs \"value\" for a line, or \"from\" and \"to\" for a band: \(example)",
                        at: node.location)
            return nil
        }
        let from = reader.number(fromNode, what: "reference \"from\"")
        let to = reader.number(toNode, what: "reference \"to\"")
        guard let from, let to else { return nil }
        let decimals = max(DataReader.writtenDecimals(fromNode), DataReader.writtenDecimals(toNode))
        return ChartReference(from: from, to: to, label: label, decimals: decimals)
    }
}
