import Testing

@Suite("Key figures in a small tile")
struct KPIDrawerTests {
    static func render(_ yaml: String, _ language: String) throws -> String {
        try AlmanacChartsRendering.render(try Diagnose.spec(yaml), language: language)
    }

    /// Rendered size in pixels of `units` when the SVG is `pixels` wide.
    static func pixels(_ units: Double, in html: String, at pixels: Double) throws -> Double {
        let match = try #require(html.firstMatch(of: #/viewBox="0 0 ([0-9.]+) [0-9.]+"/#))
        return units * pixels / (Double(match.output.1) ?? 1)
    }

    @Test("at 22rem the number is large and every line of text at least 12 px", arguments: ["zh", "en"])
    func proportions(_ language: String) throws {
        let html = try Sample.incomeKPI.render(language)
        let sizes = html.matches(of: #/<text [^>]*font-size="([0-9.]+)"/#).compactMap { Double($0.output.1) }
        #expect(try Self.pixels(sizes.min() ?? 0, in: html, at: 352) >= 12)
        #expect(try Self.pixels(sizes.max() ?? 0, in: html, at: 352) >= 40)
    }

    @Test("a long heading wraps instead of being cut")
    func longHeading() throws {
        let html = try Self.render("""
            type: kpi
            label: Per-capita disposable income of urban residents in Jinjiang
            value: 60712
            unit: yuan
            period: "2024"
            """, "en")
        #expect(!html.contains("…"))
        #expect(html.contains("· 2024</tspan>"))
    }

    @Test("the qualifier stays with the big number, where the language puts it")
    func qualifier() throws {
        let yaml = "type: kpi\nlabel: 地区生产总值\nvalue: {value: 3000, qualifier: over}\nunit: 亿元"
        #expect(try Self.render(yaml, "zh").contains(#/<tspan font-size="18">逾</tspan><tspan dx="[0-9.]+">3000</tspan>/#))
        let about = "type: kpi\nlabel: GDP growth\nvalue: {value: 6.5, qualifier: about}\nunit: \"%\""
        #expect(try Self.render(about, "en").contains(#/<tspan font-size="18">about</tspan><tspan dx="[0-9.]+">6.5</tspan>/#))
    }

    @Test("no change is computed from or to a bound, and a provisional value is flagged")
    func boundsAndStatus() throws {
        let bound = "type: kpi\nlabel: GDP\nvalue: {value: 3000, qualifier: over}\nprevious: 2546.18\nunit: yuan"
        let html = try Self.render(bound, "en")
        #expect(!html.contains("▲") && !html.contains("▼"))
        #expect(!html.contains(" from "), "the description states no change either")
        let plain = "type: kpi\nlabel: GDP\nvalue: {value: 3000, status: provisional}\nprevious: 2546.18\nunit: yuan"
        let flagged = try Self.render(plain, "en")
        #expect(flagged.contains("▲"))
        #expect(flagged.contains("3,000 yuan (provisional)"))
    }
}
