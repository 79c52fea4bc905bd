@testable import AlmanacBuild
import AlmanacCore
import Testing

/// The words around figures come from one table per language that `Templates/strings` can change.
@Suite struct FigureWordsTests {
    func tables(_ en: String) throws(DiagnosticError) -> [String: UIStrings] {
        try UIStringsParser().parse(["en": SourceFile(path: "Templates/strings/en.yml", text: en)],
                                    languages: ["en"], label: "Templates")
    }

    @Test func aStringTableChangesTheWordsOfFiguresPeriodsAndDates() throws {
        let words = try tables("""
            title: T
            figures:
              over: more than {}
              kind_estimate: projection
              half_1: first half of {year}
              month_1: Jan.
            """)["en"]!.figures
        let format = FigureFormatter(language: "en", words: words)
        #expect(words.qualified("257", .over) == "more than 257")
        #expect(format.kind(.estimate) == "projection")
        #expect(words.kindLabel(.estimate) == "Projection")
        #expect(format.period(.half(2020, 1)) == "first half of 2020")
        #expect(format.date(CalendarDate(year: 2026, month: 1, day: 6)) == "6 Jan. 2026")
        #expect(format.period(.quarter(2025, 3)) == "Q3 2025")
    }

    @Test func anUnknownFigureWordIsLocatedWithASuggestion() {
        #expect(throws: DiagnosticError.self) { try tables("figures:\n  ovr: more than {}\n") }
        do {
            _ = try tables("figures:\n  ovr: more than {}\n")
        } catch {
            #expect(error.description == """
                Templates/strings/en.yml:2:3: error: unknown key "ovr" in "figures": did you mean "over"?
                """)
        }
    }

    @Test func chineseAndEnglishHaveTheirOwnWords() {
        let zh = FigureFormatter(language: "zh"), en = FigureFormatter(language: "en")
        #expect(zh.period(.span(2016, 2019)) == "2016—2019年")
        #expect(en.period(.month(2025, 9)) == "September 2025")
        #expect(zh.date(CalendarDate(year: 2026, month: 1, day: 6)) == "2026年1月6日")
        #expect(FigureWords.standard(for: "fr") == .english)
    }
}
