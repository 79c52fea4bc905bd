/// Reads typed fields out of a `DataNode` for every structured input (site.yml, the catalogue,
/// front matter, chart fences and frozen data), so a value means the same and is refused with
/// the same words wherever it is written. It collects a located diagnostic for each problem
/// instead of stopping at the first, so authors see everything wrong in one pass.
public struct DataReader: Sendable {
    public var problems: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { problems.hasErrors }

    public mutating func fail(_ message: String, at location: SourceLocation) {
        problems.append(.error(message, at: location))
    }

    /// The entries of `node`, or nil (with an error) when it is not a mapping.
    public mutating func mapping(_ node: DataNode, _ what: String) -> [DataNode.Entry]? {
        if let entries = node.entries { return entries }
        fail("\(what) must be a mapping of `key: value` lines, found \(node.kindName)", at: node.location)
        return nil
    }

    /// Refuses keys outside `known`: a misspelt key would otherwise change nothing without a word.
    public mutating func checkKeys(_ entries: [DataNode.Entry], known: [String], in what: String) {
        for entry in entries where !known.contains(entry.key) {
            fail(Self.unknownKey(entry.key, known: known, in: what), at: entry.keyLocation)
        }
    }

    /// The one message for a key nothing reads, with the nearest known key when there is one.
    public static func unknownKey(_ key: String, known: [String], in what: String) -> String {
        if let guess = EditDistance.closest(to: key, in: known) {
            return "unknown key \"\(key)\" in \(what): did you mean \"\(guess)\"?"
        }
        return "unknown key \"\(key)\" in \(what) (expected one of \(known.joined(separator: ", ")))"
    }

    /// An error for a key that must be present.
    public mutating func missing(_ key: String, in what: String, at location: SourceLocation) {
        fail("\(what) needs \"\(key)\"; add `\(key): …`", at: location)
    }

    /// Text of a scalar; numbers count as text too, since `title: 2024` is a fine title.
    public mutating func text(_ node: DataNode?, key: String) -> String? {
        guard let node else { return nil }
        if let text = node.text {
            guard let character = XMLCharacters.firstForbidden(in: text) else { return text }
            fail("\"\(key)\" contains the control character \(character), which no page, feed or sitemap "
                 + "may carry; remove it", at: node.location)
            return nil
        }
        if node.isNull {
            fail("\"\(key)\" is empty: write a value after the colon or remove the line", at: node.location)
        } else {
            fail("\"\(key)\" must be text, found \(node.kindName)", at: node.location)
        }
        return nil
    }

    /// One text or a list of texts, as `tags:` and `note:` accept.
    public mutating func texts(_ node: DataNode?, key: String) -> [String] {
        guard let node else { return [] }
        guard let items = node.items else { return text(node, key: key).map { [$0] } ?? [] }
        return items.compactMap { text($0, key: key) }
    }

    public mutating func bool(_ node: DataNode?, key: String) -> Bool? {
        guard let node else { return nil }
        if let value = node.bool { return value }
        fail("\"\(key)\" must be true or false, found \(Self.describe(node))", at: node.location)
        return nil
    }

    public mutating func integer(_ node: DataNode?, key: String, in range: ClosedRange<Int>) -> Int? {
        guard let node else { return nil }
        if let value = node.integer, range.contains(value) { return value }
        fail("\"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(Self.describe(node))",
             at: node.location)
        return nil
    }

    /// A number, with a hint for the spellings authors most often try (`6.5%`, `2,546.18`, `"6"`).
    public mutating func number(_ node: DataNode, what: String) -> Double? {
        if let value = node.number { return value }
        if let problem = node.numberProblem, let text = node.text {
            fail("\(what) \"\(text)\" \(problem)", at: node.location)
            return nil
        }
        fail(Self.notANumber(node, what: what), at: node.location)
        return nil
    }

    /// One of a fixed set of words, such as a kind, a qualifier or a status.
    public mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: DataNode, key: String) -> Choice?
        where Choice.RawValue == String
    {
        guard let word = text(node, key: key) else { return nil }
        if let choice = Choice(rawValue: word) { return choice }
        fail(DataNode.unknownChoice(key, word, allowed: Choice.allCases.map(\.rawValue)), at: node.location)
        return nil
    }

    /// Text given once per language: `{zh: 晋江, en: Jinjiang}`. Every language in `languages` is required.
    public mutating func localized(_ node: DataNode, key: String, languages: [String]) -> LocalizedText? {
        guard let entries = node.entries else {
            fail("\"\(key)\" must give one text per language, e.g. {\(languages.map { "\($0): …" }.joined(separator: ", "))}",
                 at: node.location)
            return nil
        }
        var values: [String: String] = [:]
        for entry in entries {
            if entry.value.isNull {
                fail("\"\(key)\" has no text after \"\(entry.key)\"; inside {…} a comma starts a new entry, "
                     + "so quote text with commas: en: \"10,000 people\"", at: entry.keyLocation)
            } else if let text = text(entry.value, key: "\(key).\(entry.key)") {
                values[entry.key] = text
            }
        }
        for language in languages where values[language] == nil && !entries.contains(where: { $0.key == language }) {
            fail("\"\(key)\" has no text for language \"\(language)\"; add `\(language): …`", at: node.location)
        }
        return LocalizedText(values)
    }

    /// How many decimals the author wrote, so `1.50` keeps two decimals in tables and labels.
    public static func writtenDecimals(_ node: DataNode) -> Int {
        guard case let .scalar(text, false, _) = node else { return 0 }
        return DecimalNumber.writtenDecimals(text)
    }

    /// A value as a message quotes it: its text, or what kind of thing it is.
    public static func describe(_ node: DataNode) -> String {
        node.text.map { "\"\($0)\"" } ?? node.kindName
    }
}

private extension DataReader {
    static func notANumber(_ node: DataNode, what: String) -> String {
        guard let text = node.text else {
            if node.isNull { return "\(what) is empty: give a number or remove the line" }
            return "\(what) must be a number, found \(node.kindName)"
        }
        let head = "\(what) must be a number, found \"\(text)\""
        let plain = text.filter { $0 != "," && $0 != "%" && $0 != " " && $0 != "，" }
        if case .scalar(_, true, _) = node, Double(plain) != nil {
            return head + ": remove the quotes"
        }
        if text.hasSuffix("%"), Double(plain) != nil {
            return head + ": write \(plain) and put \"%\" in \"unit\""
        }
        if Double(plain) != nil {
            return head + ": write \(plain) without separators"
        }
        return head
    }
}
