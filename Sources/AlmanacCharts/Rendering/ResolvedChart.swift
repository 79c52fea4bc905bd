/// A chart with its numbers in hand: the spec plus the table, unit and decimals that come from
/// inline data, an indicator or a CSV file.
struct ResolvedChart {
    let spec: ChartSpec
    /// The numbers drawn and listed in the data table.
    let table: ChartTable
    let unit: String
    let decimals: Int
    /// The figures of a kpi or bullet chart, completed from the indicator when there is one.
    let measure: ChartMeasure

    var type: ChartSpec.Kind { spec.type }

    /// What the chart is about, for descriptions: the title, else the measure's label.
    var subject: String {
        spec.title ?? measure.label ?? table.series.first?.name ?? ""
    }

    /// True when some value is an estimate or some label has a target.
    var hasEstimates: Bool {
        table.series.contains { $0.values.contains { $0?.kind == .estimate } }
    }

    var hasTargets: Bool {
        table.series.contains { $0.targets.contains { $0 != nil } }
    }
}
