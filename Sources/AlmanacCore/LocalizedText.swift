/// Text given once per language, such as a site title or an indicator's unit.
public struct LocalizedText: Hashable, Sendable {
    public var values: [String: String]

    public init(_ values: [String: String]) {
        self.values = values
    }

    /// The text in `language`, or nil when the author gave none.
    public subscript(language: String) -> String? { values[language] }

    /// The text in `language`, else in `fallback`, else in the first language by code, else
    /// nothing.
    public func resolved(_ language: String, fallback: String) -> String {
        values[language] ?? values[fallback] ?? values.values.sorted().first ?? ""
    }

    /// The text in `language`. The parsers require every site text in every site language, so
    /// the text in the first language by code stands in only for a language the site lacks.
    public func resolved(_ language: String) -> String {
        values[language] ?? values.values.sorted().first ?? ""
    }
}
