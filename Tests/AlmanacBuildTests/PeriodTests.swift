import Testing
@testable import AlmanacBuild

@Suite struct PeriodTests {
    @Test(arguments: [
        ("2019", Period.year(2019)), ("2020-H1", .half(2020, 1)), ("2025-Q3", .quarter(2025, 3)),
        ("2025-09", .month(2025, 9)), ("2016..2019", .span(2016, 2019)),
    ])
    func readsEverySpelling(text: String, period: Period) {
        #expect(Period(text) == period)
        #expect(period.description == text)
    }

    @Test(arguments: ["19", "2020-H3", "2025-Q5", "2025-13", "2019..2016", "2020-h1", "twenty", "2019..", "2025-9"])
    func rejectsMalformedPeriods(text: String) {
        #expect(Period(text) == nil)
    }

    @Test func ordersAlongTheTimeAxis() {
        let sorted = [Period.year(2020), .half(2020, 1), .year(2019), .span(2016, 2019)].sorted()
        #expect(sorted == [.year(2019), .span(2016, 2019), .half(2020, 1), .year(2020)])
    }
}
