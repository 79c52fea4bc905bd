/// Shares of a whole as a ring, starting at twelve o'clock and running clockwise in the order
/// given, with a key beside it that names each share and gives its value.
struct DonutDrawer {
    let canvas: ChartCanvas

    static let radius = 74.0
    static let innerRadius = 46.0
    static let keyLeft = 168.0

    func draw() -> Drawing {
        let slices = self.slices()
        let rows = slices.map {
            TextMetrics.balancedWrap($0.label, maxWidth: keyTextWidth(slices), fontSize: ChartCanvas.fontSize, maxLines: 3)
        }
        let keyHeight = rows.reduce(0) { $0 + Double($1.count) * 15 + 8 }
        let height = max(Self.radius * 2 + 12, keyHeight + 8)
        var writer = SVGWriter()
        drawRing(slices, centerY: height / 2, into: &writer)
        drawKey(slices, rows: rows, top: (height - keyHeight) / 2, into: &writer)
        return Drawing(height: height, body: writer)
    }
}

private extension DonutDrawer {
    struct Slice {
        let label: String
        let value: ChartValue
        /// Palette index; nil for the neutral "other" slice.
        let color: Int?
    }

    func slices() -> [Slice] {
        let table = canvas.chart.table
        var slices = zip(table.labels, table.series[0].values).enumerated().compactMap { index, pair in
            pair.1.map { Slice(label: pair.0, value: $0, color: index) }
        }
        if let rest = DonutShares.remainder(of: table) {
            slices.append(Slice(label: canvas.strings.other, value: ChartValue(rest), color: nil))
        }
        return slices
    }

    func paint(_ slice: Slice) -> String {
        slice.color.map(Palette.fill) ?? "fill:\(Palette.other)"
    }

    func keyTextWidth(_ slices: [Slice]) -> Double {
        let values = slices.map { TextMetrics.width(canvas.format.string($0.value), fontSize: ChartCanvas.fontSize) }
        return ChartCanvas.width - Self.keyLeft - 18 - (values.max() ?? 0) - 10
    }

    func drawRing(_ slices: [Slice], centerY: Double, into writer: inout SVGWriter) {
        let total = max(slices.reduce(0) { $0 + $1.value.value }, 100)
        var start = 0.0
        writer.open("g", [("class", "chart-marks")])
        for slice in slices where slice.value.value > 0 {
            let sweep = slice.value.value / total * 2 * Math.pi
            let gap = slices.count > 1 ? min(0.012, sweep / 4) : 0
            let d = RingArc(center: (Self.radius + 4, centerY), outer: Self.radius, inner: Self.innerRadius)
                .path(from: start + gap, to: start + sweep - gap)
            writer.element("path", [("d", d), ("style", paint(slice))],
                           tooltip: canvas.tooltip(label: slice.label, series: "", value: slice.value))
            start += sweep
        }
        writer.close("g")
    }

    func drawKey(_ slices: [Slice], rows: [[String]], top: Double, into writer: inout SVGWriter) {
        let n = SVGWriter.number
        var y = top
        writer.open("g", [("class", "chart-legend")])
        for (slice, lines) in zip(slices, rows) {
            writer.element("rect", [("x", n(Self.keyLeft)), ("y", n(y + 2)), ("width", "12"), ("height", "12"),
                                    ("style", paint(slice))])
            writer.text(lines, x: Self.keyLeft + 18, y: y + 12, lineHeight: 15)
            writer.text(canvas.format.string(slice.value), x: ChartCanvas.width, y: y + 12,
                        [("text-anchor", "end"), ("font-weight", "bold")])
            y += Double(lines.count) * 15 + 8
        }
        writer.close("g")
    }
}

/// The outline of one ring segment between two angles, measured clockwise from twelve o'clock.
struct RingArc {
    let center: (Double, Double)
    let outer: Double
    let inner: Double

    func path(from start: Double, to end: Double) -> String {
        // A full circle cannot be one arc: its start and end coincide, so draw two halves.
        if end - start >= 2 * Math.pi - 1e-9 {
            return path(from: start, to: start + Math.pi) + " " + path(from: start + Math.pi, to: end - 1e-6)
        }
        let large = end - start > Math.pi ? 1 : 0
        let n = SVGWriter.number
        let (ox0, oy0) = point(start, outer), (ox1, oy1) = point(end, outer)
        let (ix1, iy1) = point(end, inner), (ix0, iy0) = point(start, inner)
        return "M\(n(ox0)) \(n(oy0)) A\(n(outer)) \(n(outer)) 0 \(large) 1 \(n(ox1)) \(n(oy1)) "
            + "L\(n(ix1)) \(n(iy1)) A\(n(inner)) \(n(inner)) 0 \(large) 0 \(n(ix0)) \(n(iy0)) Z"
    }

    private func point(_ angle: Double, _ radius: Double) -> (Double, Double) {
        (center.0 + radius * Math.sin(angle), center.1 - radius * Math.cos(angle))
    }
}
