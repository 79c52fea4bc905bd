import AlmanacCore
import Testing

@Suite("Bad chart specs give located diagnostics")
struct ChartSpecReaderDiagnosticsTests {
    typealias D = Diagnose

    @Test("an unknown type points at the type's value")
    func unknownType() {
        let error = D.readError("""
            type: pie3d
            title: 产值
            data: {2019: 1}
            """)
        #expect(error == D.chartError([
            ("unknown chart type \"pie3d\" (expected column, bar, line, area, donut, kpi, bullet, sparkline)", D.at(10, 7)),
        ]))
    }

    @Test("a missing type or title is reported at the start of the spec")
    func missingKeys() {
        let error = D.readError("""
            unit: 亿元
            data: {2019: 1}
            """)
        #expect(error == D.chartError([
            ("missing \"type\": add a line such as \"type: column\" "
                + "(one of column, bar, line, area, donut, kpi, bullet, sparkline)", D.at(10, 1)),
        ]))
        let untitled = D.readError("""
            type: line
            data: {2019: 1}
            """)
        #expect(untitled == D.chartError([
            ("missing \"title\": add a line such as \"title: …\" naming what the chart shows", D.at(10, 1)),
        ]))
    }

    @Test("a value that is not a number points at the value, with a hint")
    func nonNumeric() {
        let error = D.readError("""
            type: column
            title: 产值
            data:
              2018: 2229.08
              2019: 2,546.18
              2020: 6.5%
              2021: "3000"
              2022: 很多
            """)
        #expect(error == D.chartError([
            ("the value of \"2019\" must be a number, found \"2,546.18\": write 2546.18 without separators", D.at(14, 9)),
            ("the value of \"2020\" must be a number, found \"6.5%\": write 6.5 and put \"%\" in \"unit\"", D.at(15, 9)),
            ("the value of \"2021\" must be a number, found \"3000\": remove the quotes", D.at(16, 9)),
            ("the value of \"2022\" must be a number, found \"很多\"", D.at(17, 9)),
        ]))
    }

    @Test("a value mapping with a wrong kind, qualifier or key is reported at the word")
    func badValueMapping() {
        let error = D.readError("""
            type: column
            title: 产值
            data:
              2019: {value: 1, kind: guess}
              2020: {value: 2, qualifier: roughly, note: x}
              2021: {kind: estimate}
            """)
        #expect(error == D.chartError([
            ("unknown kind \"guess\" (expected actual, estimate, target)", D.at(13, 26)),
            ("unknown qualifier \"roughly\" (expected about, over, under, at_least, stretch, top)", D.at(14, 31)),
            ("unknown key \"note\" in the value of \"2020\" (expected one of value, kind, qualifier, status)", D.at(14, 40)),
            ("the value of \"2021\" needs a number after \"value\", such as "
                + "{value: 2600, kind: estimate, qualifier: over}", D.at(15, 9)),
        ]))
    }

    @Test("period limits need an indicator, years in order, and a known word")
    func badPeriodFilter() {
        let inline = D.readError("type: column\ntitle: 产值\ndata: {2019: 1}\nfrom: 2019")
        #expect(inline == D.chartError([
            ("\"from\" limits the periods of an indicator: use it with \"indicator:\", "
                + "or leave out the periods you do not want", D.at(13, 1)),
        ]))
        let reversed = D.readError("type: line\ntitle: 增速\nindicator: gdp_growth\nfrom: 2025\nto: 2019\nperiods: yearly")
        #expect(reversed == D.chartError([
            ("\"to\" (2019) is before \"from\" (2025): swap them", D.at(14, 5)),
            ("unknown periods \"yearly\" (expected annual, all)", D.at(15, 10)),
        ]))
    }

    @Test("a donut share cannot be a target")
    func donutTarget() {
        let error = D.readError("""
            type: donut
            title: 构成
            data: {甲: 40, 乙: {value: 30, kind: target}}
            """)
        #expect(error == D.chartError([
            ("donut share of \"乙\" is a target: a donut shows shares as they are; remove \"kind: target\"", D.at(12, 7)),
        ]))
    }

    @Test("an empty series is reported where it is written")
    func emptySeries() {
        let error = D.readError("""
            type: column
            title: 产值
            data:
            """)
        #expect(error == D.chartError([
            ("\"data\" must be \"label: number\" lines such as \"2019: 2546.18\", found nothing", D.at(12, 6)),
        ]))
        let emptyMap = D.readError("""
            type: line
            title: 产值
            series:
              签约: {}
            """)
        #expect(emptyMap == D.chartError([
            ("\"签约\" has no values: add lines such as \"2019: 2546.18\"", D.at(13, 7)),
        ]))
    }

    @Test("donut shares over 100 are rejected at the data")
    func donutOver100() {
        let error = D.readError("""
            type: donut
            title: 构成
            data: {纺织: 60.5, 制鞋: 44}
            """)
        #expect(error == D.chartError([
            ("donut shares add up to 104.5, more than 100: correct them so they add up to 100 or less "
                + "(the rest is shown as \"other\")", D.at(12, 7)),
        ]))
    }

    @Test("misspelt and misplaced keys are named, with a suggestion")
    func unknownKeys() {
        let error = D.readError("""
            type: line
            titel: 产值
            stacked: true
            data: {2019: 1}
            """)
        #expect(error == D.chartError([
            ("missing \"title\": add a line such as \"title: …\" naming what the chart shows", D.at(10, 1)),
            ("unknown key \"titel\" in the chart: did you mean \"title\"?", D.at(11, 1)),
            ("\"stacked\" does not apply to a line chart (it is for column, bar, area): remove it", D.at(12, 1)),
        ]))
    }

    @Test("two data sources and a bad reference are all reported in one pass")
    func severalProblems() {
        let error = D.readError("""
            type: column
            title: 产值
            decimals: many
            data: {2019: 1}
            indicator: gdp
            reference: {label: 目标}
            """)
        #expect(error == D.chartError([
            ("\"decimals\" must be a whole number from 0 to 6, found \"many\"", D.at(12, 11)),
            ("\"indicator\" and \"data\" both give the data: keep only one", D.at(14, 1)),
            ("\"reference\" needs \"value\" for a line, or \"from\" and \"to\" for a band: "
                + "{value: 6, label: 目标} or {from: 5, to: 6, label: …}", D.at(15, 12)),
        ]))
    }

    @Test("kpi and bullet name the figures they lack")
    func missingFigures() {
        let kpi = D.readError("""
            type: kpi
            unit: "%"
            """)
        #expect(kpi == D.chartError([
            ("missing \"label\": a kpi needs a line such as \"label: …\" naming the figure", D.at(10, 1)),
            ("missing \"value\": a kpi chart needs \"value: <number>\" or \"indicator: <id>\"", D.at(10, 1)),
        ]))
        let bullet = D.readError("""
            type: bullet
            title: 完成情况
            value: 5.6
            ranges: [6, 4]
            """)
        #expect(bullet == D.chartError([
            ("missing \"target\": a bullet chart needs \"target: <number>\" or \"indicator: <id>\"", D.at(10, 1)),
            ("\"ranges\" must go up from left to right, e.g. [60, 80, 100]", D.at(13, 9)),
        ]))
    }

    @Test("a spec that is not a mapping is rejected")
    func notAMapping() {
        #expect(D.readError("- column") == D.chartError([
            ("a chart needs \"key: value\" lines such as \"type: column\", found a list", D.at(10, 1)),
        ]))
    }
}

extension ChartSpecReaderDiagnosticsTests {
    @Test("a reference on a bar chart is refused rather than ignored")
    func barReference() {
        #expect(Diagnose.readError("type: bar\ntitle: 工资\ndata: {a: 1}\nreference: {value: 1}") == Diagnose.chartError([
            ("\"reference\" does not apply to a bar chart (it is for column, line, area): remove it", Diagnose.at(13, 1)),
        ]))
    }
}
