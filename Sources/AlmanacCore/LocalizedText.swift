/// Text given once per language, such as a site title or an indicator's unit.
public struct LocalizedText: Hashable, Sendable {
    public var values: [String: String]

    public init(_ values: [String: String]) {
        self.values = values
    }

    /// The text in `language`, or nil when the author gave none.
    public subscript(language: String) -> String? { values[language] }

    /// The text in `language`, falling back to any language, then to nothing.
    public func resolved(_ language: String, fallback: String) -> String {
        values[language] ?? values[fallback] ?? values.values.sorted().first ?? ""
    }
}
