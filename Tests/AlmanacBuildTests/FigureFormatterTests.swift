import AlmanacCore
import Testing
@testable import AlmanacBuild

@Suite struct FigureFormatterTests {
    let gdp = TestSupport.catalogue["gdp"]!
    let growth = TestSupport.catalogue["gdp_growth"]!
    let projects = TestSupport.catalogue["projects"]!

    func value(_ number: Double, _ qualifier: FigureQualifier? = nil, written: String? = nil) -> IndicatorValue {
        let text = written ?? NumberFormat(decimals: 6, groupsThousands: false).string(number).trimmingZeros
        return IndicatorValue(id: "x", value: number, writtenDecimals: DecimalNumber.writtenDecimals(text), period: .year(2025),
                              kind: .actual, qualifier: qualifier, location: SourceLocation(path: "a.md"))
    }

    @Test func writesChineseFiguresWithTheUnitAttached() {
        let zh = FigureFormatter(language: "zh")
        #expect(zh.figure(value(257), definition: projects) == "257个")
        #expect(zh.figure(value(2600, .over), definition: gdp) == "超2600亿元")
        #expect(zh.figure(value(6.5, .about), definition: growth) == "6.5%左右")
        #expect(zh.figure(value(7, .stretch), definition: growth) == "力争7%")
        #expect(zh.figure(value(3000, .atLeast), definition: gdp) == "突破3000亿元")
        #expect(zh.figure(value(1, .under), definition: growth) == "不到1%")
    }

    @Test func writesEnglishFiguresWithSeparatorsAndASpacedUnit() {
        let en = FigureFormatter(language: "en")
        #expect(en.figure(value(257), definition: projects) == "257 projects")
        #expect(en.figure(value(2546.18), definition: gdp) == "2,546.18 100 million yuan")
        #expect(en.figure(value(6.5, .about), definition: growth) == "about 6.5%")
        #expect(en.figure(value(3000, .atLeast), definition: gdp) == "at least 3,000 100 million yuan")
    }

    @Test func showsTheWrittenDecimalsUpToTheCatalogues() {
        let en = FigureFormatter(language: "en")
        #expect(en.figure(value(2546.1, written: "2546.10"), definition: gdp) == "2,546.10 100 million yuan")
        #expect(en.figure(value(2546.1), definition: gdp) == "2,546.1 100 million yuan")
        #expect(en.figure(value(6), definition: growth) == "6%")
        #expect(en.figure(value(6, written: "6.0"), definition: growth) == "6.0%")
        #expect(en.figure(value(3.14159), definition: gdp) == "3.14 100 million yuan")
        #expect(en.figure(value(-0.5), definition: growth) == "-0.5%")
    }

    @Test func namesQualifiersWithTheSourcesWords() {
    }

    @Test func writesDatesInEachLanguage() {
        let date = CalendarDate(year: 2026, month: 1, day: 6)
        #expect(FigureFormatter(language: "zh").date(date) == "2026年1月6日")
        #expect(FigureFormatter(language: "en").date(date) == "6 January 2026")
    }

    @Test(arguments: [
        (Period.year(2019), "2019年", "2019"), (.half(2020, 1), "2020年上半年", "H1 2020"),
        (.quarter(2025, 3), "2025年第三季度", "Q3 2025"), (.month(2025, 9), "2025年9月", "September 2025"),
        (.span(2016, 2019), "2016—2019年", "2016–2019"),
    ])
    func writesPeriodsInEachLanguage(period: Period, zh: String, en: String) {
        #expect(FigureFormatter(language: "zh").period(period) == zh)
        #expect(FigureFormatter(language: "en").period(period) == en)
    }
}
