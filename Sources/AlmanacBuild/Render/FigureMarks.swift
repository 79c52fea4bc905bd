import AlmanacCore

/// The marks a figure carries on a page besides its value: its status flag and its footnotes.
///
/// Footnotes are numbered per page in the order the page shows them; a text met again keeps
/// its number. Each marker links to its note and the note links back to the first marker, so
/// both directions work from the keyboard and for screen readers. One instance serves one page.
final class FigureMarks {
    private let words: FigureWords
    private var notes: [String] = []
    private var firstReference: [Int: String] = [:]
    private var references = 0
    private var statuses: Set<FigureStatus> = []

    init(words: FigureWords) {
        self.words = words
    }

    /// Adds `status_flag`, `status`, `status_id`, `footnotes` and `has_footnotes` to a row.
    func mark(_ row: inout [String: Any], status: FigureStatus?, footnotes: [String]) {
        if let status, !words.flag(status).isEmpty {
            statuses.insert(status)
            row["status_flag"] = words.flag(status)
            row["status"] = words.status(status)
            row["status_id"] = status.rawValue
        }
        let markers = footnotes.map(marker)
        row["footnotes"] = markers
        row["has_footnotes"] = !markers.isEmpty
    }

    /// What the page's templates show under its tables: `footnotes` (`number`, `id`, `text`,
    /// `back`), `has_footnotes`, `status_legend` (`flag`, `name`) and `has_status_legend`.
    func variables() -> [String: Any] {
        let legend = FigureStatus.allCases.filter(statuses.contains).map { ["flag": words.flag($0), "name": words.status($0)] }
        return [
            "footnotes": notes.enumerated().map { index, text -> [String: Any] in
                ["number": index + 1, "id": "fn-\(index + 1)", "text": text, "back": firstReference[index + 1] ?? ""]
            },
            "has_footnotes": !notes.isEmpty,
            "status_legend": legend,
            "has_status_legend": !legend.isEmpty,
        ]
    }

    private func marker(_ text: String) -> [String: Any] {
        let number: Int
        if let index = notes.firstIndex(of: text) {
            number = index + 1
        } else {
            notes.append(text)
            number = notes.count
        }
        references += 1
        let id = "fnref-\(number)-\(references)"
        if firstReference[number] == nil { firstReference[number] = id }
        return ["number": number, "href": "#fn-\(number)", "id": id]
    }
}
