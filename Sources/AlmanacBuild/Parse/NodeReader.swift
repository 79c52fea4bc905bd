import AlmanacCore

/// Reads typed fields out of a `DataNode`, collecting a located diagnostic for each problem
/// instead of stopping at the first, so authors see everything wrong in one pass.
struct NodeReader {
    var problems: [Diagnostic] = []

    /// The entries of `node`, or nil (with an error) when it is not a mapping.
    mutating func mapping(_ node: DataNode, _ what: String) -> [DataNode.Entry]? {
        if let entries = node.entries { return entries }
        problems.append(.error("\(what) must be a mapping of `key: value` lines, found \(node.kindName)", at: node.location))
        return nil
    }

    /// Warns about keys outside `known`, naming the keys that are allowed.
    mutating func warnUnknownKeys(_ entries: [DataNode.Entry], known: [String], in what: String) {
        for entry in entries where !known.contains(entry.key) {
            problems.append(.warning(
                "unknown key \"\(entry.key)\" in \(what) is ignored (known keys: \(known.joined(separator: ", ")))",
                at: entry.keyLocation))
        }
    }

    /// An error for a key that must be present.
    mutating func missing(_ key: String, in what: String, at location: SourceLocation) {
        problems.append(.error("\(what) needs \"\(key)\"; add `\(key): …`", at: location))
    }

    mutating func text(_ node: DataNode, _ key: String) -> String? {
        if let text = node.text, node.entries == nil, node.items == nil {
            guard let character = XMLCharacters.firstForbidden(in: text) else { return text }
            problems.append(.error("\"\(key)\" contains the control character \(character), which no page, feed or sitemap "
                                   + "may carry; remove it", at: node.location))
            return nil
        }
        problems.append(.error("\"\(key)\" must be text, found \(node.kindName)", at: node.location))
        return nil
    }

    mutating func bool(_ node: DataNode, _ key: String) -> Bool? {
        if let value = node.bool { return value }
        problems.append(.error("\"\(key)\" must be true or false, found \(describe(node))", at: node.location))
        return nil
    }

    mutating func integer(_ node: DataNode, _ key: String, in range: ClosedRange<Int>) -> Int? {
        if let value = node.integer, range.contains(value) { return value }
        problems.append(.error(
            "\"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(describe(node))",
            at: node.location))
        return nil
    }

    mutating func number(_ node: DataNode, _ what: String) -> Double? {
        if let value = node.number { return value }
        if let problem = node.numberProblem {
            problems.append(.error("\(what) \(describe(node)) \(problem)", at: node.location))
            return nil
        }
        problems.append(.error("\(what) must be a finite number such as 6.5 (no units or commas), found \(describe(node))",
                               at: node.location))
        return nil
    }

    mutating func textList(_ node: DataNode, _ key: String) -> [String]? {
        if let text = node.text, node.entries == nil, node.items == nil { return [text] }
        guard let items = node.items else {
            problems.append(.error("\"\(key)\" must be a list such as [a, b], found \(node.kindName)", at: node.location))
            return nil
        }
        return items.compactMap { text($0, key) }
    }

    /// Text given once per language: `{zh: 晋江, en: Jinjiang}`. Every language in `languages` is required.
    mutating func localized(_ node: DataNode, _ key: String, languages: [String]) -> LocalizedText? {
        guard let entries = node.entries else {
            problems.append(.error(
                "\"\(key)\" must give one text per language, e.g. {\(languages.map { "\($0): …" }.joined(separator: ", "))}",
                at: node.location))
            return nil
        }
        var values: [String: String] = [:]
        for entry in entries {
            if entry.value.isNull {
                problems.append(.error(
                    "\"\(key)\" has no text after \"\(entry.key)\"; inside {…} a comma starts a new entry, so quote text with commas: en: \"10,000 people\"",
                    at: entry.keyLocation))
            } else if let text = text(entry.value, "\(key).\(entry.key)") {
                values[entry.key] = text
            }
        }
        for language in languages where values[language] == nil && !entries.contains(where: { $0.key == language }) {
            problems.append(.error("\"\(key)\" has no text for language \"\(language)\"; add `\(language): …`", at: node.location))
        }
        return LocalizedText(values)
    }

    func describe(_ node: DataNode) -> String {
        if let text = node.text { return "\"\(text)\"" }
        return node.kindName
    }
}
