import AlmanacCore
/// One key figure in large type, with its period, the change against the previous edition
/// (arrow and sign, never colour alone) and, for indicators, a small history line.
struct KPIDrawer {
    let canvas: ChartCanvas

    /// The viewBox width. A key figure sits in a small tile (the site's stylesheet gives it at
    /// most 22rem), so text sized against 300 units reads large there: at 350 px the number
    /// is about 47 px and the 13-unit lines about 15 px.
    static let width = 300.0
    static let valueFontSize = 40.0
    static let textSize = 13.0
    static let lineHeight = 16.0
    static let historyWidth = 84.0

    func draw() -> Drawing {
        let measure = canvas.chart.measure
        var writer = SVGWriter()
        let text: SVGWriter.Attributes = [("font-size", SVGWriter.number(Self.textSize))]
        let heading = headingLines()
        writer.text(heading, x: 0, y: 14, lineHeight: Self.lineHeight, text + [("fill-opacity", "0.8")])
        let baseline = 14 + Double(heading.count) * Self.lineHeight + 32
        // The history line sits right of the big number, between the heading and the change line.
        if let value = measure.value {
            drawValue(value, width: hasHistory ? Self.width - Self.historyWidth - 12 : Self.width, baseline: baseline,
                      into: &writer)
        }
        if hasHistory {
            let n = SVGWriter.number
            writer.open("g", [("transform", "translate(\(n(Self.width - Self.historyWidth)) \(n(baseline - 38)))")])
            writer.append(SparklineDrawer(canvas: canvas).path(width: Self.historyWidth, height: 44, inset: 4))
            writer.close("g")
        }
        let change = changeLine().map { TextMetrics.wrap($0, widths: [Self.width], fontSize: Self.textSize, maxLines: 3) } ?? []
        writer.text(change, x: 0, y: baseline + 24, lineHeight: Self.lineHeight, text)
        let bottom = change.isEmpty ? baseline + 10 : baseline + 24 + Double(change.count - 1) * Self.lineHeight + 6
        return Drawing(width: Self.width, height: bottom, body: writer)
    }
}

private extension KPIDrawer {
    var hasHistory: Bool {
        (canvas.chart.table.series.first?.values.compactMap { $0 }.count ?? 0) >= 3
    }

    /// "地区生产总值 · 2024年", on up to three lines; the period says when the value is an estimate.
    func headingLines() -> [String] {
        let measure = canvas.chart.measure
        let period = measure.period.map { period in measure.value.map { canvas.periodPhrase($0, period: period) } ?? period }
        let heading = [measure.label, period].compactMap { $0 }.joined(separator: " · ")
        guard !heading.isEmpty else { return [] }
        return TextMetrics.wrap(heading, widths: [Self.width], fontSize: Self.textSize, maxLines: 3)
    }

    /// The number in large type; its unit and any qualifier ("超", "about") in smaller type
    /// around it, where the language puts them. Shrinks to fit `width`.
    func drawValue(_ value: ChartValue, width: Double, baseline: Double, into writer: inout SVGWriter) {
        let parts = canvas.format.parts(value.value, decimals: value.decimals)
        let (before, after) = qualifierWords(value.qualifier)
        let small = Self.valueFontSize * 0.45
        let gap = canvas.format.unitAttachesDirectly(parts.unit) ? 1.0 : small * 0.3
        let needed = TextMetrics.width(parts.number, fontSize: Self.valueFontSize)
            + TextMetrics.width(before + parts.unit + after, fontSize: small) + gap + (before.isEmpty ? 0 : small * 0.3)
        let shrink = min(1, width / needed)
        let smallSize = SVGWriter.number(small * shrink)
        var spans = ""
        if !before.isEmpty { spans += "<tspan font-size=\"\(smallSize)\">\(HTMLEscaping.escape(before))</tspan>" }
        let numberShift = before.isEmpty ? "" : " dx=\"\(SVGWriter.number(small * 0.3 * shrink))\""
        spans += "<tspan\(numberShift)>\(HTMLEscaping.escape(parts.number))</tspan>"
        let tail = parts.unit + after
        if !tail.isEmpty {
            spans += "<tspan font-size=\"\(smallSize)\" dx=\"\(SVGWriter.number(gap * shrink))\">\(HTMLEscaping.escape(tail))</tspan>"
        }
        writer.raw("<text x=\"0\" y=\"\(SVGWriter.number(baseline))\" font-size=\"\(SVGWriter.number(Self.valueFontSize * shrink))\" "
                   + "font-weight=\"bold\">\(spans)</text>")
    }

    /// The words a qualifier puts before and after the figure: ("超", ""), ("", "左右"), ("about ", "").
    func qualifierWords(_ qualifier: FigureQualifier?) -> (String, String) {
        guard let qualifier, let pattern = canvas.strings.figures.qualifiers[qualifier],
              let slot = pattern.firstRange(of: "{}") else { return ("", "") }
        let trim = { (text: Substring) in String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
        let after = trim(pattern[slot.upperBound...])
        return (trim(pattern[..<slot.lowerBound]), after.isEmpty ? "" : (after.first == "(" ? " " : "") + after)
    }

    /// "▲ +0.3个百分点，较2023年（5.2%）" or "▼ -1.2 pp vs 2023 (5.2%)".
    func changeLine() -> String? {
        let measure = canvas.chart.measure
        // A change from or to a bound or a band (over, about, in the top 10) would claim more than the source.
        guard let value = measure.value, let previous = measure.previous, !value.isBound, !previous.isBound else { return nil }
        let delta = value.value - previous.value
        let zh = canvas.writesHan
        let arrow = delta > 0 ? "▲" : (delta < 0 ? "▼" : "●")
        let amount = delta == 0 ? canvas.strings.figures.unchanged : canvas.change(from: previous, to: value)
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
        guard percent.isFinite else { return nil }
        return (percent > 0 ? "+" : "") + NumberFormatting.trimmed(percent, decimals: 1) + "%"
    }
}
