import AlmanacCore

/// Which keys each chart type understands, so a misspelt or misplaced key is reported
/// instead of silently changing nothing.
enum ChartKeys {
    static let common: [String] = ["type", "title", "subtitle", "source", "note", "unit", "decimals"]
    static let dataSources: [String] = ["data", "series", "indicator", "csv"]
    /// Keys that limit an indicator's periods.
    static let periodFilter: [String] = ["from", "to", "periods"]

    static func allowed(for type: ChartSpec.Kind) -> [String] {
        switch type {
        case .column, .area: common + dataSources + periodFilter + ["stacked", "reference"]
        // Bars have no horizontal guide lines yet; refusing the key beats ignoring it.
        case .bar: common + dataSources + periodFilter + ["stacked"]
        case .line: common + dataSources + periodFilter + ["reference"]
        case .donut: common + ["data", "csv"]
        case .kpi: common + ["indicator"] + periodFilter + ["value", "label", "period", "previous", "previous_period"]
        case .bullet: common + ["indicator"] + periodFilter + ["value", "target", "ranges", "label"]
        case .sparkline: common + ["data", "indicator", "csv"] + periodFilter
        }
    }

    /// Every key some type understands, in a stable order.
    static let all: [String] = ChartSpec.Kind.allCases.reduce(into: [String]()) { keys, type in
        for key in allowed(for: type) where !keys.contains(key) { keys.append(key) }
    }

    /// The message for a key that `type` does not understand (nil type: the type itself is wrong).
    static func message(unknown key: String, type: ChartSpec.Kind?) -> String {
        if let type, all.contains(key) {
            let users = ChartSpec.Kind.allCases.filter { allowed(for: $0).contains(key) }
            let names = users.map(\.rawValue).joined(separator: ", ")
            return "\"\(key)\" does not apply to a \(type.rawValue) chart (it is for \(names)): remove it"
        }
        let candidates = type.map(allowed(for:)) ?? all
        return DataReader.unknownKey(key, known: candidates, in: "the chart")
    }
}
