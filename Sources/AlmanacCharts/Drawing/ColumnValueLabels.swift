/// The figures written above single-series columns (below negative ones), and above the target
/// of a period that has only a target, so a plan can be read like a result.
struct ColumnValueLabels {
    struct Label {
        /// One line, or two when a qualified figure ("about 6.5%") is wider than its band.
        let lines: [String]
        let x: Double
        /// The baseline of the last line, which sits nearest the mark.
        var y: Double
        let width: Double

        var box: Box {
            let last = Box(text: width, x: x, baseline: y, fontSize: ColumnValueLabels.fontSize, anchor: .middle)
            let above = Double(lines.count - 1) * ColumnValueLabels.lineHeight
            return Box(minX: last.minX, minY: last.minY - above, maxX: last.maxX, maxY: last.maxY)
        }
    }

    static let fontSize = ChartCanvas.smallFontSize
    static let lineHeight = fontSize * 1.1
    private(set) var labels: [Label] = []

    /// Labels for the values when all of them fit their bands, and for lone targets likewise.
    init(canvas: ChartCanvas, frame: CartesianFrame) {
        let series = canvas.chart.table.series[0]
        let text = { (value: ChartValue) in
            canvas.flagged(canvas.qualified(frame.valueLabel(value, format: canvas.format), value.qualifier), value)
        }
        let values = series.values.enumerated().compactMap { index, value in value.map { (index, $0, text($0)) } }
        let targets = series.targets.enumerated().compactMap { index, target in
            series.values[index] == nil ? target.map { (index, $0, text($0)) } : nil
        }
        for group in [values, targets] {
            let lines = group.map { Self.lines($0.2, width: frame.band - 2) }
            guard lines.allSatisfy({ $0 != nil }) else { continue }
            for ((index, value, _), lines) in zip(group, lines.compactMap { $0 }) {
                let y = frame.scale.position(value.value)
                let target = series.targets[index].map { frame.scale.position($0.value) }
                // Above the column and its target tick, or below a column that goes down.
                let below = value.value < 0 && value.kind != .target
                let baseline = below ? y + Self.fontSize + 2 + Double(lines.count - 1) * Self.lineHeight
                    : min(y, target ?? y) - 4
                let width = lines.map { TextMetrics.width($0, fontSize: Self.fontSize) }.max() ?? 0
                labels.append(Label(lines: lines, x: frame.center(index), y: baseline, width: width))
            }
        }
        labels.sort { $0.x < $1.x }
    }

    /// Lifts a figure that a reference line or band edge would strike through to just above
    /// it, so no guide ever crosses its text.
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
            let first = label.y - Double(label.lines.count - 1) * Self.lineHeight
            writer.text(label.lines, x: label.x, y: first, lineHeight: Self.lineHeight)
        }
        writer.close("g")
    }
}

private extension ColumnValueLabels {
    /// The text on one line when it fits `width`, else on two, split between words; nil when
    /// even two lines are too wide.
    static func lines(_ text: String, width: Double) -> [String]? {
        if TextMetrics.width(text, fontSize: fontSize) <= width { return [text] }
        let lines = TextMetrics.balancedWrap(text, maxWidth: width, fontSize: fontSize, maxLines: 2)
        let fits = lines.count <= 2 && !(lines.last?.hasSuffix("…") ?? true)
            && lines.allSatisfy { TextMetrics.width($0, fontSize: fontSize) <= width }
        return fits ? lines : nil
    }
}
