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

struct DecimalNumberTests {
    @Test func plainDecimalsAreReadAsWritten() {
        #expect(DecimalNumber.read("2546.18") == .success(2546.18))
        #expect(DecimalNumber.read("-3") == .success(-3))
        #expect(DecimalNumber.read("6.5e3") == .success(6500))
        #expect(DecimalNumber.read("0.000") == .success(0))
        #expect(DecimalNumber.read("1e15") == .success(1e15))
        #expect(DecimalNumber.read("123456789012345") == .success(123_456_789_012_345))
    }

    @Test func anythingElseSaysWhy() {
        #expect(DecimalNumber.read("0x10") == .failure(.notDecimal))
        #expect(DecimalNumber.read("0x1p3") == .failure(.notDecimal))
        #expect(DecimalNumber.read("inf") == .failure(.notDecimal))
        #expect(DecimalNumber.read("1e-400") == .failure(.outOfRange))
        #expect(DecimalNumber.read("1e308") == .failure(.outOfRange))
        #expect(DecimalNumber.read("1e16") == .failure(.outOfRange))
        #expect(DecimalNumber.read("123456789012345678901234567890") == .failure(.tooPrecise))
        #expect(DecimalNumber.read("2,546") == .failure(.notANumber))
        #expect(DecimalNumber.read("6%") == .failure(.notANumber))
        #expect(DecimalNumber.read("1e") == .failure(.notANumber))
        #expect(DecimalNumber.read(".") == .failure(.notANumber))
    }

    @Test func formattingNeverPrintsInfOrNaN() {
        let format = NumberFormat(decimals: 2, groupsThousands: true)
        #expect(format.string(.infinity) == "0")
        #expect(format.string(.nan) == "0")
        #expect(format.string(1e15) == "1,000,000,000,000,000")
        #expect(format.trimmedString(1e15) == "1,000,000,000,000,000")
    }
}

struct LanguageStyleTests {
    @Test func knownLanguagesHaveTheirTraitsAndOthersGetEnglish() {
        #expect(LanguageStyle.of("zh").writesHan && LanguageStyle.of("zh").countsInMyriads)
        #expect(!LanguageStyle.of("zh").groupsThousands)
        #expect(LanguageStyle.of("fr") == .english)
        #expect(NumberFormat.standard(language: "zh", decimals: 0).string(12345) == "12345")
        #expect(NumberFormat.standard(language: "en", decimals: 0).string(12345) == "12,345")
    }
}

extension DecimalNumberTests {
    @Test func decimalsAreCountedAsWritten() {
        #expect(DecimalNumber.writtenDecimals("2546.18") == 2)
        #expect(DecimalNumber.writtenDecimals("5.30") == 2)
        #expect(DecimalNumber.writtenDecimals("6") == 0)
        #expect(DecimalNumber.writtenDecimals("6.5e3") == 0)
        #expect(DecimalNumber.writtenDecimals("1.25e-1") == 3)
        #expect(DecimalNumber.writtenDecimals("0.0000000001") == 9)
    }
}
