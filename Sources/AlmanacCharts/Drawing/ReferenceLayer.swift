/// Reference lines and bands. Bands lie behind the marks, tinted and edged so they show in light
/// and dark mode; lines run over the marks. Labels are set small inside the plot, at the right
/// end above or below the line (or inside the band) where they cover no mark or figure, so a
/// reference takes no width from the categories.
struct ReferenceLayer {
    /// A label set inside the plot.
    struct Placed {
        let lines: [String]
        let x: Double
        let anchor: Box.Anchor
        /// The baseline of the first line.
        let y: Double
    }

    let references: [ChartReference]
    let canvas: ChartCanvas
    let frame: CartesianFrame

    static let fontSize = 11.0
    static let lineHeight = fontSize * 1.15

    /// Values references need to be visible, for the scale's domain.
    static func domain(of references: [ChartReference]) -> [Double] {
        references.flatMap { [$0.from, $0.to].compactMap { $0 } }
    }

    /// "全国 5%" or "Target range 0%–5%".
    static func text(of reference: ChartReference, format: ValueFormatter) -> String {
        [reference.label, value(of: reference, format: format)].compactMap { $0 }.joined(separator: " ")
    }

    /// The label for the right margin: on one line when it fits, else its words wrapped above
    /// the value, so a number and its unit are never split.
    static func marginLines(of reference: ChartReference, format: ValueFormatter) -> [String] {
        let text = text(of: reference, format: format)
        guard TextMetrics.width(text, fontSize: DirectLabels.fontSize) > DirectLabels.maxWidth, let label = reference.label
        else { return [text] }
        return DirectLabels.lines(label) + [value(of: reference, format: format)]
    }

    /// Where lines and band edges run across the plot, for figures that must keep clear of them.
    var lineYs: [Double] {
        references.flatMap { reference in
            let (top, bottom) = edges(reference)
            return top == bottom ? [top] : [top, bottom]
        }
    }

    /// Bands, drawn before the marks so columns and lines stay on top.
    func drawBands(into writer: inout SVGWriter) {
        let bands = references.filter { $0.from != nil }
        guard !bands.isEmpty else { return }
        let n = SVGWriter.number
        writer.open("g", [("class", "chart-bands")])
        for band in bands {
            let (top, bottom) = edges(band)
            writer.element("rect", [("x", n(frame.left)), ("y", n(top)), ("width", n(frame.plotWidth)),
                                    ("height", n(max(bottom - top, 1))), ("fill", "currentColor"), ("fill-opacity", "0.14")],
                           tooltip: Self.text(of: band, format: canvas.format))
            // Edges keep a thin band visible where a tint alone would fade into the background.
            for y in [top, bottom] {
                writer.element("line", [("x1", n(frame.left)), ("y1", n(y)), ("x2", n(frame.right)), ("y2", n(y)),
                                        ("stroke", "currentColor"), ("stroke-opacity", "0.5"), ("stroke-dasharray", "2 2")])
            }
        }
        writer.close("g")
    }

    /// Lines, drawn over the marks.
    func drawLines(into writer: inout SVGWriter) {
        let lines = references.filter { $0.from == nil }
        guard !lines.isEmpty else { return }
        let n = SVGWriter.number
        writer.open("g", [("class", "chart-reference")])
        for line in lines {
            let y = n(frame.scale.position(line.to))
            writer.element("line", [("x1", n(frame.left)), ("y1", y), ("x2", n(frame.right)), ("y2", y),
                                    ("stroke", "currentColor"), ("stroke-width", "1.25"), ("stroke-dasharray", "5 3")],
                           tooltip: Self.text(of: line, format: canvas.format))
        }
        writer.close("g")
    }

    /// Each label inside the plot, clear of `obstacles`, of the other references and of each
    /// other; nil when some label finds no free place.
    func placeLabels(avoiding obstacles: Obstacles) -> [Placed]? {
        var placed: [Placed] = []
        var taken = obstacles
        for (index, reference) in references.enumerated() {
            var blocked = taken
            blocked.segments += guides(except: index)
            let spots = layouts(reference).flatMap { candidates(reference, lines: $0) }
            guard let spot = spots.first(where: { !blocked.hit(box($0)) && inside(box($0)) }) else { return nil }
            placed.append(spot)
            taken.boxes.append(box(spot).padded(2))
        }
        return placed
    }

