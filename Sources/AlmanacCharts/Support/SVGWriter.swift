import AlmanacCore
/// Builds SVG markup one element per line, escaping every attribute value and text.
///
/// No indentation and no blank lines: the markup may end up inside a Markdown HTML block,
/// where a blank line would end the block and indentation would start a code block.
struct SVGWriter {
    typealias Attributes = [(String, String)]

    /// The lines written so far, joined by newlines. Appended to in place: a chart has hundreds
    /// of elements and a large site thousands of charts.
    private(set) var markup = ""
    private(set) var isEmpty = true

    mutating func open(_ name: String, _ attributes: Attributes = []) {
        startLine()
        markup += "<" + name
        write(attributes)
        markup += ">"
    }

    mutating func close(_ name: String) {
        startLine()
        markup += "</" + name + ">"
    }

    /// An empty element, or one holding a native tooltip when `tooltip` is given.
    mutating func element(_ name: String, _ attributes: Attributes, tooltip: String? = nil) {
        startLine()
        markup += "<" + name
        write(attributes)
        if let tooltip {
            markup += "><title>" + HTMLEscaping.escape(tooltip) + "</title></" + name + ">"
        } else {
            markup += "/>"
        }
    }

    /// A text element; several lines become `tspan`s one line height apart.
    mutating func text(_ lines: [String], x: Double, y: Double, lineHeight: Double = 0, _ attributes: Attributes = []) {
        startLine()
        markup += "<text"
        write([("x", Self.number(x)), ("y", Self.number(y))])
        write(attributes)
        markup += ">"
        if lines.count > 1 {
            for (index, line) in lines.enumerated() {
                let dy = index == 0 ? "0" : Self.number(lineHeight)
                markup += "<tspan x=\"" + Self.number(x) + "\" dy=\"" + dy + "\">" + HTMLEscaping.escape(line) + "</tspan>"
            }
        } else {
            markup += HTMLEscaping.escape(lines.first ?? "")
        }
        markup += "</text>"
    }

    mutating func text(_ line: String, x: Double, y: Double, _ attributes: Attributes = []) {
        text([line], x: x, y: y, attributes)
    }

    /// Markup built by the caller, whose text must already be escaped.
    mutating func raw(_ line: String) {
        startLine()
        markup += line
    }

    mutating func append(_ other: SVGWriter) {
        guard !other.isEmpty else { return }
        startLine()
        markup += other.markup
    }

    /// A coordinate with at most two decimals.
    static func number(_ value: Double) -> String {
        NumberFormatting.coordinate(value)
    }

    private mutating func startLine() {
        if isEmpty { isEmpty = false } else { markup += "\n" }
    }

    private mutating func write(_ attributes: Attributes) {
        for (name, value) in attributes {
            markup += " " + name + "=\"" + HTMLEscaping.escape(value) + "\""
        }
    }
}
