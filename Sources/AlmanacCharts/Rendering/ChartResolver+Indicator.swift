import AlmanacCore

/// Turning an indicator's history into a chart table, and into the figures of kpi and bullet charts.
extension ChartResolver {
    func indicatorChart(
        _ spec: ChartSpec, series: IndicatorSeries, id: String, at location: SourceLocation
    ) throws(DiagnosticError) -> ResolvedChart {
        let table = Self.table(from: series, periods: spec.periods)
        guard !table.isEmpty else {
            if !spec.periods.isEmpty, !Self.table(from: series).isEmpty {
                throw Self.error("indicator \"\(id)\" has no values in the periods asked for: "
                                 + "widen \"from\", \"to\" or \"periods\"", at: location)
            }
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

    /// One row per period the filter lets through; an actual value replaces the estimate of the
    /// same period, and targets sit beside the values so a period can show both.
    static func table(from series: IndicatorSeries, periods: PeriodFilter = PeriodFilter()) -> ChartTable {
        var labels: [String] = [], longLabels: [String] = []
        var values: [String: ChartValue] = [:], targets: [String: ChartValue] = [:]
        for point in series.points where point.value.isFinite && periods.includes(point) {
            if !labels.contains(point.label) {
                labels.append(point.label)
                longLabels.append(point.longLabel)
            }
            var value = ChartValue(point.value, kind: point.kind, qualifier: point.qualifier, decimals: point.decimals)
            value.status = point.status
            switch point.kind {
            case .target: targets[point.label] = value
            case .estimate: if values[point.label]?.kind != .actual { values[point.label] = value }
            case .actual: values[point.label] = value
            }
        }
        let row = ChartSeries(name: series.name, values: labels.map { values[$0] }, targets: labels.map { targets[$0] })
        return ChartTable(labels: labels, longLabels: longLabels, series: [row], decimals: series.decimals)
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
        measure.period = measure.period ?? table.longLabels[last]
        if filled.count >= 2 {
            let before = filled[filled.count - 2]
            measure.previous = series.values[before]
            measure.previousPeriod = table.longLabels[before]
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
