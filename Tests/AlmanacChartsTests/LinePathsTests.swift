import Testing

@Suite("Lines and sparklines break at gaps")
struct LinePathsTests {
    static func group(_ name: String, in html: String) -> Substring {
        guard let start = html.firstRange(of: "<g class=\"\(name)\"") else { return "" }
        let rest = html[start.lowerBound...]
        return rest[..<(rest.firstRange(of: "</g>")?.lowerBound ?? rest.endIndex)]
    }

    @Test("a line is drawn in two runs around an empty value")
    func lineGap() throws {
        let spec = try Diagnose.spec("type: line\ntitle: 目标\ndata: {2022: 6, 2023: 6.5, 2024: ~, 2025: 5.5, 2026: 5.3}")
        let html = try AlmanacChartsRendering.render(spec)
        let lines = Self.group("chart-lines", in: html)
        #expect(lines.matches(of: /<path d="M[^"]*"/).count == 2)
        #expect(!lines.contains(/L[^"]*L[^"]*L[^"]*L/))
        #expect(html.contains("<tr><th scope=\"row\">2024</th><td>—</td></tr>"))
    }

    @Test("a sparkline draws no segment across a gap and marks a point left alone")
    func sparklineGap() throws {
        let spec = try Diagnose.spec("type: sparkline\ndata: {2022: 6, 2023: ~, 2024: 5, 2025: ~, 2026: 5.3, 2027: 5.5}")
        let html = try AlmanacChartsRendering.render(spec)
        #expect(html.matches(of: /<path d="M/).count == 1)
        #expect(html.matches(of: /<circle\s/).count == 3)
    }
}
