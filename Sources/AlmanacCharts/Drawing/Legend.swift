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

    static let lineHeight = 14.0

    /// Height taken when the keys flow across `width`; zero without items.
    func height(width: Double) -> Double {
        let positions = positions(width: width)
        guard let lastRow = positions.last?.y else { return 0 }
        let lines = positions.filter { $0.y == lastRow }.map(\.lines.count).max() ?? 1
        return lastRow + Self.rowHeight + Double(lines - 1) * Self.lineHeight
    }

    func draw(into writer: inout SVGWriter, canvas: ChartCanvas, top: Double, width: Double) {
        guard !items.isEmpty else { return }
        writer.open("g", [("class", "chart-legend"), ("font-size", SVGWriter.number(ChartCanvas.smallFontSize))])
        for (item, position) in zip(items, positions(width: width)) {
            let y = top + position.y
            drawSwatch(item.swatch, x: position.x, y: y + 3, canvas: canvas, into: &writer)
            writer.text(position.lines, x: position.x + Self.swatchSize + 4, y: y + 12, lineHeight: Self.lineHeight)
        }
        writer.close("g")
    }
}

private extension Legend {
    /// Keys flow left to right in rows; a name wider than the whole row wraps under itself.
    func positions(width: Double) -> [(x: Double, y: Double, lines: [String])] {
        let size = ChartCanvas.smallFontSize
        let room = width - Self.swatchSize - 4
        var x = 0.0, y = 0.0, rowLines = 1
        return items.map { item in
            let lines = TextMetrics.width(item.label, fontSize: size) <= room ? [item.label]
                : TextMetrics.balancedWrap(item.label, maxWidth: room, fontSize: size, maxLines: 3)
            let itemWidth = Self.swatchSize + 4 + (lines.map { TextMetrics.width($0, fontSize: size) }.max() ?? 0)
            if x > 0, x + itemWidth > width {
                x = 0
                y += Self.rowHeight + Double(rowLines - 1) * Self.lineHeight
                rowLines = 1
            }
            defer { x += itemWidth + 14 }
            rowLines = max(rowLines, lines.count)
            return (x, y, lines)
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
