/// The one message for an indicator id the catalogue does not have, wherever it is written:
/// front matter, a `{{indicator …}}` reference or a chart. It offers the closest known id.
public enum UnknownIndicator {
    /// `known` are the catalogue's ids; `catalogue` names its file as diagnostics print it.
    public static func message(_ id: String, known: some Sequence<String>, catalogue: String) -> String {
        let hint = EditDistance.closest(to: id, in: known).map { "did you mean \"\($0)\"? " } ?? ""
        return "unknown indicator \"\(id)\"; \(hint)add it to the catalogue \(catalogue) or fix the id"
    }
}
