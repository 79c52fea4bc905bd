import AlmanacCore

/// Turning an indicator's history into a chart table, and into the figures of kpi and bullet charts.
extension ChartResolver {
    func indicatorChart(
        _ spec: ChartSpec, series: IndicatorSeries, id: String, at location: SourceLocation
    ) throws(DiagnosticError) -> ResolvedChart {
        let table = Self.table(from: series)
        guard !table.isEmpty else {
            throw Self.error("indicator \"\(id)\" has no values yet: add some or choose another indicator",
                             at: location)
        }
        if spec.type == .donut {
            throw Self.error("a donut cannot show an indicator's history: use a line or column chart", at: location)
        }
        var measure = spec.measure ?? ChartMeasure()
        if spec.type == .kpi || spec.type == .bullet {
            measure = try Self.measure(measure, from: table, name: series.name, type: spec.type, id: id, at: location)
        }
        return ResolvedChart(spec: spec, table: table, unit: spec.unit ?? series.unit,
                             decimals: spec.decimals ?? series.decimals, measure: measure)
    }

    /// One row per period; an actual value replaces the estimate of the same period, and targets
    /// sit beside the values so a period can show both.
    static func table(from series: IndicatorSeries) -> ChartTable {
        var labels: [String] = []
        var values: [String: ChartValue] = [:], targets: [String: ChartValue] = [:]
        for point in series.points where point.value.isFinite {
            if !labels.contains(point.label) { labels.append(point.label) }
            let value = ChartValue(point.value, kind: point.kind, qualifier: point.qualifier, decimals: point.decimals)
            switch point.kind {
            case .target: targets[point.label] = value
            case .estimate: if values[point.label]?.kind != .actual { values[point.label] = value }
            case .actual: values[point.label] = value
            }
        }
        let row = ChartSeries(name: series.name, values: labels.map { values[$0] }, targets: labels.map { targets[$0] })
        return ChartTable(labels: labels, series: [row], decimals: series.decimals)
    }
}

private extension ChartResolver {
    static func measure(
        _ given: ChartMeasure, from table: ChartTable, name: String, type: ChartSpec.Kind, id: String,
        at location: SourceLocation
    ) throws(DiagnosticError) -> ChartMeasure {
        let series = table.series[0]
        let filled = table.labels.indices.filter { series.values[$0] != nil }
        guard let last = filled.last else {
            throw error("indicator \"\(id)\" has only targets, no value to show yet", at: location)
        }
        var measure = given
        measure.label = measure.label ?? name
        measure.value = series.values[last]
        measure.period = measure.period ?? table.labels[last]
        if filled.count >= 2 {
            let before = filled[filled.count - 2]
            measure.previous = series.values[before]
            measure.previousPeriod = table.labels[before]
        }
        if type == .bullet, measure.target == nil {
            let target = series.targets[last] ?? series.targets.last { $0 != nil } ?? nil
            guard let target else {
                throw error("indicator \"\(id)\" has no target to compare with: add \"target: <number>\"", at: location)
            }
            measure.target = target
        }
        return measure
    }
}
