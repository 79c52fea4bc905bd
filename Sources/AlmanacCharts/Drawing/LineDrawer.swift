/// Lines (and areas) over periods, with estimates dashed, targets as ticks and each series
/// named at its end instead of in a legend.
struct LineDrawer {
    let canvas: ChartCanvas

    func draw() -> Drawing {
        let legend = Legend(items: MarkKeys.lineItems(canvas))
        let legendHeight = legend.height(width: ChartCanvas.width)
        let ends = endLabels()
        let references = canvas.chart.spec.references
        let marginLines = ends.flatMap(\.lines)
            + references.flatMap { DirectLabels.lines(CartesianFrame.text(of: $0, format: canvas.format)) }
        let frame = CartesianFrame(canvas: canvas, domain: domain(), includeZero: isArea,
                                   rightMargin: DirectLabels.width(lines: marginLines),
                                   topMargin: legendHeight + (legendHeight > 0 ? 4 : 0))
        var writer = SVGWriter()
        legend.draw(into: &writer, canvas: canvas, top: 0, width: ChartCanvas.width)
        frame.drawValueAxis(into: &writer)
        if frame.scale.lower < 0 || isArea { frame.drawBaseline(into: &writer) }
        let paths = LinePaths(canvas: canvas, frame: frame, stacked: stacked)
        if isArea { paths.drawAreas(into: &writer) }
        paths.drawLines(into: &writer)
        paths.drawMarkers(into: &writer)
        TargetMarks.draw(canvas, frame: frame, geometry: nil, stacked: false, into: &writer)
        let referenceLabels = frame.drawReferences(references, canvas: canvas, into: &writer)
        let labels = ends.map { end in
            DirectLabels.Label(lines: end.lines, y: paths.endY(series: end.series), series: end.series)
        }
        DirectLabels.draw(labels + referenceLabels, x: frame.right + 6, top: frame.top - 8, bottom: frame.bottom + 8, into: &writer)
        frame.drawCategoryAxis(into: &writer)
        return Drawing(height: frame.height, body: writer)
    }
}

private extension LineDrawer {
    var isArea: Bool { canvas.chart.type == .area }
    var stacked: Bool { isArea && canvas.chart.spec.stacked && canvas.chart.table.series.count > 1 }

    func domain() -> [Double] {
        let table = canvas.chart.table
        var values = CartesianFrame.domain(of: canvas.chart.spec.references)
        values += table.series.flatMap { $0.targets.compactMap { $0?.value } }
        values += stacked ? StackedValues(table).extremes : table.series.flatMap { $0.values.compactMap { $0?.value } }
        return values
    }

    /// Series names when there are several; the latest value when there is one.
    func endLabels() -> [(lines: [String], series: Int)] {
        let table = canvas.chart.table
        if table.series.count == 1 {
            guard let last = table.series[0].values.last(where: { $0 != nil }) ?? nil else { return [] }
            return [(DirectLabels.valueLines(last, canvas: canvas), 0)]
        }
        return table.series.enumerated().filter(\.element.hasValues).map {
            (DirectLabels.lines($0.element.name), $0.offset)
        }
    }
}
