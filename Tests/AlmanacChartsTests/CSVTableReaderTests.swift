@testable import AlmanacCharts
import AlmanacCore
import Testing

@Suite("CSV data files")
struct CSVTableReaderTests {
    let reader = CSVTableReader(path: "Content/data/x.csv")

    @Test("header names the series, first column the labels, empty cells are gaps")
    func table() throws {
        let table = try reader.read("\u{FEFF}年份,签约,\"开工, 新\"\r\n2023,120,80\r\n2024,150,\n").get()
        #expect(table.labels == ["2023", "2024"])
        #expect(table.series.map(\.name) == ["签约", "开工, 新"])
        #expect(table.series[1].values == [ChartValue(80, decimals: 0), nil])
    }

    @Test("a bad cell is reported at its line and column in the CSV file")
    func badCell() {
        let result = reader.read("年份,签约\n2023,120\n2024,abc\n")
        guard case let .failure(error) = result else { Issue.record("expected a failure"); return }
        #expect(error == Diagnose.chartError([
            ("the cell in column \"签约\" must be a number, found \"abc\"",
             Diagnose.at(3, 6, path: "Content/data/x.csv")),
        ]))
    }

    @Test("a file with only a header has nothing to draw")
    func headerOnly() {
        guard case let .failure(error) = reader.read("年份,签约\n") else { Issue.record("expected a failure"); return }
        #expect(error == Diagnose.chartError([
            ("Content/data/x.csv has no data rows below its header: add one row per label",
             Diagnose.at(1, 1, path: "Content/data/x.csv")),
        ]))
    }
}
