import AlmanacCore
/// The chart as an SVG file that makes sense opened alone, or dropped into a slide or a report:
/// the title above the drawing, the source, the notes and a credit below it, all inside the
/// image. Colours and fonts are fixed here because no page stylesheet comes with the file.
struct StandaloneSVGWriter {
    let canvas: ChartCanvas

    static let padding = 16.0
    static let titleSize = 15.0
    static let footSize = 11.0
    static let textColour = "#1f2328"
    static let mutedColour = "#57606a"
    static let fonts = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', sans-serif"

    func write(_ drawing: Drawing, description: String, credit: String?) -> String {
        let pad = Self.padding
        let textWidth = drawing.width
        var text = SVGWriter()
        var y = pad
        for line in TextMetrics.wrap(title, maxWidth: textWidth, fontSize: Self.titleSize, maxLines: 4) {
            y += Self.titleSize * 1.25
            text.text(line, x: pad, y: y, [("font-size", SVGWriter.number(Self.titleSize)), ("font-weight", "700")])
        }
        if let subtitle = canvas.chart.spec.subtitle {
            for line in TextMetrics.wrap(subtitle, maxWidth: textWidth, fontSize: ChartCanvas.fontSize, maxLines: 4) {
                y += ChartCanvas.fontSize * 1.3
                text.text(line, x: pad, y: y, [("fill", Self.mutedColour)])
            }
        }
        y += pad / 2
        let drawingTop = y
        y += drawing.height + pad / 2
        for line in footLines(credit: credit, width: textWidth) {
            y += Self.footSize * 1.35
            text.text(line, x: pad, y: y, [("font-size", SVGWriter.number(Self.footSize)), ("fill", Self.mutedColour)])
        }
        let width = drawing.width + 2 * pad, height = y + pad
        return document(width: width, height: height, description: description) { lines in
            lines.append(text.markup)
            lines.append("<g transform=\"translate(\(SVGWriter.number(pad)),\(SVGWriter.number(drawingTop)))\">")
            if !drawing.body.isEmpty { lines.append(Self.fixedColours(drawing.body.markup)) }
            lines.append("</g>")
        } defs: { drawing.defs.map(Self.fixedColours) }
    }
}

extension StandaloneSVGWriter {
    /// `var(--chart-1,#3f73d4)` → `#3f73d4`: the page's colour variables mean nothing outside
    /// the page, and not every SVG reader understands them.
    static func fixedColours(_ markup: String) -> String {
        guard markup.contains("var(--") else { return markup }
        var out = ""
        var rest = Substring(markup)
        while let start = rest.firstRange(of: "var(--") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: ")"),
                  let comma = rest[start.upperBound..<end].firstIndex(of: ",") else {
                out += rest[start]
                rest = rest[start.upperBound...]
                continue
            }
            out += rest[rest.index(after: comma)..<end]
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}

private extension StandaloneSVGWriter {
    var title: String { canvas.chart.spec.title ?? canvas.chart.subject }

    /// Source, each note and the credit, wrapped to the drawing's width.
    func footLines(credit: String?, width: Double) -> [String] {
        let colon = canvas.writesHan ? "：" : ": "
        var paragraphs: [String] = []
        if let source = canvas.chart.spec.source { paragraphs.append(canvas.strings.source + colon + source) }
        paragraphs += canvas.chart.spec.notes.map { canvas.strings.note + colon + $0 }
        paragraphs += flagsShown.map { $0.flag + colon + $0.name }
        if let credit { paragraphs += credit.split(separator: "\n").map(String.init) }
        return paragraphs.flatMap { TextMetrics.wrap($0, maxWidth: width, fontSize: Self.footSize, maxLines: 6) }
    }

    /// The status flags the drawing writes after values (`p`), each with its name, since the
    /// page that explains them is not there when the file is opened alone.
    var flagsShown: [(flag: String, name: String)] {
        let words = canvas.strings.figures
        let values = canvas.chart.table.series.flatMap { $0.values + $0.targets }.compactMap { $0 }
        let statuses = Set(values.compactMap(\.status))
        return FigureStatus.allCases.filter { statuses.contains($0) && !words.flag($0).isEmpty }
            .map { (words.flag($0), words.status($0)) }
    }

    func document(width: Double, height: Double, description: String,
                  content: (inout [String]) -> Void, defs: () -> [String]) -> String {
        let size = "\(SVGWriter.number(width)) \(SVGWriter.number(height))"
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"\(canvas.language)\" viewBox=\"0 0 \(size)\" "
                + "width=\"\(SVGWriter.number(width * 1.5))\" height=\"\(SVGWriter.number(height * 1.5))\" "
                + "role=\"img\" aria-labelledby=\"\(canvas.id)-title\" aria-describedby=\"\(canvas.id)-desc\" "
                + "color=\"\(Self.textColour)\" fill=\"currentColor\" font-family=\"\(Self.fonts)\" "
                + "font-size=\"\(SVGWriter.number(ChartCanvas.fontSize))\">",
            "<title id=\"\(canvas.id)-title\">\(HTMLEscaping.escape(title))</title>",
            "<desc id=\"\(canvas.id)-desc\">\(HTMLEscaping.escape(description))</desc>",
        ]
        let definitions = defs()
        if !definitions.isEmpty { lines += ["<defs>"] + definitions + ["</defs>"] }
        lines.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        content(&lines)
        lines.append("</svg>")
        return lines.joined(separator: "\n") + "\n"
    }
}
