import AlmanacCore

/// Draws a chart spec as a complete `<figure>` with inline SVG, caption and data table.
///
/// Output depends only on the spec and the context, byte for byte, so pages can be compared
/// between builds and cached by content.
public struct ChartRenderer: Sendable {
    /// Creates a renderer; it holds no state.
    public init() {}

    /// Renders `spec` for the page described by `context`, or throws a `DiagnosticError` of stage
    /// `chart` when its data is missing or unusable (unknown indicator, missing CSV file, …).
    public func render(_ spec: ChartSpec, context: ChartContext) throws(DiagnosticError) -> String {
        try draw(spec, context: context).figure
    }

    /// Draws `spec` once, for the page's figure and the chart's own files (`DrawnChart`).
    public func draw(_ spec: ChartSpec, context: ChartContext) throws(DiagnosticError) -> DrawnChart {
        let chart = try ChartResolver(context: context).resolve(spec)
        let canvas = ChartCanvas(
            chart: chart,
            id: Self.id(spec, context: context),
            language: context.language,
            strings: context.strings,
            format: ValueFormatter(language: context.language, unit: chart.unit, decimals: chart.decimals,
                                   fixedDecimals: spec.decimals, words: context.strings.figures)
        )
        return DrawnChart(canvas: canvas, drawing: draw(canvas), description: ChartDescriber(canvas: canvas).describe(),
                          context: context)
    }
}

private extension ChartRenderer {
    /// Unique on its page and the same in every build: made from the salt that names the
    /// chart's place on the page, never from the spec's description, whose spelling is the
    /// compiler's to change.
    static func id(_ spec: ChartSpec, context: ChartContext) -> String {
        "chart-" + ContentHash.hex("\(context.language)|\(context.idSalt)")
    }

    func draw(_ canvas: ChartCanvas) -> Drawing {
        switch canvas.chart.type {
        case .column: ColumnDrawer(canvas: canvas).draw()
        case .bar: BarDrawer(canvas: canvas).draw()
        case .line, .area: LineDrawer(canvas: canvas).draw()
        case .donut: DonutDrawer(canvas: canvas).draw()
        case .kpi: KPIDrawer(canvas: canvas).draw()
        case .bullet: BulletDrawer(canvas: canvas).draw()
        case .sparkline: SparklineDrawer(canvas: canvas).draw()
        }
    }
}
