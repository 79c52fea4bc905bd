import AlmanacCore
import Testing
@testable import AlmanacBuild

@Suite struct IndicatorHistoryTests {
    let growth = TestSupport.catalogue["gdp_growth"]!

    func report(_ value: Double, _ period: Period, _ kind: FigureKind, reported: Int, _ qualifier: FigureQualifier? = nil) -> IndicatorReport {
        IndicatorReport(
            value: IndicatorValue(id: "gdp_growth", value: value, period: period, kind: kind, qualifier: qualifier,
                                  location: SourceLocation(path: "a.md")),
            article: ArticleID(edition: reported, slug: "r"), articleDate: CalendarDate(year: reported, month: 1, day: 1))
    }

    @Test func keepsTheLatestReportAndListsEarlierOnesAsVintages() {
        let history = IndicatorHistory(definition: growth, reports: [
            report(6.2, .year(2025), .estimate, reported: 2025),
            report(6.0, .year(2025), .actual, reported: 2026),
            report(5.5, .year(2024), .actual, reported: 2025),
        ])
        #expect(history.figures.map(\.period) == [.year(2024), .year(2025)])
        #expect(history.figures[1].latest.value.value == 6.0)
        #expect(history.figures[1].vintages.map(\.value.value) == [6.2])
    }

    @Test func judgesTargetsByDirectionAndQualifier() {
        let history = IndicatorHistory(definition: growth, reports: [
            report(6.5, .year(2023), .target, reported: 2023, .about), report(6.2, .year(2023), .actual, reported: 2024),
            report(7, .year(2024), .target, reported: 2024), report(6.5, .year(2024), .actual, reported: 2025),
            report(5, .year(2025), .target, reported: 2025), report(5.5, .year(2025), .estimate, reported: 2025),
        ])
        #expect(history.verdict(for: .year(2023)) == .met, "6.2 is within 5% of about 6.5")
        #expect(history.verdict(for: .year(2024)) == .missed)
        #expect(history.verdict(for: .year(2025)) == .onTrack)
        #expect(history.verdict(for: .year(2022)) == nil)
    }
}
