@testable import AlmanacCharts
import Testing

@Suite("Bullet charts")
struct BulletDrawerTests {
    static let en = """
        type: bullet
        title: High-tech enterprises
        unit: companies
        label: Registered high-tech enterprises at the end of 2023 against the three-year goal
        value: {value: 800, qualifier: over}
        target: {value: 1000, qualifier: at_least}
        """

    static func render(_ yaml: String, _ language: String) throws -> String {
        try AlmanacChartsRendering.render(try Diagnose.spec(yaml), language: language)
    }

    /// The tick labels with the span each covers, anchored as drawn.
    static func ticks(_ html: String) -> [(String, ClosedRange<Double>)] {
        guard let start = html.firstRange(of: "<g class=\"chart-axis\"") else { return [] }
        let rest = html[start.lowerBound...]
        let axis = rest[..<(rest.firstRange(of: "</g>")?.lowerBound ?? rest.endIndex)]
        return axis.matches(of: #/<text x="([0-9.]+)" y="[0-9.]+"(?: text-anchor="(start|end)")?>([^<]+)</text>/#)
            .map { match in
                let x = Double(match.output.1)!, text = String(match.output.3)
                let width = TextMetrics.width(text, fontSize: 12)
                let left = match.output.2 == "start" ? x : (match.output.2 == "end" ? x - width : x - width / 2)
                return (text, left...(left + width))
            }
    }

    @Test("the unit is written once, on the last tick, and no tick label touches the next", arguments: ["zh", "en"])
    func ticksApart(_ language: String) throws {
        let yaml = language == "en" ? Self.en : Self.en.replacingUnit(with: "家")
        let ticks = Self.ticks(try Self.render(yaml, language))
        #expect(ticks.count >= 3)
        #expect(ticks.last?.0 == (language == "en" ? "1,000 companies" : "1000家"))
        #expect(ticks.dropLast().allSatisfy { !$0.0.contains("companies") && !$0.0.contains("家") })
        for (left, right) in zip(ticks, ticks.dropFirst()) {
            #expect(left.1.upperBound + 8 <= right.1.lowerBound, "\(left.0) touches \(right.0)")
        }
    }

    @Test("a long label wraps beside the figures, which keep their qualifiers")
    func heading() throws {
        let html = try Self.render(Self.en, "en")
        #expect(!html.contains("…"))
        #expect(html.contains(">over 800 companies / Target at least 1,000 companies</"))
        #expect(html.contains("goal</tspan>"))
    }
}

private extension String {
    func replacingUnit(with unit: String) -> String {
        split(separator: "\n").map { $0.hasPrefix("unit:") ? "unit: \(unit)" : String($0) }.joined(separator: "\n")
    }
}
