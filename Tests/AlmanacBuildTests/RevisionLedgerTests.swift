import AlmanacCore
import Testing
@testable import AlmanacBuild

/// The ledger across three editions: first published, a scheduled revision, a correction.
@Suite struct RevisionLedgerTests {
    func report(_ value: Double, period: Period = .year(2024), kind: FigureKind = .actual, edition: Int,
                qualifier: FigureQualifier? = nil, correction: Bool = false, status: FigureStatus? = nil) -> IndicatorReport {
        var figure = IndicatorValue(id: "gdp", value: value, writtenDecimals: 1, period: period, kind: kind, qualifier: qualifier,
                                    status: status, location: SourceLocation(path: "Content/\(edition)/review.zh.md"))
        figure.correction = correction
        return IndicatorReport(value: figure, article: ArticleID(edition: edition, slug: "review"),
                               articleDate: CalendarDate(year: edition, month: 1, day: 10))
    }

    @Test func recordsFirstPublishedEachChangeAndTheLatest() throws {
        let ledger = RevisionLedger(IndicatorDataset(reports: [
            report(3200, kind: .estimate, edition: 2025),
            report(3200, edition: 2026),                  // confirmed: not a change
            report(3215.4, edition: 2027, correction: true),
            report(3300, period: .year(2025), kind: .target, edition: 2025),
        ]))
        let revisions = try #require(ledger.revisions["gdp"])
        #expect(revisions.count == 1, "the target was never changed")
        #expect(revisions[0].first.article.edition == 2025)
        #expect(revisions[0].changes.map(\.article.edition) == [2027])
        #expect(revisions[0].latest.value.value == 3215.4)
        #expect(revisions[0].isCorrection)
        #expect(ledger.isRevision(report(3215.4, edition: 2027)))
        #expect(!ledger.isRevision(report(3200, edition: 2026)))
    }

    @Test func aRevisedFigureIsFlaggedUnlessItsAuthorSaysOtherwise() {
        let ledger = RevisionLedger(IndicatorDataset(reports: [report(5.8, edition: 2025), report(5.9, edition: 2026)]))
        let revised = report(5.9, edition: 2026)
        #expect(ledger.status(of: revised.value, in: revised.article) == .revised)
        let final = report(5.9, edition: 2026, status: .final)
        #expect(ledger.status(of: final.value, in: final.article) == .final)
        let first = report(5.8, edition: 2025)
        #expect(ledger.status(of: first.value, in: first.article) == nil)
    }

    @Test func aCorrectionNeedsAFootnote() {
        #expect(throws: DiagnosticError.self) {
            try TestSupport.parse("---\ntitle: t\ndate: 2026-01-06\nindicators:\n  gdp: {value: 1, correction: true}\n---\nx\n")
        }
    }
}
