import AlmanacCore
/// Wraps a drawing in the HTML readers and assistive technology see: `<figure>` with the title
/// in `<figcaption>`, the accessible SVG, source and notes, the data table and a download link.
struct FigureWriter {
    let canvas: ChartCanvas
    let context: ChartContext

    func write(_ drawing: Drawing, description: String) -> String {
        let spec = canvas.chart.spec
        var parts = ["<figure class=\"chart chart-\(spec.type.rawValue)\" id=\"\(canvas.id)\">"]
        parts += caption()
        parts.append(svg(drawing, description: description))
        parts += footer()
        if spec.type != .sparkline { parts.append(DataTableWriter(canvas: canvas).write()) }
        parts.append("</figure>")
        return parts.joined(separator: "\n")
    }
}

private extension FigureWriter {
    var titleText: String { canvas.chart.spec.title ?? canvas.chart.subject }

    func caption() -> [String] {
        let spec = canvas.chart.spec
        guard spec.title != nil || spec.subtitle != nil else { return [] }
        var lines = ["<figcaption>"]
        if let title = spec.title { lines.append("<span class=\"chart-title\">\(HTMLEscaping.escape(title))</span>") }
        if let subtitle = spec.subtitle {
            lines.append("<span class=\"chart-subtitle\">\(HTMLEscaping.escape(subtitle))</span>")
        }
        lines.append("</figcaption>")
        return lines
    }

    func svg(_ drawing: Drawing, description: String) -> String {
        let size = "0 0 \(SVGWriter.number(drawing.width)) \(SVGWriter.number(drawing.height))"
        let sizing = canvas.chart.type == .sparkline
            ? "style=\"width:7em;height:\(SVGWriter.number(7 * drawing.height / drawing.width))em;vertical-align:middle\""
            : "width=\"100%\""
        var lines = [
            "<svg class=\"chart-svg\" viewBox=\"\(size)\" \(sizing) role=\"img\" "
                + "aria-labelledby=\"\(canvas.id)-title\" aria-describedby=\"\(canvas.id)-desc\" "
                + "fill=\"currentColor\" font-size=\"\(SVGWriter.number(ChartCanvas.fontSize))\">",
            "<title id=\"\(canvas.id)-title\">\(HTMLEscaping.escape(titleText))</title>",
            "<desc id=\"\(canvas.id)-desc\">\(HTMLEscaping.escape(description))</desc>",
        ]
        if !drawing.defs.isEmpty { lines += ["<defs>"] + drawing.defs + ["</defs>"] }
        if !drawing.body.isEmpty { lines.append(drawing.body.markup) }
        lines.append("</svg>")
        return lines.joined(separator: "\n")
    }

    func footer() -> [String] {
        let spec = canvas.chart.spec
        let strings = canvas.strings
        let colon = canvas.writesHan ? "：" : ": "
        var lines: [String] = []
        if let source = spec.source {
            lines.append("<p class=\"chart-source\">\(HTMLEscaping.escape(strings.source + colon + source))</p>")
        }
        for note in spec.notes {
            lines.append("<p class=\"chart-note\">\(HTMLEscaping.escape(strings.note + colon + note))</p>")
        }
        if let files = context.files {
            lines.append(downloads(files))
        } else if let url = context.dataURL {
            lines.append("<p class=\"chart-download\"><a href=\"\(HTMLEscaping.escape(url))\" download=\"\">"
                         + "\(HTMLEscaping.escape(strings.getData))</a></p>")
        }
        return lines
    }

    /// "Download: Chart (SVG) · Data (CSV) · Embed".
    func downloads(_ files: ChartFiles) -> String {
        let strings = canvas.strings
        let links = [
            "<a href=\"\(HTMLEscaping.escape(files.svg))\" download=\"\">\(HTMLEscaping.escape(strings.svgFile))</a>",
            "<a href=\"\(HTMLEscaping.escape(files.csv))\" download=\"\">\(HTMLEscaping.escape(strings.csvFile))</a>",
            "<a href=\"\(HTMLEscaping.escape(files.embed))\">\(HTMLEscaping.escape(strings.embed))</a>",
        ]
        let colon = canvas.writesHan ? "：" : ": "
        return "<p class=\"chart-download\">\(HTMLEscaping.escape(strings.downloads + colon))\(links.joined(separator: " · "))</p>"
    }
}
