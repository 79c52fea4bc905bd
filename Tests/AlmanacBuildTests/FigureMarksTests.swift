import AlmanacCore
import AlmanacTemplates
import Testing
@testable import AlmanacBuild

/// Footnotes are numbered per page, a repeated text keeps its number, and notes link back.
@Suite struct FigureMarksTests {
    @Test func numbersFootnotesPerPageAndLinksBothWays() {
        let marks = FigureMarks(words: .english)
        var first: [String: TemplateData] = [:], second: [String: TemplateData] = [:], plain: [String: TemplateData] = [:]
        marks.mark(&first, status: .provisional, footnotes: ["At current prices.", "Preliminary."])
        marks.mark(&second, status: .final, footnotes: ["At current prices."])
        marks.mark(&plain, status: nil, footnotes: [])
        let numbers = { (row: [String: TemplateData]) in Self.items(row["footnotes"]).compactMap { $0["number"] } }
        #expect(numbers(first) == [.number(1), .number(2)] && numbers(second) == [.number(1)] && numbers(plain) == [])
        #expect(first["status_flag"] == .text("p") && first["status"] == .text("provisional"))
        #expect(second["status_flag"] == nil, "a final figure carries no flag")
        let page = marks.variables()
        let notes = Self.items(page["footnotes"])
        #expect(notes.map { $0["text"]?.text } == ["At current prices.", "Preliminary."])
        #expect(notes.map { $0["back"]?.text } == ["fnref-1-1", "fnref-2-2"], "each note links back to its first marker")
        let markerIDs = Self.items(second["footnotes"]).compactMap { $0["id"]?.text }
        #expect(markerIDs == ["fnref-1-3"], "every marker has its own id")
        #expect(page["status_legend"] == [["flag": "p", "name": "provisional"]])
    }

    static func items(_ list: TemplateData?) -> [TemplateData] {
        if case let .list(items)? = list { return items }
        return []
    }
}
