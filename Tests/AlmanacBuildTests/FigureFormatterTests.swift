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
        #expect(zh.figure(value(2600, .over), definition: gdp) == "逾2600亿元")
        #expect(zh.figure(value(6.5, .about), definition: growth) == "6.5%左右")
        #expect(zh.figure(value(7, .stretch), definition: growth) == "7%（力争）")
        #expect(zh.figure(value(3000, .atLeast), definition: gdp) == "3000亿元以上")
        #expect(zh.figure(value(1, .under), definition: growth) == "不足1%")
    }

    @Test func englishProseSpellsOutSmallCountsAndTablesKeepDigits() {
        let en = FigureFormatter(language: "en")
        #expect(en.proseFigure(value(3), definition: projects) == "three projects")
        #expect(en.proseFigure(value(5, .over), definition: projects) == "over five projects")
        #expect(en.figure(value(3), definition: projects) == "3 projects")
        // One is left as tables write it: the catalogue's units are plural.
        #expect(en.proseFigure(value(1), definition: projects) == en.figure(value(1), definition: projects))
        #expect(en.proseFigure(value(12), definition: projects) == "12 projects")
        #expect(en.proseFigure(value(6), definition: growth) == "6%")
        #expect(FigureFormatter(language: "zh").proseFigure(value(3), definition: projects) == "3个")
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

    func definition(zh: String, en: String, scale: Int = 0, style: NumberStyle = .amount, decimals: Int = 2) -> IndicatorDefinition {
        var definition = gdp
        definition.unit = LocalizedText(["zh": zh, "en": en])
        definition.decimals = decimals
        definition.metadata.scalePower = scale
        definition.metadata.style = style
        return definition
    }

    @Test func scalesEnglishAmountsIntoWordsKeepingEveryWrittenDigit() {
        let en = FigureFormatter(language: "en"), zh = FigureFormatter(language: "zh")
        let yuan = definition(zh: "亿元", en: "yuan", scale: 8)
        #expect(en.figure(value(2546.18), definition: yuan) == "254.618 billion yuan")
        #expect(zh.figure(value(2546.18), definition: yuan) == "2546.18亿元", "Chinese keeps the author's unit")
        #expect(en.figure(value(3000, .atLeast), definition: yuan) == "at least 300 billion yuan")
        let area = definition(zh: "万平方米", en: "m²", scale: 4, decimals: 0)
        #expect(en.figure(value(400, .over), definition: area) == "over 4 million m²")
        let perPerson = definition(zh: "万元", en: "yuan", scale: 4, decimals: 1)
        #expect(en.figure(value(12.5), definition: perPerson) == "125,000 yuan", "digits read better below a million")
        #expect(en.figure(value(0.5), definition: perPerson) == "5,000 yuan")
        let income = definition(zh: "元", en: "yuan", decimals: 0)
        #expect(zh.figure(value(43441), definition: income) == "43441元", "five digits read plainly, as in statistical releases")
        #expect(zh.figure(value(121000), definition: income) == "12.1万元")
    }

    @Test(arguments: Array(0...13))
    func writesEveryMagnitudeFromOneToTenTrillion(power: Int) {
        let people = definition(zh: "人", en: "people", decimals: 0)
        var number = 1.0
        for _ in 0..<power { number *= 10 }
        let english = ["1", "10", "100", "1,000", "10,000", "100,000", "1 million", "10 million", "100 million",
                       "1 billion", "10 billion", "100 billion", "1 trillion", "10 trillion"]
        let chinese = ["1", "10", "100", "1000", "10000", "10万", "100万", "1000万", "1亿", "10亿", "100亿", "1000亿",
                       "1万亿", "10万亿"]
        #expect(FigureFormatter(language: "en").figure(value(number), definition: people) == english[power] + " people")
        #expect(FigureFormatter(language: "zh").figure(value(number), definition: people) == chinese[power] + "人")
    }

    @Test func writesRanksAsOrdinalsAndTopAsABand() {
        let rank = definition(zh: "位", en: "rank", style: .rank, decimals: 0)
        let en = FigureFormatter(language: "en"), zh = FigureFormatter(language: "zh")
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 103, 111].map { en.figure(value(Double($0)), definition: rank) }
                == ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "103rd", "111th"])
        #expect(zh.figure(value(4), definition: rank) == "第4位")
        #expect(en.figure(value(10, .top), definition: rank) == "in the top 10")
        #expect(zh.figure(value(10, .top), definition: rank) == "前10位")
    }

    @Test func anAreaInMuGetsItsHectaresInEnglishOnly() {
        var land = definition(zh: "亩", en: "mu", decimals: 0)
        land.metadata.gloss = UnitGloss(factor: 1.0 / 15, unit: LocalizedText(["en": "hectares"]))
        #expect(FigureFormatter(language: "en").figure(value(7000, .over), definition: land) == "over 7,000 mu (about 467 hectares)")
        #expect(FigureFormatter(language: "zh").figure(value(7000, .over), definition: land) == "逾7000亩")
    }

    @Test func everyQualifierReadsAfterAVerb() {
        let zh = FigureWords.chinese, en = FigureWords.english
        #expect(FigureQualifier.allCases.map { zh.qualified("X", $0) } == ["X左右", "逾X", "不足X", "X以上", "X（力争）", "前X位"])
        #expect(FigureQualifier.allCases.map { en.qualified("X", $0) }
                == ["about X", "over X", "under X", "at least X", "X (stretch goal)", "in the top X"])
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
