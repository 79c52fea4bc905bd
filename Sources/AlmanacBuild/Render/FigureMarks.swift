import AlmanacCore
import AlmanacTemplates

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
    func mark(_ row: inout [String: TemplateData], status: FigureStatus?, footnotes: [String]) {
        if let status, !words.flag(status).isEmpty {
            statuses.insert(status)
            row["status_flag"] = .text(words.flag(status))
            row["status"] = .text(words.status(status))
            row["status_id"] = .text(status.rawValue)
        }
        let markers = footnotes.map(marker)
        row["footnotes"] = .list(markers)
        row["has_footnotes"] = .flag(!markers.isEmpty)
    }

    /// What the page's templates show under its tables: `footnotes` (`number`, `id`, `text`,
    /// `back`), `has_footnotes`, `status_legend` (`flag`, `name`) and `has_status_legend`.
    func variables() -> [String: TemplateData] {
        let legend = FigureStatus.allCases.filter(statuses.contains).map { ["flag": .text(words.flag($0)), "name": .text(words.status($0))] as [String: TemplateData] }
        return [
            "footnotes": .list(notes.enumerated().map { index, text -> [String: TemplateData] in
                ["number": .number(index + 1), "id": "fn-\(index + 1)", "text": .text(text), "back": .text(firstReference[index + 1] ?? "")]
            }),
            "has_footnotes": .flag(!notes.isEmpty),
            "status_legend": .list(legend),
            "has_status_legend": .flag(!legend.isEmpty),
        ]
    }

    private func marker(_ text: String) -> [String: TemplateData] {
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
        return ["number": .number(number), "href": "#fn-\(number)", "id": .text(id)]
    }
}
