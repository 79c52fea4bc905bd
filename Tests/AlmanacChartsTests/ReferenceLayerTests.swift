import Testing

@Suite("Reference lines and bands")
struct ReferenceLayerTests {
    static func render(_ yaml: String, _ language: String = "en") throws -> String {
        try AlmanacChartsRendering.render(try Diagnose.spec(yaml), language: language)
    }

    static func number(_ pattern: Regex<(Substring, Substring)>, in html: String) throws -> Double {
        let match = try #require(html.firstMatch(of: pattern))
        return try #require(Double(match.output.1))
    }

    @Test("a wide reference label sits inside the plot, and every period keeps its label")
    func labelInside() throws {
        let html = try Self.render("""
            type: column
            title: Growth
            unit: "%"
            data: {2019: 6, 2020: 2.3, 2021: 8.1, 2022: 3, 2023: 5.2, 2024: 5, 2025: 5.4, 2026: 4.9}
            reference: {value: 9.5, label: Target for the years ahead}
            """)
        for year in 2019...2026 { #expect(html.contains(">\(year)</text>")) }
        #expect(html.contains(#/<g class="chart-reference-labels" font-size="11">\n<text [^>]*>Target for the years ahead 9.5%</text>/#))
        // No right margin is taken: the gridlines run to the edge of the viewBox.
        #expect(html.contains(#/<line x1="[0-9.]+" y1="[0-9.]+" x2="392" /#))
    }

    @Test("a reference line never strikes through a value label", arguments: (1...12).map { 6 + Double($0) / 20 })
    func valueLabelClear(_ reference: Double) throws {
        let html = try Self.render("""
            type: column
            title: Growth
            unit: "%"
            data: {a: 6, b: 5}
            reference: {value: \(reference), label: Goal}
            """)
        let line = try Self.number(#/<line x1="[0-9.]+" y1="([0-9.]+)" x2="[0-9.]+" y2="[0-9.]+" stroke="currentColor" stroke-width="1.25"/#, in: html)
        let label = try Self.number(#/<g class="chart-values"[^>]*>\n<text x="[0-9.]+" y="([0-9.]+)">6%</text>/#, in: html)
        let (top, bottom) = (label - 12 * 0.8, label + 12 * 0.2)
        #expect(!(top < line && line < bottom))
        #expect(top > line - 20, "the label stays near its column")
    }

    @Test("a band lies behind the marks, tinted and edged, with its label")
    func bandBehind() throws {
        let html = try Self.render("""
            type: column
            title: Growth
            unit: "%"
            data: {2023: 6.5, 2024: 6, 2026: 5.3}
            reference: {from: 5.3, to: 5.5, label: 2026 target}
            """)
        let band = try #require(html.firstRange(of: "<g class=\"chart-bands\">"))
        let marks = try #require(html.firstRange(of: "<g class=\"chart-marks\">"))
        #expect(band.lowerBound < marks.lowerBound)
        #expect(html.contains("fill=\"currentColor\" fill-opacity=\"0.14\"><title>2026 target 5.3%–5.5%</title>"))
        #expect(html.matches(of: #/stroke-opacity="0.5" stroke-dasharray="2 2"/#).count == 2)
        #expect(html.contains(">2026 target 5.3%–5.5%</text>") || html.contains(">2026 target</tspan>"))
    }

    @Test("a wrapped reference label keeps its value whole on a line of its own")
    func valueKeptWhole() throws {
        let html = try Self.render("""
            type: column
            title: 地区生产总值增速目标
            unit: "%"
            data: {2023: 6.5, 2024: 6, 2026: 5.3}
            reference: {from: 5.3, to: 5.5, label: 2026年目标区间}
            """, "zh")
        #expect(html.contains(">5.3%–5.5%</tspan>"))
        #expect(!html.contains(">间 5.3%"))
    }

    @Test("labels that find no free place inside go to the right margin")
    func marginFallback() throws {
        let html = try Self.render("""
            type: line
            title: Trade
            unit: "%"
            series:
              Exports: {2019: 8, 2020: -4, 2021: 18.5, 2022: 6.2, 2023: -2.4, 2024: 5.5}
              Imports: {2019: 3, 2020: -9.8, 2021: 12.1, 2022: 1, 2023: -5.6, 2024: 2.2}
              FDI: {2019: 5, 2020: -1.3, 2021: 7.7, 2022: 9.3, 2023: 3.2, 2024: 4.1}
            reference: {from: 0, to: 5, label: A band whose label is far too long to fit anywhere}
            """)
        #expect(!html.contains("chart-reference-labels"))
        #expect(html.contains(#/<g class="chart-labels" font-size="12">[^g]*A band whose/#))
    }
}
