/// The one message for an indicator id the catalogue does not have, wherever it is written:
/// front matter, a `{{indicator …}}` reference or a chart. It offers the closest known id.
public enum UnknownIndicator {
    /// `known` are the catalogue's ids; `catalogue` names its file as diagnostics print it.
    public static func message(_ id: String, known: some Sequence<String>, catalogue: String) -> String {
        let close = known.filter { editDistance($0, id) <= 2 }.sorted()
        let hint = close.first.map { "did you mean \"\($0)\"? " } ?? ""
        return "unknown indicator \"\(id)\"; \(hint)add it to the catalogue \(catalogue) or fix the id"
    }

    /// Levenshtein distance on bytes, cut short at 3: only near misses matter.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        guard abs(a.count - b.count) <= 2 else { return 3 }
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
