/// The figures written above single-series columns (below negative ones), and above the target
/// of a period that has only a target, so a plan can be read like a result.
struct ColumnValueLabels {
    struct Label {
        let text: String
        let x: Double
        /// The baseline of the text.
        var y: Double
        let width: Double

        var box: Box { Box(text: width, x: x, baseline: y, fontSize: ColumnValueLabels.fontSize, anchor: .middle) }
    }

    static let fontSize = ChartCanvas.smallFontSize
    private(set) var labels: [Label] = []

    /// Labels for the values when all of them fit their bands, and for lone targets likewise.
    init(canvas: ChartCanvas, frame: CartesianFrame) {
        let series = canvas.chart.table.series[0]
        let size = Self.fontSize
        let text = { (value: ChartValue) in canvas.qualified(frame.valueLabel(value, format: canvas.format), value.qualifier) }
        let values = series.values.enumerated().compactMap { index, value in value.map { (index, $0, text($0)) } }
        let targets = series.targets.enumerated().compactMap { index, target in
            series.values[index] == nil ? target.map { (index, $0, text($0)) } : nil
        }
        for group in [values, targets] {
            let widths = group.map { TextMetrics.width($0.2, fontSize: size) }
            guard widths.allSatisfy({ $0 <= frame.band - 2 }) else { continue }
            for ((index, value, text), width) in zip(group, widths) {
                let y = frame.scale.position(value.value)
                let target = series.targets[index].map { frame.scale.position($0.value) }
                // Above the column and its target tick, or below a column that goes down.
                let baseline = value.value < 0 && value.kind != .target ? y + size + 2 : min(y, target ?? y) - 4
                labels.append(Label(text: text, x: frame.center(index), y: baseline, width: width))
            }
        }
        labels.sort { $0.x < $1.x }
    }

    /// Lifts a figure that a reference line would strike through to just above the line, so
    /// the line never crosses its text.
    mutating func keepClear(ofLines lines: [Double]) {
        for index in labels.indices {
            for y in lines.sorted(by: >) {
                let box = labels[index].box.padded(1)
                guard box.minY < y, y < box.maxY else { continue }
                labels[index].y = y - 2 - Self.fontSize * 0.2
            }
        }
    }

    func draw(into writer: inout SVGWriter) {
        guard !labels.isEmpty else { return }
        writer.open("g", [("class", "chart-values"), ("font-size", SVGWriter.number(Self.fontSize)),
                          ("text-anchor", "middle")])
        for label in labels {
            writer.text(label.text, x: label.x, y: label.y)
        }
        writer.close("g")
    }
}
