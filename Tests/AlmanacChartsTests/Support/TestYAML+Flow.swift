import AlmanacCore

/// Reads one inline value: a flow mapping, a flow list, a quoted or a plain scalar.
struct FlowParser {
    let path: String
    let line: Int
    let scalars: [Unicode.Scalar]
    var position: Int

    init(path: String, line: Int, scalars: [Unicode.Scalar], position: Int) {
        self.path = path
        self.line = line
        self.scalars = scalars
        self.position = position
    }

    mutating func value() -> DataNode {
        skipSpaces()
        let start = SourceLocation(path: path, line: line, column: position + 1)
        guard position < scalars.count else { return .scalar("", quoted: false, at: start) }
        switch scalars[position] {
        case "{": return mapping(start)
        case "[": return sequence(start)
        case "\"", "'": return quoted(start)
        default: return plain(start, stops: [])
        }
    }

    private mutating func mapping(_ start: SourceLocation) -> DataNode {
        position += 1
        var entries: [DataNode.Entry] = []
        while true {
            skipSpaces()
            guard position < scalars.count, scalars[position] != "}" else { position += 1; break }
            let keyLocation = SourceLocation(path: path, line: line, column: position + 1)
            var key = ""
            while position < scalars.count, scalars[position] != ":" { key.unicodeScalars.append(scalars[position]); position += 1 }
            position += 1
            let value = inlineItem(stops: [",", "}"])
            entries.append(DataNode.Entry(key: key.trimmingCharacters(), keyLocation: keyLocation, value: value))
            skipSpaces()
            if position < scalars.count, scalars[position] == "," { position += 1 }
        }
        return .mapping(entries, at: start)
    }

    private mutating func sequence(_ start: SourceLocation) -> DataNode {
        position += 1
        var items: [DataNode] = []
        while true {
            skipSpaces()
            guard position < scalars.count, scalars[position] != "]" else { position += 1; break }
            items.append(inlineItem(stops: [",", "]"]))
            skipSpaces()
            if position < scalars.count, scalars[position] == "," { position += 1 }
        }
        return .sequence(items, at: start)
    }

    private mutating func inlineItem(stops: Set<Unicode.Scalar>) -> DataNode {
        skipSpaces()
        let start = SourceLocation(path: path, line: line, column: position + 1)
        guard position < scalars.count else { return .scalar("", quoted: false, at: start) }
        switch scalars[position] {
        case "{": return mapping(start)
        case "[": return sequence(start)
        case "\"", "'": return quoted(start)
        default: return plain(start, stops: stops)
        }
    }

    private mutating func quoted(_ start: SourceLocation) -> DataNode {
        let quote = scalars[position]
        position += 1
        var text = ""
        while position < scalars.count, scalars[position] != quote { text.unicodeScalars.append(scalars[position]); position += 1 }
        position += 1
        return .scalar(text, quoted: true, at: start)
    }

    private mutating func plain(_ start: SourceLocation, stops: Set<Unicode.Scalar>) -> DataNode {
        var text = ""
        while position < scalars.count, !stops.contains(scalars[position]) {
            if scalars[position] == "#", text.hasSuffix(" ") { break }
            text.unicodeScalars.append(scalars[position])
            position += 1
        }
        return .scalar(text.trimmingCharacters(), quoted: false, at: start)
    }

    private mutating func skipSpaces() {
        while position < scalars.count, scalars[position] == " " { position += 1 }
    }
}

extension String {
    func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
