/// A row (or rows) of keys above a chart: series swatches and the marks for estimates and targets.
///
/// Keys follow the drawing order of the marks, so position and text identify a series even
/// where colours cannot be told apart.
struct Legend {
    enum Swatch {
        case fill(Int)
        case hatch(Int)
        case line(Int, dashed: Bool)
        case target
    }

    struct Item {
        let swatch: Swatch
        let label: String
    }

    let items: [Item]
    static let rowHeight = 18.0
    static let swatchSize = 11.0

    /// Height taken when the keys flow across `width`; zero without items.
    func height(width: Double) -> Double {
        Double(positions(width: width).map(\.row).max().map { $0 + 1 } ?? 0) * Self.rowHeight
    }

    func draw(into writer: inout SVGWriter, canvas: ChartCanvas, top: Double, width: Double) {
        guard !items.isEmpty else { return }
        writer.open("g", [("class", "chart-legend"), ("font-size", SVGWriter.number(ChartCanvas.smallFontSize))])
        for (item, position) in zip(items, positions(width: width)) {
            let y = top + Double(position.row) * Self.rowHeight
            drawSwatch(item.swatch, x: position.x, y: y + 3, canvas: canvas, into: &writer)
            writer.text(item.label, x: position.x + Self.swatchSize + 4, y: y + 12)
        }
        writer.close("g")
    }
}

private extension Legend {
    func positions(width: Double) -> [(x: Double, row: Int)] {
        var x = 0.0, row = 0
        return items.map { item in
            let itemWidth = Self.swatchSize + 4 + TextMetrics.width(item.label, fontSize: ChartCanvas.smallFontSize)
            if x > 0, x + itemWidth > width { x = 0; row += 1 }
            defer { x += itemWidth + 14 }
            return (x, row)
        }
    }

    func drawSwatch(_ swatch: Swatch, x: Double, y: Double, canvas: ChartCanvas, into writer: inout SVGWriter) {
        let size = Self.swatchSize, n = SVGWriter.number
        switch swatch {
        case let .fill(index):
            writer.element("rect", [("x", n(x)), ("y", n(y)), ("width", n(size)), ("height", n(size)),
                                    ("style", Palette.fill(index))])
        case let .hatch(index):
            writer.element("rect", [("x", n(x + 0.5)), ("y", n(y + 0.5)), ("width", n(size - 1)),
                                    ("height", n(size - 1)), ("fill", "url(#\(canvas.hatchID(index)))"),
                                    ("style", Palette.stroke(index)), ("stroke-dasharray", "2 1.5")])
        case let .line(index, dashed):
            var attributes: SVGWriter.Attributes = [("x1", n(x)), ("y1", n(y + size / 2)), ("x2", n(x + size)),
                                                    ("y2", n(y + size / 2)), ("style", Palette.stroke(index)),
                                                    ("stroke-width", "2")]
            if dashed { attributes.append(("stroke-dasharray", "3 2")) }
            writer.element("line", attributes)
        case .target:
            writer.element("line", [("x1", n(x)), ("y1", n(y + size / 2)), ("x2", n(x + size)),
                                    ("y2", n(y + size / 2)), ("stroke", "currentColor"), ("stroke-width", "2.5")])
        }
    }
}
