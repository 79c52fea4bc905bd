import Testing

/// Long names wrap onto more lines instead of being cut; "…" is the last resort.
@Suite("Long labels wrap instead of being cut")
struct LongLabelTests {
    static func render(_ yaml: String, _ language: String = "en") throws -> String {
        try AlmanacChartsRendering.render(try Diagnose.spec(yaml), language: language)
    }

    @Test("series names at line ends take up to three lines")
    func seriesNames() throws {
        let html = try Self.render("""
            type: line
            title: Income
            series:
              Per-capita disposable income of urban residents: {2023: 1, 2024: 2}
              Rural: {2023: 1.5, 2024: 1.8}
            """)
        #expect(!html.contains("…"))
        #expect(html.contains(">Per-capita</tspan>") || html.contains(">Per-capita disposable</tspan>"))
        #expect(html.contains("residents</tspan>"))
    }

    @Test("long bar categories widen their column before any is cut", arguments: ["zh", "en"])
    func barCategories(_ language: String) throws {
        let html = try Self.render("""
            type: bar
            title: 工资
            data:
              信息传输、软件和信息技术服务业及其他相关的现代服务业门类: 18.66
              Information transmission, software and information technology services: 15.2
              制造业: 9.88
            """, language)
        #expect(!html.contains("…"))
        #expect(html.contains("门类</tspan>") && html.contains("services</tspan>"))
    }

    @Test("a legend key wider than the chart wraps under its swatch")
    func legendKeys() throws {
        let html = try Self.render("""
            type: column
            title: Targets
            series:
              GDP: {2023: 6.5}
              Total general public budget revenue of the city including funds transferred from higher levels: {2023: 7.6}
            """)
        #expect(!html.contains("…"))
        #expect(html.contains(#/<g class="chart-legend"[^>]*>(\n[^\n]*)*<tspan [^>]*>Total general public budget/#))
    }

    @Test("turned category labels take a second line instead of an ellipsis")
    func rotatedCategories() throws {
        let html = try Self.render("""
            type: column
            title: Growth
            data:
              Textiles and apparel: 6.2
              Footwear: 4.8
              Building ceramics: -3.5
              Food and beverages: 7.9
              Paper and printing: 2.1
              Equipment manufacturing: 12.4
            """)
        #expect(!html.contains("…"))
        #expect(html.contains(#/>Equipment</tspan><tspan [^>]*>manufacturing</tspan>/#))
    }

    @Test("wrapping tries wider lines before cutting")
    func widerBeforeCut() {
        let text = "Per-capita disposable income of urban residents in the city"
        #expect(!TextMetricsProbe.isCut(text, widths: [60, 180]))
        #expect(TextMetricsProbe.isCut(text, widths: [20]))
    }
}
