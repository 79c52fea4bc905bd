/// One key figure in large type, with its period, the change against the previous edition
/// (arrow and sign, never colour alone) and, for indicators, a small history line.
struct KPIDrawer {
    let canvas: ChartCanvas

    static let height = 106.0
    static let valueFontSize = 40.0

    func draw() -> Drawing {
        let measure = canvas.chart.measure
        var writer = SVGWriter()
        let period = measure.period.map { period in measure.value.map { canvas.periodPhrase($0, period: period) } ?? period }
        let heading = [measure.label, period].compactMap { $0 }.joined(separator: " · ")
        let headingLines = TextMetrics.wrap(heading, maxWidth: ChartCanvas.width, fontSize: 13, maxLines: 1)
        writer.text(headingLines, x: 0, y: 16, [("font-size", "13"), ("fill-opacity", "0.8")])
        // The history line sits right of the big number, between the heading and the change line.
        if let value = measure.value { drawValue(value, width: hasHistory ? 260 : ChartCanvas.width, into: &writer) }
        if hasHistory {
            writer.open("g", [("transform", "translate(276 30)")])
            writer.append(SparklineDrawer(canvas: canvas).path(width: 124, height: 56, inset: 4))
            writer.close("g")
        }
        let change = changeLine().map { TextMetrics.wrap($0, maxWidth: ChartCanvas.width, fontSize: 13, maxLines: 2) } ?? []
        if !change.isEmpty { writer.text(change, x: 0, y: 100, lineHeight: 16, [("font-size", "13")]) }
        return Drawing(height: Self.height + 16 * Double(max(change.count - 1, 0)), body: writer)
    }
}

private extension KPIDrawer {
    var hasHistory: Bool {
        (canvas.chart.table.series.first?.values.compactMap { $0 }.count ?? 0) >= 3
    }

    func drawValue(_ value: ChartValue, width: Double, into writer: inout SVGWriter) {
        let parts = canvas.format.parts(value.value, decimals: value.decimals)
        let unitSize = Self.valueFontSize * 0.45
        let needed = TextMetrics.width(parts.number, fontSize: Self.valueFontSize)
            + TextMetrics.width(parts.unit, fontSize: unitSize) + 4
        let shrink = min(1, width / needed)
        let number = Markup.escape(parts.number)
        let unit = Markup.escape(parts.unit)
        let size = SVGWriter.number(Self.valueFontSize * shrink)
        let unitText = unit.isEmpty ? "" : "<tspan font-size=\"\(SVGWriter.number(unitSize * shrink))\" dx=\"3\">\(unit)</tspan>"
        writer.raw("<text x=\"0\" y=\"68\" font-size=\"\(size)\" font-weight=\"bold\">\(number)\(unitText)</text>")
    }

    /// "▲ +0.3个百分点，较2023年（5.2%）" or "▼ -1.2 pp vs 2023 (5.2%)".
    func changeLine() -> String? {
        let measure = canvas.chart.measure
        guard let value = measure.value, let previous = measure.previous else { return nil }
        let delta = value.value - previous.value
        let zh = canvas.isChinese
        let arrow = delta > 0 ? "▲" : (delta < 0 ? "▼" : "●")
        let amount = delta == 0 ? canvas.strings.unchanged : canvas.change(from: previous, to: value)
        let previousText = canvas.qualified(canvas.format.string(previous), previous.qualifier)
        let when = canvas.periodPhrase(previous, period: measure.previousPeriod ?? canvas.strings.previous)
        let relative = relativeChange(delta, previous: previous.value).map { zh ? "（\($0)）" : " (\($0))" } ?? ""
        if zh { return "\(arrow) \(amount)\(relative)，较\(when)（\(previousText)）" }
        return "\(arrow) \(amount)\(relative) vs \(when) (\(previousText))"
    }

    /// The change in percent, for amounts (not for values that are percentages already).
    func relativeChange(_ delta: Double, previous: Double) -> String? {
        guard !canvas.format.isPercent, !canvas.format.unit.contains("%"), previous != 0, delta != 0 else { return nil }
        let percent = delta / abs(previous) * 100
        return (percent > 0 ? "+" : "") + NumberFormatting.trimmed(percent, decimals: 1) + "%"
    }
}
