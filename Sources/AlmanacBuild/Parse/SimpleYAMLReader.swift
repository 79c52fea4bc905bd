import AlmanacCore

/// Reads the plain YAML that front matter and chart specs are mostly written in without Yams,
/// which costs more than the rest of a small document's parse.
///
/// Accepted: `key: value` lines, where a top-level `key:` may open one indented mapping of such
/// lines; values plain (`2019`, `Port throughput`) or double-quoted without escapes (`"GDP"`),
/// or a one-line flow sequence of those (`["a", "b"]`). For anything else (comments, block
/// sequences, flow mappings, escapes, tabs, duplicate keys …) it returns nil and the caller asks
/// Yams. What it accepts it reads exactly as Yams does, locations included.
struct SimpleYAMLReader {
    var path: String
    var lineOffset: Int

    func read(_ text: String) -> DataNode? {
        var lines: [Line] = []
        var number = 0
        for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            guard let scalars = Self.scalars(raw) else { return nil }
            guard let line = Line(scalars: scalars, number: number) else { continue }
            lines.append(line)
        }
        guard !lines.isEmpty else { return nil }
        var index = 0
        guard let root = mapping(lines, &index, indent: 0), index == lines.count else { return nil }
        return root
    }
}

private extension SimpleYAMLReader {
    /// One line that is not blank: its scalars after the indentation.
    struct Line {
        var indent: Int
        var content: ArraySlice<Unicode.Scalar>
        var number: Int

        init?(scalars: [Unicode.Scalar], number: Int) {
            let indent = scalars.prefix { $0 == " " }.count
            var end = scalars.count
            while end > indent, scalars[end - 1] == " " { end -= 1 }
            guard end > indent else { return nil }
            self.indent = indent
            self.content = scalars[indent..<end]
            self.number = number
        }
    }

    /// The line's scalars; nil when it holds anything this reader leaves to Yams (tabs, carriage
    /// returns, control characters, Unicode line breaks, byte order marks).
    static func scalars(_ bytes: Substring.UTF8View.SubSequence) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        for scalar in String(Substring(bytes)).unicodeScalars {
            switch scalar.value {
            case 0x20..<0x7F: break
            case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return nil
            default: break
            }
            scalars.append(scalar)
        }
        return scalars
    }

    func location(_ line: Line, _ position: Int) -> SourceLocation {
        // Columns count scalars, as libyaml's do.
        SourceLocation(path: path, line: line.number + lineOffset, column: position + 1)
    }

    /// A block mapping whose keys start at column `indent`.
    func mapping(_ lines: [Line], _ index: inout Int, indent: Int) -> DataNode? {
        let first = lines[index]
        guard first.indent == indent else { return nil }
        var entries: [DataNode.Entry] = []
        var keys: Set<String> = []
        while index < lines.count, lines[index].indent == indent {
            let line = lines[index]
            guard let colon = Self.keyEnd(line.content) else { return nil }
            let key = String(String.UnicodeScalarView(line.content[line.content.startIndex..<colon]))
            guard keys.insert(key).inserted else { return nil }
            let keyLocation = location(line, line.indent)
            let rest = line.content[(colon + 1)...].drop { $0 == " " }
            index += 1
            let value: DataNode
            if rest.isEmpty {
                // Only a top-level key opens a nested mapping; an empty value is left to Yams.
                guard indent == 0, index < lines.count, lines[index].indent > 0,
                      let nested = mapping(lines, &index, indent: lines[index].indent) else { return nil }
                value = nested
            } else {
                guard let scalar = self.value(rest, line) else { return nil }
                value = scalar
            }
            entries.append(DataNode.Entry(key: key, keyLocation: keyLocation, value: value))
        }
        return .mapping(entries, at: location(first, first.indent))
    }

    /// The index of the `:` ending a plain key: `key: value` or `key:`.
    static func keyEnd(_ content: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let first = content.first, isKeyStart(first) else { return nil }
        var index = content.startIndex
        while index < content.endIndex {
            let scalar = content[index]
            if scalar == ":" {
                let next = index + 1
                guard next == content.endIndex || content[next] == " " else { return nil }
                guard content[index - 1] != " " else { return nil }
                return index
            }
            guard isKeyScalar(scalar) else { return nil }
            index += 1
        }
        return nil
    }

    static func isKeyStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 || isAlphanumeric(scalar) || scalar == "_"
    }

    static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 || isAlphanumeric(scalar) || scalar == "_" || scalar == "-" || scalar == "." || scalar == " "
    }

    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    /// A value after `key: `: a flow sequence, a double-quoted or a plain scalar.
    func value(_ text: ArraySlice<Unicode.Scalar>, _ line: Line) -> DataNode? {
        let start = location(line, text.startIndex)
        if text.first == "[" {
            guard text.last == "]" else { return nil }
            var items: [DataNode] = []
            var index = text.startIndex + 1
            let end = text.endIndex - 1
            while index < end, text[index] == " " { index += 1 }
            while index < end {
                var itemEnd = index
                if text[index] == "\"" {
                    guard let close = text[(index + 1)..<end].firstIndex(of: "\"") else { return nil }
                    itemEnd = close + 1
                } else {
                    while itemEnd < end, text[itemEnd] != "," { itemEnd += 1 }
                    while text[itemEnd - 1] == " " { itemEnd -= 1 }
                }
                guard let item = scalar(text[index..<itemEnd], line, inFlow: true) else { return nil }
                items.append(item)
                index = itemEnd
                while index < end, text[index] == " " { index += 1 }
                guard index < end else { break }
                guard text[index] == "," else { return nil }
                index += 1
                while index < end, text[index] == " " { index += 1 }
                guard index < end else { return nil }
            }
            return .sequence(items, at: start)
        }
        return scalar(text, line, inFlow: false)
    }

    /// A double-quoted scalar without escapes, or a plain scalar that cannot mean anything else.
    func scalar(_ text: ArraySlice<Unicode.Scalar>, _ line: Line, inFlow: Bool) -> DataNode? {
        guard let first = text.first else { return nil }
        let start = location(line, text.startIndex)
        if first == "\"" {
            let inner = text.dropFirst()
            guard inner.last == "\"" else { return nil }
            let body = inner.dropLast()
            guard !body.contains(where: { $0 == "\"" || $0 == "\\" }) else { return nil }
            return .scalar(String(String.UnicodeScalarView(body)), quoted: true, at: start)
        }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
            guard first == "-", text.count > 1, Self.isAlphanumeric(text[text.startIndex + 1]) else { return nil }
        }
        var previous: Unicode.Scalar = " "
        for scalar in text {
            if scalar == "#" && previous == " " { return nil }
            if previous == ":" && scalar == " " { return nil }
            if inFlow && "[]{},:#".unicodeScalars.contains(scalar) { return nil }
            previous = scalar
        }
        guard previous != ":" else { return nil }
        return .scalar(String(String.UnicodeScalarView(text)), quoted: false, at: start)
    }
}
