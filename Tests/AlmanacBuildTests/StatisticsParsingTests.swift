import AlmanacCore
import Testing
@testable import AlmanacBuild

/// Status, footnotes, indicator metadata and edition.yml: read, checked, and refused at the line.
@Suite struct StatisticsParsingTests {
    let catalogueFile = "Content/indicators.yml"

    func catalogue(_ text: String) throws(DiagnosticError) -> Staged<IndicatorCatalogue> {
        try CatalogueParser(languages: ["zh", "en"]).parse(SourceFile(path: catalogueFile, text: text))
    }

    func at(_ line: Int, _ column: Int, _ path: String? = nil) -> SourceLocation {
        SourceLocation(path: path ?? catalogueFile, line: line, column: column)
    }

    @Test func readsStatusAndFootnotesOfAValue() throws {
        let article = try TestSupport.parse("""
            ---
            title: t
            date: 2026-01-06
            indicators:
              gdp: {value: 3200, period: 2025, kind: estimate, status: provisional, footnotes: [按现价计算。, 增速按不变价格计算。]}
            ---
            x
            """)
        #expect(article.indicators[0].status == .provisional)
        #expect(article.indicators[0].footnotes == ["按现价计算。", "增速按不变价格计算。"])
    }

    @Test func refusesAnUnknownStatusAndFootnotesThatAreNotText() {
        #expect(throws: DiagnosticError(stage: .parse, diagnostics: [
            .error("unknown status \"preliminary\" (expected provisional, revised, final, break, definition_changed)",
                   at: at(5, 27, "Content/2026/report.zh.md")),
            .error("\"footnotes\" must be text, found a mapping", at: at(5, 52, "Content/2026/report.zh.md")),
        ])) {
            try TestSupport.parse("""
                ---
                title: t
                date: 2026-01-06
                indicators:
                  gdp: {value: 1, status: preliminary, footnotes: [{a: b}]}
                ---
                x
                """)
        }
    }

    @Test func readsIndicatorMetadata() throws {
        let parsed = try catalogue("""
            gdp:
              name: {zh: 地区生产总值, en: Gross domestic product}
              unit: {zh: 亿元, en: yuan}
              scale: 100000000
              definition: {zh: 定义, en: Definition}
              source: {zh: 市统计局, en: City statistics bureau}
              frequency: half-yearly
              price_basis: constant
              related: [rank]
            rank:
              name: {zh: 排名, en: Rank}
              unit: {zh: 位, en: rank}
              style: rank
            """)
        let gdp = parsed.value["gdp"]!.metadata
        #expect(gdp.scalePower == 8 && gdp.frequency == .halfYearly && gdp.priceBasis == .constant)
        #expect(gdp.definition?["en"] == "Definition" && gdp.source?["zh"] == "市统计局" && gdp.related == ["rank"])
        #expect(parsed.value["rank"]!.metadata.style == .rank)
        #expect(parsed.value["gdp"]!.scalePower(in: "en") == 8 && parsed.value["gdp"]!.scalePower(in: "zh") == 0)
    }

    @Test func refusesBadMetadataAtItsLine() {
        #expect(throws: DiagnosticError(stage: .parse, diagnostics: [
            .error("\"scale\" must be a power of ten such as 10000 or 100000000, found \"25000\"", at: at(4, 10)),
            .error("unknown frequency \"yearly\" (expected annual, half-yearly, quarterly, monthly, irregular)", at: at(5, 14)),
            .error("unknown price_basis \"nominal\" (expected current, constant)", at: at(6, 16)),
            .error("unknown indicator \"gdp_grwth\"; add it to the catalogue Content/indicators.yml or fix the id", at: at(7, 12)),
        ])) {
            try catalogue("""
                gdp:
                  name: {zh: 地区生产总值, en: Gross domestic product}
                  unit: {zh: 亿元, en: yuan}
                  scale: 25000
                  frequency: yearly
                  price_basis: nominal
                  related: [gdp_grwth]
                """)
        }
    }

    @Test func aHeadlineIndicatorWithoutADefinitionIsAWarning() throws {
        let parsed = try catalogue("""
            gdp:
              name: {zh: 地区生产总值, en: Gross domestic product}
              unit: {zh: 亿元, en: yuan}
              headline: true
            """)
        #expect(parsed.warnings.map(\.description) == [
            "Content/indicators.yml:1:1: warning: headline indicator \"gdp\" has no definition; add `definition: {zh: …, en: …}` "
                + "so its page can say what it measures",
        ])
    }

    @Test func footnotesMustBeTranslatedOneForOne() {
        func version(_ language: String, footnotes: [String]) -> Article {
            var article = try! TestSupport.parse("---\ntitle: t\ndate: 2026-01-06\nindicators:\n  gdp: 1\n---\nx\n",
                                                 path: "Content/2026/report.\(language).md")
            article.indicators[0].footnotes = footnotes
            return article
        }
        let problems = TranslationChecker().compare([version("zh", footnotes: ["按现价计算。"]), version("en", footnotes: [])])
        #expect(problems.map(\.message) == [
            "indicator \"gdp\" for 2026 has 1 footnote(s) here but 0 in Content/2026/report.en.md:5:8; "
                + "translate each footnote, so both versions number the same notes",
        ])
    }

    @Test func readsEditionFilesAndGivesTheirStatusToFiguresWithout() throws {
        let file = SourceFile(path: "Content/2025/edition.yml", text: """
            title: {zh: 2025年版, en: The 2025 edition}
            coverage: {zh: 2025年结果与2026年目标, en: Results for 2025 and targets for 2026}
            about: {zh: 年度报告。, en: The yearly report.}
            published: 2026-01-06
            status: provisional
            next_release: 2027-03
            """)
        let editions = try EditionInfoParser(languages: ["zh", "en"]).parse([2025: file]).value
        #expect(editions[2025]?.coverage?["en"] == "Results for 2025 and targets for 2026")
        #expect(editions[2025]?.about?["zh"] == "年度报告。")
        #expect(editions[2025]?.nextRelease == .month(year: 2027, month: 3))
        let article = try TestSupport.parse("""
            ---
            title: t
            date: 2026-01-06
            indicators:
              gdp: 1
              gdp_growth: [{value: 5, status: final}, {value: 6, period: 2026, kind: target}]
            ---
            x
            """, path: "Content/2025/report.zh.md").withDefaults(of: editions)
        // A provisional edition does not make its targets provisional.
        #expect(article.indicators.map(\.status) == [.provisional, .final, nil])
    }

    @Test func refusesAProvisionalTarget() {
        #expect(throws: DiagnosticError(stage: .parse, diagnostics: [
            .error("a target of \"gdp_growth\" cannot be provisional: that status describes a measured figure; "
                   + "remove it and say in `footnotes` how the target was set", at: at(5, 48, "Content/2026/report.zh.md")),
        ])) {
            try TestSupport.parse("""
                ---
                title: t
                date: 2026-01-06
                indicators:
                  gdp_growth: {value: 6, kind: target, status: provisional}
                ---
                x
                """)
        }
    }

    @Test func refusesABadEditionFile() {
        #expect(throws: DiagnosticError(stage: .parse, diagnostics: [
            .error("\"published\" must be a date written YYYY-MM-DD, found \"January 2026\"", at: at(1, 12, "Content/2025/edition.yml")),
            .error("unknown key \"next_relase\" in edition.yml: did you mean \"next_release\"?", at: at(2, 1, "Content/2025/edition.yml")),
        ])) {
            try EditionInfoParser(languages: ["zh", "en"]).parse([2025: SourceFile(path: "Content/2025/edition.yml",
                                                                                   text: "published: January 2026\nnext_relase: 2027-03\n")])
        }
    }
}
