/// A parsed YAML (or similar) document that remembers where each value was written.
///
/// Readers of structured content (front matter, chart specs, configuration) work on this
/// tree so that only one target depends on the YAML library, and every error they report
/// can point at the exact line and column of the offending value.
public indirect enum DataNode: Hashable, Sendable {
    /// A plain value exactly as written (`2019`, `6.5`, `2020-H1`, `true`); `quoted` is true
    /// when the author wrote it in quotes, so `"2019"` stays text.
    case scalar(String, quoted: Bool, at: SourceLocation)
    case sequence([DataNode], at: SourceLocation)
    /// Keys keep the order and location the author gave them.
    case mapping([Entry], at: SourceLocation)

    /// One `key: value` pair of a mapping.
    public struct Entry: Hashable, Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: DataNode

        public init(key: String, keyLocation: SourceLocation, value: DataNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    public var location: SourceLocation {
        switch self {
        case let .scalar(_, _, at), let .sequence(_, at), let .mapping(_, at): at
        }
    }

    /// The text of a scalar; nil for collections and for an empty (null) value.
    public var text: String? {
        guard case let .scalar(text, quoted, _) = self else { return nil }
        return quoted || !Self.nullSpellings.contains(text) ? text : nil
    }

    public var isNull: Bool {
        if case let .scalar(text, quoted, _) = self { return !quoted && Self.nullSpellings.contains(text) }
        return false
    }

    /// A number written as a plain decimal scalar and within `DecimalNumber`'s bounds (`6`,
    /// `-1.5`; `2,546.18`, `0x10` and `1e-400` are not).
    public var number: Double? {
        guard case let .scalar(text, false, _) = self, case let .success(value) = DecimalNumber.read(text) else { return nil }
        return value
    }

    /// Why a plain scalar that looks like a number is not accepted as one (`0x10`, `1e-400`,
    /// 30 digits), as a phrase to follow the value in a message; nil otherwise.
    public var numberProblem: String? {
        guard case let .scalar(text, false, _) = self, case let .failure(problem) = DecimalNumber.read(text) else { return nil }
        return problem.advice
    }

    public var integer: Int? {
        guard case let .scalar(text, false, _) = self else { return nil }
        return Int(text)
    }

    public var bool: Bool? {
        guard case let .scalar(text, false, _) = self else { return nil }
        switch text {
        case "true", "True", "TRUE", "yes", "Yes": return true
        case "false", "False", "FALSE", "no", "No": return false
        default: return nil
        }
    }

    public var entries: [Entry]? {
        if case let .mapping(entries, _) = self { return entries }
        return nil
    }

    public var items: [DataNode]? {
        if case let .sequence(items, _) = self { return items }
        return nil
    }

    /// The value under `key` in a mapping.
    public subscript(key: String) -> DataNode? {
        entries?.first { $0.key == key }?.value
    }

    /// A short name for the kind of value, for messages such as "expected a number, found a list".
    public var kindName: String {
        switch self {
        case .scalar: isNull ? "nothing" : "text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }

    private static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]
}

extension DataNode {
    /// The one message for a word outside a fixed set, in front matter and charts alike:
    /// `unknown kind "guess" (expected actual, estimate, target)`.
    public static func unknownChoice(_ key: String, _ word: String, allowed: [String]) -> String {
        "unknown \(key) \"\(word)\" (expected \(allowed.joined(separator: ", ")))"
    }
}
