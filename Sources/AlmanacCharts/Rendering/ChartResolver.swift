import AlmanacCore

/// Fetches the numbers a spec refers to (indicator, CSV file) and checks what can only be
/// checked then: that the data exists, is not empty, and suits the chart type.
struct ChartResolver {
    let context: ChartContext

    func resolve(_ spec: ChartSpec) throws(DiagnosticError) -> ResolvedChart {
        let measure = spec.measure ?? ChartMeasure()
        switch spec.data {
        case let .table(table):
            return try checked(spec, table: table, unit: spec.unit, decimals: table.decimals,
                               measure: measure, at: spec.location)
        case let .csv(name, location):
            let table = try csvTable(name, at: location)
            return try checked(spec, table: table, unit: spec.unit, decimals: table.decimals,
                               measure: measure, at: location)
        case let .indicator(id, location):
            guard let series = context.indicator(id) else {
                throw Self.error(UnknownIndicator.message(id, known: context.indicatorIDs, catalogue: context.catalogue), at: location)
            }
            return try indicatorChart(spec, series: series, id: id, at: location)
        case .measure:
            let table = measureTable(measure, spec: spec)
            return ResolvedChart(spec: spec, table: table, unit: spec.unit ?? "",
                                 decimals: spec.decimals ?? table.decimals, measure: measure)
        }
    }

    static func error(_ message: String, at location: SourceLocation) -> DiagnosticError {
        DiagnosticError(stage: .chart, diagnostics: [.error(message, at: location)])
    }
}

private extension ChartResolver {
    func csvTable(_ name: String, at location: SourceLocation) throws(DiagnosticError) -> ChartTable {
        let path = context.dataDirectory + "/" + name
        guard let text = context.csv(name) else {
            throw Self.error("data file \"\(path)\" not found: add the file or correct the name", at: location)
        }
        switch CSVTableReader(path: path).read(text) {
        case let .success(table): return table
        case let .failure(error): throw error
        }
    }

    func checked(
        _ spec: ChartSpec, table: ChartTable, unit: String?, decimals: Int, measure: ChartMeasure,
        at location: SourceLocation
    ) throws(DiagnosticError) -> ResolvedChart {
        if table.isEmpty {
            throw Self.error("the chart has no values to draw: give at least one number", at: location)
        }
        if spec.type == .donut {
            if table.series.count > 1 {
                throw Self.error("a donut takes one column of shares, found \(table.series.count) series: "
                                 + "keep one or use a column chart", at: location)
            }
            if let problem = DonutShares.problem(in: table) { throw Self.error(problem, at: location) }
        }
        return ResolvedChart(spec: spec, table: table, unit: unit ?? "", decimals: spec.decimals ?? decimals,
                             measure: measure)
    }

    /// A kpi or bullet without an indicator still gets a small table of its figures.
    func measureTable(_ measure: ChartMeasure, spec: ChartSpec) -> ChartTable {
        let strings = context.strings
        var labels: [String] = [], values: [ChartValue?] = [], targets: [ChartValue?] = []
        if let previous = measure.previous {
            labels.append(measure.previousPeriod ?? strings.previous)
            values.append(previous); targets.append(nil)
        }
        if let value = measure.value {
            labels.append(measure.period ?? measure.label ?? spec.title ?? strings.value)
            values.append(value)
            targets.append(measure.target.map { ChartValue($0.value, kind: .target, qualifier: $0.qualifier, decimals: $0.decimals) })
        }
        let decimals = [measure.value, measure.previous, measure.target].compactMap { $0?.decimals }.max() ?? 0
        let series = ChartSeries(name: measure.label ?? "", values: values, targets: targets)
        return ChartTable(labels: labels, series: [series], decimals: decimals)
    }
}
