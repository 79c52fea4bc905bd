import AlmanacCore
import Testing
@testable import AlmanacBuild

@Suite struct ArticleParserTests {
    let path = "Content/2026/report.zh.md"

    func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    @Test func readsFrontMatterAndDefaults() throws {
        let article = try TestSupport.parse("---\ntitle: 报告\ndate: 2026-01-06\ntags: [a, b]\n---\n正文\n")
        #expect(article.id == ArticleID(edition: 2026, slug: "report"))
        #expect(article.language == "zh")
        #expect(article.title == "报告")
        #expect(article.date == CalendarDate(year: 2026, month: 1, day: 6))
        #expect(article.tags == ["a", "b"])
        #expect(article.period == .year(2026))
        #expect(article.body == "正文\n")
        #expect(article.bodyLine == 6)
    }

    @Test func readsEveryShapeOfIndicatorValue() throws {
        let article = try TestSupport.parse("""
            ---
            title: t
            date: 2026-01-06
            period: 2025
            indicators:
              gdp_growth: 6.5
              gdp:
                - {value: 1.45, period: 1978}
                - {value: 2600, period: 2020, kind: estimate, qualifier: over}
              projects: {value: 257, period: 2016..2019, note: 累计}
            ---
            """)
        let values = article.indicators.map { "\($0.id) \($0.period) \($0.value) \($0.kind) \($0.qualifier?.rawValue ?? "-") \($0.note ?? "-")" }
        #expect(values == [
            "gdp_growth 2025 6.5 actual - -",
            "gdp 1978 1.45 actual - -",
            "gdp 2020 2600.0 estimate over -",
            "projects 2016..2019 257.0 actual - 累计",
        ])
        #expect(article.indicators[0].location == location(6, 15))
    }

    @Test func reportsEveryProblemWithItsPosition() {
        let text = """
            ---
            title: [not, text]
            date: 2026-13-01
            colour: red
            indicators:
              gpd: 1
              gdp: {value: 12a, period: 20X1, kind: guess, qualifier: roughly}
              projects:
                - {value: 1, period: 2020}
                - {value: 2, period: 2020}
            ---
            """
        #expect(throws: DiagnosticError(stage: .parse, diagnostics: [
            .error("\"title\" must be text, found a list", at: location(2, 8)),
            .error("\"date\" must be a calendar date written YYYY-MM-DD, e.g. 2026-01-06, found \"2026-13-01\"", at: location(3, 7)),
            .error("unknown key \"colour\" in front matter (expected one of title, date, summary, tags, draft, edition, period, indicators)", at: location(4, 1)),
            .error("unknown indicator \"gpd\"; did you mean \"gdp\"? add it to the catalogue Content/indicators.yml or fix the id", at: location(6, 3)),
            .error("the value of \"gdp\" must be a number, found \"12a\"", at: location(7, 16)),
            .error("period \"20X1\" is not a year (2019), half (2020-H1), quarter (2025-Q3), month (2025-09) or span (2016..2019)", at: location(7, 29)),
            .error("unknown kind \"guess\" (expected actual, estimate, target)", at: location(7, 41)),
            .error("unknown qualifier \"roughly\" (expected about, over, under, at_least, stretch, top)", at: location(7, 59)),
            .error("indicator \"projects\" has two values for period 2020 (first at line 9); keep one", at: location(10, 15)),
        ])) {
            try TestSupport.parse(text)
        }
    }

    @Test func requiresTitleAndDate() {
        #expect(throws: DiagnosticError(stage: .parse, diagnostics: [
            .error("front matter needs \"date\"; add `date: …`", at: SourceLocation(path: path)),
            .error("front matter needs \"title\"; add `title: …`", at: SourceLocation(path: path)),
        ])) {
            try TestSupport.parse("---\nsummary: s\n---\n")
        }
    }

    @Test func locatesYAMLSyntaxErrorsInTheFile() {
        do {
            _ = try TestSupport.parse("---\ntitle: t\ndate: 2026-01-06\ntags: [a, b\n---\n")
            Issue.record("expected a YAML error")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics[0].location?.path == path)
            #expect(error.diagnostics[0].location?.line == 5)
            #expect(error.diagnostics[0].message.hasPrefix("invalid YAML: "))
        }
    }
}
