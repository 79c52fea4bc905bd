import AlmanacCore
import Testing
@testable import AlmanacBuild

/// Footnotes are numbered per page, a repeated text keeps its number, and notes link back.
@Suite struct FigureMarksTests {
    @Test func numbersFootnotesPerPageAndLinksBothWays() {
        let marks = FigureMarks(words: .english)
        var first: [String: Any] = [:], second: [String: Any] = [:], plain: [String: Any] = [:]
        marks.mark(&first, status: .provisional, footnotes: ["At current prices.", "Preliminary."])
        marks.mark(&second, status: .final, footnotes: ["At current prices."])
        marks.mark(&plain, status: nil, footnotes: [])
        let numbers = { (row: [String: Any]) in (row["footnotes"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? Int } }
        #expect(numbers(first) == [1, 2] && numbers(second) == [1] && numbers(plain) == [])
        #expect(first["status_flag"] as? String == "p" && first["status"] as? String == "provisional")
        #expect(second["status_flag"] == nil, "a final figure carries no flag")
        let page = marks.variables()
        let notes = page["footnotes"] as? [[String: Any]] ?? []
        #expect(notes.map { $0["text"] as? String } == ["At current prices.", "Preliminary."])
        #expect(notes.map { $0["back"] as? String } == ["fnref-1-1", "fnref-2-2"], "each note links back to its first marker")
        let markerIDs = (second["footnotes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(markerIDs == ["fnref-1-3"], "every marker has its own id")
        let legend = page["status_legend"] as? [[String: String]] ?? []
        #expect(legend == [["flag": "p", "name": "provisional"]])
    }
}