    func drawLabels(_ placed: [Placed], into writer: inout SVGWriter) {
        guard !placed.isEmpty else { return }
        writer.open("g", [("class", "chart-reference-labels"), ("font-size", SVGWriter.number(Self.fontSize))])
        for label in placed {
            let anchor: SVGWriter.Attributes = switch label.anchor {
            case .start: []
            case .middle: [("text-anchor", "middle")]
            case .end: [("text-anchor", "end")]
            }
            writer.text(label.lines, x: label.x, y: label.y, lineHeight: Self.lineHeight, anchor)
        }
        writer.close("g")
    }
}

private extension ReferenceLayer {
    static func value(of reference: ChartReference, format: ValueFormatter) -> String {
        let from = reference.from.map { format.string($0, decimals: reference.decimals) + "–" } ?? ""
        return from + format.string(reference.to, decimals: reference.decimals)
    }

    /// The ways to set a label, best first: on one line when it is not too wide, then its words
    /// wrapped above the value, which is kept whole, so a narrower label can find a free place.
    func layouts(_ reference: ChartReference) -> [[String]] {
        let text = Self.text(of: reference, format: canvas.format)
        guard let label = reference.label else { return [[text]] }
        let value = Self.value(of: reference, format: canvas.format)
        let wrapped = TextMetrics.balancedWrap(label, maxWidth: max(frame.plotWidth * 0.3, 60), fontSize: Self.fontSize,
                                               maxLines: 3) + [value]
        let oneLine = TextMetrics.width(text, fontSize: Self.fontSize) <= frame.plotWidth * 0.6
        return oneLine ? [[text], wrapped] : [wrapped]
    }

    /// The upper and lower y of a band.
    func edges(_ band: ChartReference) -> (Double, Double) {
        let a = frame.scale.position(band.to), b = frame.scale.position(band.from ?? band.to)
        return (min(a, b), max(a, b))
    }

    /// Places to try, best first: right end, left end, then across the plot; above a line
    /// before below it; inside a band when it is tall enough, else above or below it.
    func candidates(_ reference: ChartReference, lines: [String]) -> [Placed] {
        let height = Double(lines.count - 1) * Self.lineHeight + Self.fontSize
        let (top, bottom) = edges(reference)
        var baselines = [top - 3 - height + Self.fontSize * 0.8, bottom + 3 + Self.fontSize * 0.8]
        if bottom - top >= height + 4 { baselines.insert((top + bottom - height) / 2 + Self.fontSize * 0.8, at: 0) }
        let across = (1...5).map { (frame.left + frame.plotWidth * Double($0) / 6, Box.Anchor.middle) }
        let ends: [(Double, Box.Anchor)] = [(frame.right - 3, .end), (frame.left + 3, .start)] + across
        return ends.flatMap { x, anchor in baselines.map { Placed(lines: lines, x: x, anchor: anchor, y: $0) } }
    }

    func box(_ label: Placed) -> Box {
        let width = label.lines.map { TextMetrics.width($0, fontSize: Self.fontSize) }.max() ?? 0
        let first = Box(text: width, x: label.x, baseline: label.y, fontSize: Self.fontSize, anchor: label.anchor)
        return Box(minX: first.minX, minY: first.minY, maxX: first.maxX,
                   maxY: first.maxY + Double(label.lines.count - 1) * Self.lineHeight)
    }

    /// Within the plot, allowing a little room above it where the gridline labels end.
    func inside(_ box: Box) -> Bool {
        box.minY >= frame.top - 8 && box.maxY <= frame.bottom - 1 && box.minX >= frame.left && box.maxX <= frame.right
    }

    /// The lines and band edges of every other reference, which a label must not sit on.
    func guides(except index: Int) -> [(Double, Double, Double, Double)] {
        references.enumerated().filter { $0.offset != index }.flatMap { _, reference in
            let (top, bottom) = edges(reference)
            return Set([top, bottom]).map { (frame.left, $0, frame.right, $0) }
        }
    }
}
