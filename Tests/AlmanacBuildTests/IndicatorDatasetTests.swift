import AlmanacCore
import Testing
@testable import AlmanacBuild

struct IndicatorDatasetTests {
    func report(_ value: Double, _ year: Int, _ kind: FigureKind, from slug: String, on day: Int) -> IndicatorReport {
        IndicatorReport(value: IndicatorValue(id: "gdp_growth", value: value, period: .year(year), kind: kind,
                                              location: SourceLocation(path: "Content/\(slug).zh.md")),
                        article: ArticleID(edition: 2026, slug: slug),
                        articleDate: CalendarDate(year: 2026, month: 1, day: day))
    }

    func points(_ dataset: IndicatorDataset) -> [String] {
        (dataset.latest["gdp_growth"] ?? []).map { "\($0.value.period) \($0.value.kind) \($0.value.value)" }
    }

    @Test func keepsTheNewestReportOfEachPeriodAndKindInPeriodOrder() {
        let dataset = IndicatorDataset(reports: [
            report(6.1, 2025, .estimate, from: "late", on: 20),
            report(5.8, 2025, .estimate, from: "early", on: 2),
            report(6.0, 2025, .actual, from: "early", on: 2),
            report(5.5, 2024, .actual, from: "early", on: 2),
        ])
        #expect(points(dataset) == ["2024 actual 5.5", "2025 actual 6.0", "2025 estimate 6.1"])
    }

    @Test func followsAnArticleWhoseFiguresChange() {
        var dataset = IndicatorDataset(reports: [report(5.8, 2025, .estimate, from: "early", on: 2),
                                                 report(6.1, 2025, .estimate, from: "late", on: 20)])
        dataset.replaceReports(of: ArticleID(edition: 2026, slug: "late"), with: [report(7.0, 2026, .target, from: "late", on: 20)])
        #expect(points(dataset) == ["2025 estimate 5.8", "2026 target 7.0"])
        dataset.replaceReports(of: ArticleID(edition: 2026, slug: "early"), with: [])
        dataset.replaceReports(of: ArticleID(edition: 2026, slug: "late"), with: [])
        #expect(dataset.latest["gdp_growth"] == nil)
    }
}
