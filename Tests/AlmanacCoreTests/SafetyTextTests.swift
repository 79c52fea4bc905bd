import AlmanacCore
import Testing

struct SafetyTextTests {
    @Test func diagnosticsEscapeControlCharacters() {
        let diagnostic = Diagnostic.error("bad date \"\u{1B}[2J\u{1B}]0;PWNED\u{07}\"",
                                          at: AlmanacCore.SourceLocation(path: "Content/\u{1B}[1;31mEVIL\u{1B}[0m.en.md"),
                                          reasons: ["\u{9B}31m"])
        #expect(diagnostic.description == "Content/\\u{1B}[1;31mEVIL\\u{1B}[0m.en.md:1:1: error: bad date \"\\u{1B}[2J\\u{1B}]0;PWNED\\u{7}\"\n    reason: \\u{9B}31m")
        #expect(TerminalSafe.escaped("晋江 2026\t") == "晋江 2026\\u{9}")
        #expect(TerminalSafe.escaped("a\u{202E}b") == "a\\u{202E}b")
    }

    @Test func calendarDatesExistAndPrintFourDigitYears() {
        #expect(CalendarDate("2026-02-30") == nil)
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("1900-02-29") == nil)
        #expect(CalendarDate("+026-01-01") == nil)
        #expect(CalendarDate("2026-1-01") == nil)
        #expect(CalendarDate("0001-01-01")?.description == "0001-01-01")
        #expect(CalendarDate(year: 12, month: 3, day: 4).description == "0012-03-04")
    }
}
