import AlmanacCore

/// Reading where a chart's numbers come from: inline `data` or `series`, an indicator or a CSV file.
extension ChartSpecReader {
    func readData(_ node: DataNode, type: ChartSpec.Kind?, _ reader: inout DataReader) -> ChartData? {
        let sources = (node.entries ?? []).filter { ChartKeys.dataSources.contains($0.key) }
        for extra in sources.dropFirst() {
            reader.fail("\"\(extra.key)\" and \"\(sources[0].key)\" both give the data: keep only one",
                        at: extra.keyLocation)
        }
        guard let source = sources.first else {
            return missingData(node, type: type, &reader)
        }
        switch source.key {
        case "indicator":
            return reader.text(source.value, key: "indicator").map { .indicator($0, at: source.value.location) }
        case "csv":
            return reader.text(source.value, key: "csv").map { .csv($0, at: source.value.location) }
        case "series":
            return readSeries(source.value, &reader).map(ChartData.table)
        default:
            let table = readSingleSeries(source.value, &reader)
            if type == .donut, let table, let problem = DonutShares.problem(in: table) {
                reader.fail(problem, at: source.value.location)
            }
            return table.map(ChartData.table)
        }
    }
}

private extension ChartSeries {
    /// A series whose targets sit beside its values, as inline data writes them in one list.
    init(name: String, kindsOf values: [ChartValue?]) {
        self.init(name: name, values: values.map { $0?.kind == .target ? nil : $0 },
                  targets: values.map { $0?.kind == .target ? $0 : nil })
    }
}

private extension ChartSpecReader {
    func missingData(_ node: DataNode, type: ChartSpec.Kind?, _ reader: inout DataReader) -> ChartData? {
        switch type {
        case .kpi?, .bullet?:
            return .measure
        case .donut?:
            reader.fail("missing data: add \"data:\" with one \"label: share\" line per slice, or \"csv:\"",
                        at: node.location)
        default:
            reader.fail("missing data: add \"data:\" with \"label: number\" lines, or \"series:\", "
                        + "\"indicator:\" or \"csv:\"", at: node.location)
        }
        return nil
    }

    func readSingleSeries(_ node: DataNode, _ reader: inout DataReader) -> ChartTable? {
        guard let pairs = readPairs(node, key: "data", &reader) else { return nil }
        return ChartTable(labels: pairs.labels, series: [ChartSeries(name: "", kindsOf: pairs.values)],
                          decimals: pairs.decimals)
    }

    func readSeries(_ node: DataNode, _ reader: inout DataReader) -> ChartTable? {
        guard let entries = node.entries, !entries.isEmpty else {
            reader.fail("\"series\" must list named series such as \"签约: {2023: 120, 2024: 150}\", found "
                        + (node.isNull ? "nothing" : node.kindName), at: node.location)
            return nil
        }
        let read = entries.map { entry in (entry.key, readPairs(entry.value, key: entry.key, &reader)) }
        let parts = read.compactMap { name, pairs in pairs.map { (name, $0) } }
        guard parts.count == read.count else { return nil }
        let labels = mergedLabels(parts.map(\.1.labels))
        let series = parts.map { name, pairs in
            let byLabel = Dictionary(zip(pairs.labels, pairs.values), uniquingKeysWith: { first, _ in first })
            return ChartSeries(name: name, kindsOf: labels.map { byLabel[$0].flatMap { $0 } })
        }
        return ChartTable(labels: labels, series: series, decimals: parts.map(\.1.decimals).max() ?? 0)
    }

    /// `label: number` lines; an empty value is a gap, and a value that is not a number is
    /// reported and kept as a gap.
    func readPairs(_ node: DataNode, key: String, _ reader: inout DataReader) -> LabelledNumbers? {
        guard let entries = node.entries else {
            let found = node.isNull ? "nothing" : node.kindName
            reader.fail("\"\(key)\" must be \"label: number\" lines such as \"2019: 2546.18\", found \(found)",
                        at: node.location)
            return nil
        }
        guard !entries.isEmpty else {
            reader.fail("\"\(key)\" has no values: add lines such as \"2019: 2546.18\"", at: node.location)
            return nil
        }
        var pairs = LabelledNumbers()
        for entry in entries {
            if pairs.labels.contains(entry.key) {
                reader.fail("label \"\(entry.key)\" appears twice in \"\(key)\": keep one", at: entry.keyLocation)
                continue
            }
            pairs.labels.append(entry.key)
            let value = reader.dataValue(entry.value, what: "the value of \"\(entry.key)\"")
            pairs.values.append(value)
            pairs.decimals = max(pairs.decimals, value?.decimals ?? 0)
        }
        return pairs
    }

    /// All labels of several series in reading order; a label missing from the first series is
    /// placed next to its neighbours in the series that has it. Periods that start with a year
    /// are put in order, since that is the only order they can mean.
    func mergedLabels(_ lists: [[String]]) -> [String] {
        let merged = mergedInReadingOrder(lists)
        let startsWithYear = { (label: String) in label.utf8.prefix(4).allSatisfy { (48...57).contains($0) } && label.utf8.count >= 4 }
        return merged.allSatisfy(startsWithYear) ? merged.sorted() : merged
    }

    func mergedInReadingOrder(_ lists: [[String]]) -> [String] {
        var merged: [String] = []
        for list in lists {
            var anchor: Int?
            for (position, label) in list.enumerated() {
                if let index = merged.firstIndex(of: label) {
                    anchor = index + 1
                    continue
                }
                let next = list[(position + 1)...].lazy.compactMap { merged.firstIndex(of: $0) }.first
                let index = anchor ?? next ?? merged.count
                merged.insert(label, at: index)
                anchor = index + 1
            }
        }
        return merged
    }
}

/// Labels with their values as read from a mapping; nil values are gaps or were reported already.
struct LabelledNumbers {
    var labels: [String] = []
    var values: [ChartValue?] = []
    var decimals = 0
}
