import Testing

@Suite("Values spoken with their qualifier and kind")
struct ChartCanvasTests {
    static func yaml(unit: String) -> String {
        """
        type: column
        title: GDP
        unit: \(unit)
        data:
          2019: 2546.18
          2020: {value: 2600, kind: estimate, qualifier: over}
          2021: {value: 6.5, qualifier: about}
          2022: {value: 5.5, kind: target, qualifier: stretch}
        """
    }

    static func render(_ language: String, unit: String) throws -> String {
        try AlmanacChartsRendering.render(try Diagnose.spec(yaml(unit: unit)), language: language)
    }

    @Test("Chinese puts 逾 before and 左右 after the number, in tooltips, labels and the table")
    func chinese() throws {
        let html = try Self.render("zh", unit: "亿元")
        #expect(html.contains("<title>2020：逾2600亿元（预计）</title>"))
        #expect(html.contains("<title>2021：6.5亿元左右</title>"))
        #expect(html.contains("<title>2022：5.5亿元（力争）（目标）</title>"))
        #expect(html.contains(">逾2600</text>"))
        #expect(html.contains("<td>逾2600（预计）</td>"))
        #expect(html.contains("<td>5.5（力争）</td>"))
    }

    @Test("English leads with the qualifier, except for a stretch goal")
    func english() throws {
        let html = try Self.render("en", unit: "100 million yuan")
        #expect(html.contains("<title>2020: over 2,600 100 million yuan (estimate)</title>"))
        #expect(html.contains("<title>2021: about 6.5 100 million yuan</title>"))
        #expect(html.contains("<title>2022: 5.5 100 million yuan (stretch goal) (target)</title>"))
        #expect(html.contains("<td>over 2,600 (estimate)</td>"))
        #expect(html.contains("<td>about 6.5</td>"))
    }
}
