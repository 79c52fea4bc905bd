import AlmanacCore
/// Builds SVG markup one element per line, escaping every attribute value and text.
///
/// No indentation and no blank lines: the markup may end up inside a Markdown HTML block,
/// where a blank line would end the block and indentation would start a code block.
struct SVGWriter {
    typealias Attributes = [(String, String)]

    private(set) var lines: [String] = []

    var markup: String { lines.joined(separator: "\n") }

    mutating func open(_ name: String, _ attributes: Attributes = []) {
        lines.append("<\(name)\(Self.render(attributes))>")
    }

    mutating func close(_ name: String) {
        lines.append("</\(name)>")
    }

    /// An empty element, or one holding a native tooltip when `tooltip` is given.
    mutating func element(_ name: String, _ attributes: Attributes, tooltip: String? = nil) {
        if let tooltip {
            lines.append("<\(name)\(Self.render(attributes))><title>\(HTMLEscaping.escape(tooltip))</title></\(name)>")
        } else {
            lines.append("<\(name)\(Self.render(attributes))/>")
        }
    }

    /// A text element; several lines become `tspan`s one line height apart.
    mutating func text(_ lines: [String], x: Double, y: Double, lineHeight: Double = 0, _ attributes: Attributes = []) {
        let position: Attributes = [("x", Self.number(x)), ("y", Self.number(y))]
        guard lines.count > 1 else {
            self.lines.append("<text\(Self.render(position + attributes))>\(HTMLEscaping.escape(lines.first ?? ""))</text>")
            return
        }
        let spans = lines.enumerated().map { index, line in
            let dy = index == 0 ? "0" : Self.number(lineHeight)
            return "<tspan x=\"\(Self.number(x))\" dy=\"\(dy)\">\(HTMLEscaping.escape(line))</tspan>"
        }
        self.lines.append("<text\(Self.render(position + attributes))>\(spans.joined())</text>")
    }

    mutating func text(_ line: String, x: Double, y: Double, _ attributes: Attributes = []) {
        text([line], x: x, y: y, attributes)
    }

    /// Markup built by the caller, whose text must already be escaped.
    mutating func raw(_ line: String) {
        lines.append(line)
    }

    mutating func append(_ other: SVGWriter) {
        lines += other.lines
    }

    /// A coordinate with at most two decimals.
    static func number(_ value: Double) -> String {
        NumberFormatting.coordinate(value)
    }

    private static func render(_ attributes: Attributes) -> String {
        attributes.map { " \($0.0)=\"\(HTMLEscaping.escape($0.1))\"" }.joined()
    }
}
