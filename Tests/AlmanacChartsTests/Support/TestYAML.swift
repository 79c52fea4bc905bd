import AlmanacCore

/// A small reader for the YAML subset chart specs use (block mappings and lists, flow
/// `{…}` and `[…]`, quotes, comments), so tests can write specs as authors do and get
/// `DataNode`s with real line and column numbers, without a YAML library in this target.
enum TestYAML {
    /// Parses `text` as the body of a chart fence whose first line is line `line` of `path`.
    static func parse(_ text: String, path: String = "Content/2025/q3.zh.md", line: Int = 10) -> DataNode {
        var parser = BlockParser(path: path, firstLine: line, text: text)
        return parser.parseDocument()
    }
}

private struct Line {
    let number: Int
    let indent: Int
    var scalars: [Unicode.Scalar]
    var content: String { String(String.UnicodeScalarView(scalars[indent...])) }
}

private struct BlockParser {
    let path: String
    var lines: [Line]
    var index = 0

    init(path: String, firstLine: Int, text: String) {
        self.path = path
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, raw in
            let scalars = Array(raw.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            let rest = String(String.UnicodeScalarView(scalars[indent...]))
            if rest.isEmpty || rest.hasPrefix("#") { return nil }
            return Line(number: firstLine + offset, indent: indent, scalars: scalars)
        }
    }

    mutating func parseDocument() -> DataNode {
        guard index < lines.count else { return .scalar("", quoted: false, at: SourceLocation(path: path)) }
        return parseBlock(indent: lines[index].indent)
    }

    func location(_ line: Line, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line.number, column: column + 1)
    }

    mutating func parseBlock(indent: Int) -> DataNode {
        lines[index].content.hasPrefix("- ") || lines[index].content == "-" ? parseSequence(indent: indent) : parseMapping(indent: indent)
    }

    mutating func parseSequence(indent: Int) -> DataNode {
        let start = location(lines[index], indent)
        var items: [DataNode] = []
        while index < lines.count, lines[index].indent == indent, lines[index].content.hasPrefix("-") {
            let line = lines[index]
            let rest = String(line.content.dropFirst(2))
            if rest.isEmpty {
                index += 1
                items.append(parseBlock(indent: lines[index].indent))
            } else if !rest.hasPrefix("{") && !rest.hasPrefix("[") && splitKey(rest) != nil {
                // "- key: value" starts a mapping indented past the dash.
                lines[index].scalars[indent] = " "
                lines[index] = Line(number: line.number, indent: indent + 2, scalars: lines[index].scalars)
                items.append(parseMapping(indent: indent + 2))
            } else {
                index += 1
                var flow = FlowParser(path: path, line: line.number, scalars: line.scalars, position: indent + 2)
                items.append(flow.value())
            }
        }
        return .sequence(items, at: start)
    }

    mutating func parseMapping(indent: Int) -> DataNode {
        let start = location(lines[index], indent)
        var entries: [DataNode.Entry] = []
        while index < lines.count, lines[index].indent == indent, !lines[index].content.hasPrefix("- ") {
            let line = lines[index]
            guard let (key, valueStart) = splitKey(line.content) else { index += 1; continue }
            let keyLocation = location(line, indent)
            index += 1
            let value: DataNode
            if valueStart < line.content.unicodeScalars.count, !line.content.unicodeScalars.dropFirst(valueStart).allSatisfy({ $0 == " " }) {
                var flow = FlowParser(path: path, line: line.number, scalars: line.scalars, position: indent + valueStart)
                value = flow.value()
            } else if index < lines.count, lines[index].indent > indent || (lines[index].indent == indent && lines[index].content.hasPrefix("- ")) {
                value = parseBlock(indent: lines[index].indent)
            } else {
                value = .scalar("", quoted: false, at: SourceLocation(path: path, line: line.number, column: indent + valueStart + 1))
            }
            entries.append(DataNode.Entry(key: key, keyLocation: keyLocation, value: value))
        }
        return .mapping(entries, at: start)
    }

    /// The key of `key: value` and where the value starts (after ": "), or nil.
    func splitKey(_ content: String) -> (String, Int)? {
        let scalars = Array(content.unicodeScalars)
        var quote: Unicode.Scalar?
        for (offset, scalar) in scalars.enumerated() {
            if let open = quote { if scalar == open { quote = nil }; continue }
            if scalar == "\"" || scalar == "'" { quote = scalar; continue }
            if scalar == ":", offset + 1 == scalars.count || scalars[offset + 1] == " " {
                var key = String(String.UnicodeScalarView(scalars[..<offset]))
                if key.hasPrefix("\"") || key.hasPrefix("'") { key = String(key.dropFirst().dropLast()) }
                var valueStart = offset + 1
                while valueStart < scalars.count, scalars[valueStart] == " " { valueStart += 1 }
                return (key, valueStart)
            }
        }
        return nil
    }
}
