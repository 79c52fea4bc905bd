/// The value axis under a bullet chart: as many round ticks as fit side by side by their
/// measured widths, with the unit written once, on the last tick.
struct BulletAxis {
    let scale: LinearScale
    let labels: [String]

    static let gap = 8.0
    static let fontSize = ChartCanvas.smallFontSize

    /// The scale with the most ticks (up to about five) whose labels do not touch.
    init(domain: [Double], canvas: ChartCanvas, from start: Double, to end: Double) {
        let formatter = AxisFormatter(language: canvas.language, unit: canvas.format.unit, words: canvas.strings.figures)
        var choice: (LinearScale, [String])?
        for count in [5, 4, 3, 2] {
            let scale = LinearScale(covering: domain, includeZero: true, tickCount: count, from: start, to: end)
            let labels = Self.labels(scale, formatter: formatter, format: canvas.format)
            choice = (scale, labels)
            if Self.fit(labels, scale: scale) { break }
        }
        (scale, labels) = choice!
    }

    func draw(into writer: inout SVGWriter, y: Double) {
        writer.open("g", [("class", "chart-axis"), ("font-size", SVGWriter.number(Self.fontSize)), ("text-anchor", "middle")])
        let ticks = scale.ticks
        for (index, (tick, label)) in zip(ticks, labels).enumerated() {
            let anchor = Self.anchor(index, count: ticks.count)
            let attributes: SVGWriter.Attributes = switch anchor {
            case .start: [("text-anchor", "start")]
            case .middle: []
            case .end: [("text-anchor", "end")]
            }
            writer.text(label, x: scale.position(tick), y: y, attributes)
        }
        writer.close("g")
    }
}

private extension BulletAxis {
    /// Tick numbers, the last one followed by the unit unless every tick carries it (`6%`).
    static func labels(_ scale: LinearScale, formatter: AxisFormatter, format: ValueFormatter) -> [String] {
        let axis = formatter.labels(ticks: scale.ticks, step: scale.step)
        guard let unit = axis.heading, let last = axis.labels.last else { return axis.labels }
        return axis.labels.dropLast() + [format.attach(last, unit: unit)]
    }

    /// The end ticks sit at the edges of the drawing, so their labels grow inwards.
    static func anchor(_ index: Int, count: Int) -> Box.Anchor {
        index == 0 ? .start : (index == count - 1 ? .end : .middle)
    }

    /// True when no two neighbouring labels, anchored as drawn, come closer than `gap`.
    static func fit(_ labels: [String], scale: LinearScale) -> Bool {
        let boxes = zip(scale.ticks, labels).enumerated().map { index, pair in
            Box(text: TextMetrics.width(pair.1, fontSize: fontSize), x: scale.position(pair.0), baseline: 0,
                fontSize: fontSize, anchor: anchor(index, count: labels.count))
        }
        return zip(boxes, boxes.dropFirst()).allSatisfy { $0.maxX + gap <= $1.minX }
    }
}
