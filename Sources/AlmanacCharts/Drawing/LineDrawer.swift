/// Lines (and areas) over periods, with estimates dashed, targets as ticks and each series
/// named at its end instead of in a legend.
struct LineDrawer {
    let canvas: ChartCanvas

    func draw() -> Drawing {
        let legend = Legend(items: MarkKeys.lineItems(canvas))
        let legendHeight = legend.height(width: ChartCanvas.width)
        let top = legendHeight + (legendHeight > 0 ? 4 : 0)
        let plan = plan(top: top, referencesInMargin: false) ?? plan(top: top, referencesInMargin: true)!
        let frame = plan.frame
        var writer = SVGWriter()
        legend.draw(into: &writer, canvas: canvas, top: 0, width: ChartCanvas.width)
        frame.drawValueAxis(into: &writer)
        plan.references.drawBands(into: &writer)
        if frame.scale.lower < 0 || isArea { frame.drawBaseline(into: &writer) }
        if isArea { plan.paths.drawAreas(into: &writer) }
        plan.references.drawLines(into: &writer)
        plan.paths.drawLines(into: &writer)
        plan.paths.drawMarkers(into: &writer)
        TargetMarks.draw(canvas, frame: frame, geometry: nil, stacked: false, into: &writer)
        plan.references.drawLabels(plan.referenceLabels, into: &writer)
        let labels = endLabels().map { end in
            DirectLabels.Label(lines: end.lines, y: plan.paths.endY(series: end.series), series: end.series)
        }
        let marginReferences = plan.referencesInMargin ? frame.marginLabels(of: plan.references) : []
        DirectLabels.draw(labels + marginReferences, x: frame.right + 6, top: frame.top - 8, bottom: frame.bottom + 8,
                          into: &writer)
        frame.drawCategoryAxis(into: &writer)
        return Drawing(height: frame.height, body: writer)
    }
}

private extension LineDrawer {
    struct Plan {
        let frame: CartesianFrame
        let paths: LinePaths
        let references: ReferenceLayer
        let referenceLabels: [ReferenceLayer.Placed]
        let referencesInMargin: Bool
    }

    var isArea: Bool { canvas.chart.type == .area }
    var stacked: Bool { isArea && canvas.chart.spec.stacked && canvas.chart.table.series.count > 1 }

    /// The frame and everything placed in it; nil when a reference label finds no place inside.
    func plan(top: Double, referencesInMargin: Bool) -> Plan? {
        let references = canvas.chart.spec.references
        let marginLines = endLabels().flatMap(\.lines) + (referencesInMargin
            ? references.flatMap { ReferenceLayer.marginLines(of: $0, format: canvas.format) } : [])
        let frame = CartesianFrame(canvas: canvas, domain: domain(), includeZero: isArea,
                                   rightMargin: DirectLabels.width(lines: marginLines), topMargin: top)
        let paths = LinePaths(canvas: canvas, frame: frame, stacked: stacked)
        let layer = ReferenceLayer(references: references, canvas: canvas, frame: frame)
        var placed: [ReferenceLayer.Placed] = []
        if !referencesInMargin {
            var obstacles = paths.obstacles()
            obstacles.boxes += TargetMarks.boxes(canvas, frame: frame, geometry: nil, stacked: false)
            guard let inside = layer.placeLabels(avoiding: obstacles) else { return nil }
            placed = inside
        }
        return Plan(frame: frame, paths: paths, references: layer, referenceLabels: placed,
                    referencesInMargin: referencesInMargin)
    }

    func domain() -> [Double] {
        let table = canvas.chart.table
        var values = ReferenceLayer.domain(of: canvas.chart.spec.references)
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
