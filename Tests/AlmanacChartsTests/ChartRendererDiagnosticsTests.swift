import AlmanacCore
import Testing

@Suite("Data problems found while rendering give located diagnostics")
struct ChartRendererDiagnosticsTests {
    typealias D = Diagnose

    @Test("an unknown indicator points at its id")
    func unknownIndicator() throws {
        let error = try D.renderError("""
            type: line
            title: 增速
            indicator: gdp_growht
            """)
        #expect(error == D.chartError([
            ("unknown indicator \"gdp_growht\"; did you mean \"gdp_growth\"? add it to the catalogue Content/indicators.yml or fix the id",
             D.at(12, 12)),
        ]))
    }

    @Test("a missing CSV file points at its name")
    func missingCSV() throws {
        let error = try D.renderError("""
            type: column
            title: 项目
            csv: pipline.csv
            """)
        #expect(error == D.chartError([
            ("data file \"Content/data/pipline.csv\" not found: add the file or correct the name", D.at(12, 6)),
        ]))
    }

    @Test("a bullet over an indicator without targets asks for one")
    func bulletWithoutTarget() throws {
        let error = try D.renderError("""
            type: bullet
            title: 收入
            indicator: income
            """)
        #expect(error == D.chartError([
            ("indicator \"income\" has no target to compare with: add \"target: <number>\"", D.at(12, 12)),
        ]))
    }

    @Test("a donut cannot show an indicator's history")
    func donutFromIndicator() throws {
        #expect(D.readError("""
            type: donut
            title: 构成
            indicator: income
            """) == D.chartError([
            ("\"indicator\" does not apply to a donut chart (it is for column, bar, line, area, kpi, bullet, sparkline): "
                + "remove it", D.at(12, 1)),
        ]))
    }
}
