import AlmanacCore

/// Reading `from`, `to` and `periods`, which limit the periods of an indicator chart.
extension ChartSpecReader {
    func readPeriodFilter(_ node: DataNode, data: ChartData?, _ reader: inout DataReader) -> PeriodFilter {
        let keys = (node.entries ?? []).filter { ChartKeys.periodFilter.contains($0.key) }
        guard !keys.isEmpty else { return PeriodFilter() }
        if let data, case .indicator = data {} else if data != nil {
            for key in keys {
                reader.fail("\"\(key.key)\" limits the periods of an indicator: use it with \"indicator:\", "
                            + "or leave out the periods you do not want", at: key.keyLocation)
            }
        }
        var filter = PeriodFilter(from: reader.integer(node["from"], key: "from", in: 1000...9999),
                                  to: reader.integer(node["to"], key: "to", in: 1000...9999))
        if let from = filter.from, let to = filter.to, from > to, let toNode = node["to"] {
            reader.fail("\"to\" (\(to)) is before \"from\" (\(from)): swap them", at: toNode.location)
        }
        if let periods = node["periods"], let word = reader.text(periods, key: "periods") {
            switch word {
            case "annual": filter.annualOnly = true
            case "all": filter.allPeriods = true
            default: reader.fail("unknown periods \"\(word)\" (expected annual, all)", at: periods.location)
            }
        }
        return filter
    }
}
