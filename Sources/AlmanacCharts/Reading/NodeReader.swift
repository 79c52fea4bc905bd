import AlmanacCore

/// Reads scalars out of a `DataNode` tree and collects a located diagnostic for every value
/// that is not what the chart needs, so an author sees all problems of a chart at once.
struct NodeReader {
    private(set) var diagnostics: [Diagnostic] = []

    mutating func fail(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    /// Text of a scalar; numbers count as text too, since `title: 2024` is a fine title.
    mutating func text(_ node: DataNode?, key: String) -> String? {
        guard let node else { return nil }
        if let text = node.text {
            guard let character = XMLCharacters.firstForbidden(in: text) else { return text }
            fail("\"\(key)\" contains the control character \(character), which no page may carry; remove it", at: node.location)
            return nil
        }
        if node.isNull {
            fail("\"\(key)\" is empty: write a value after the colon or remove the line", at: node.location)
        } else {
            fail("\"\(key)\" must be text, found \(node.kindName)", at: node.location)
        }
        return nil
    }

    /// A number, with a hint for the spellings authors most often try.
    mutating func number(_ node: DataNode, what: String) -> Double? {
        if let value = node.number { return value }
        if let problem = node.numberProblem, let text = node.text {
            fail("\(what) \"\(text)\" \(problem)", at: node.location)
            return nil
        }
        fail(Self.notANumber(node, what: what), at: node.location)
        return nil
    }

    /// A number with the decimals it was written with.
    mutating func value(_ node: DataNode, what: String) -> ChartValue? {
        number(node, what: what).map { ChartValue($0, decimals: Self.writtenDecimals(node)) }
    }

    mutating func integer(_ node: DataNode?, key: String, in range: ClosedRange<Int>) -> Int? {
        guard let node else { return nil }
        if let value = node.integer, range.contains(value) { return value }
        let found = node.text.map { "\"\($0)\"" } ?? node.kindName
        fail("\"\(key)\" must be a whole number from \(range.lowerBound) to \(range.upperBound), found \(found)",
             at: node.location)
        return nil
    }

    mutating func bool(_ node: DataNode?, key: String) -> Bool? {
        guard let node else { return nil }
        if let value = node.bool { return value }
        let found = node.text.map { "\"\($0)\"" } ?? node.kindName
        fail("\"\(key)\" must be true or false, found \(found)", at: node.location)
        return nil
    }

    /// One text or a list of texts, as `note:` accepts.
    mutating func texts(_ node: DataNode?, key: String) -> [String] {
        guard let node else { return [] }
        guard let items = node.items else { return text(node, key: key).map { [$0] } ?? [] }
        return items.compactMap { text($0, key: key) }
    }

    /// How many decimals the author wrote, so `1.50` keeps two decimals in tables and labels.
    static func writtenDecimals(_ node: DataNode) -> Int {
        guard case let .scalar(text, false, _) = node else { return 0 }
        return DecimalNumber.writtenDecimals(text)
    }
}

private extension NodeReader {
    static func notANumber(_ node: DataNode, what: String) -> String {
        guard let text = node.text else {
            if node.isNull { return "\(what) is empty: give a number or remove the line" }
            return "\(what) must be a number, found \(node.kindName)"
        }
        let head = "\(what) must be a number, found \"\(text)\""
        let plain = text.filter { $0 != "," && $0 != "%" && $0 != " " && $0 != "，" }
        if case .scalar(_, true, _) = node, Double(text) != nil {
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
