import Testing

@Suite("Indicator charts: periods, words and targets")
struct IndicatorChartTests {
    static func render(_ yaml: String, _ language: String = "zh") throws -> String {
        try AlmanacChartsRendering.render(try Diagnose.spec(yaml), language: language)
    }

    static func rowLabels(_ html: String) -> [String] {
        html.matches(of: /<tr><th scope="row">([^<]*)<\/th>/).map { String($0.output.1) }
    }

    @Test("periods: annual drops halves and spans of years")
    func annual() throws {
        let html = try Self.render("type: column\ntitle: 增速\nindicator: growth_halves\nperiods: annual")
        #expect(Self.rowLabels(html) == ["2019年", "2020年", "2021年", "2022年", "2025年", "2026年"])
    }

    @Test("from and to keep the periods that lie within those years")
    func fromTo() throws {
        let html = try Self.render("type: line\ntitle: Growth\nindicator: growth_halves\nfrom: 2019\nto: 2025", "en")
        #expect(Self.rowLabels(html) == ["2019", "H1 2020", "2020", "2021", "2022", "2025"])
    }

    @Test("no period left is an error at the indicator")
    func nothingLeft() throws {
        let error = try Diagnose.renderError("type: line\ntitle: 增速\nindicator: growth_halves\nfrom: 2030")
        #expect(error == Diagnose.chartError([
            ("indicator \"growth_halves\" has no values in the periods asked for: widen \"from\", \"to\" or \"periods\"",
             Diagnose.at(12, 12)),
        ]))
    }

    @Test("tables, tooltips and descriptions say the period in words; a crowded axis keeps it short")
    func periodWords() throws {
        let zh = try Self.render("type: column\ntitle: 增速\nindicator: growth_halves")
        #expect(zh.contains("<tr><th scope=\"row\">2020年上半年</th><td>0.5</td><td>—</td></tr>"))
        #expect(zh.contains("<title>地区生产总值增速 · 2020年上半年：0.5%</title>"))
        #expect(zh.contains("最低为2020年上半年的0.5%"))
        #expect(zh.contains(">2020-H1</text>"))
        let en = try Self.render("type: column\ntitle: Growth\nindicator: growth_halves", "en")
        #expect(en.contains("<title>GDP growth · H1 2020: 0.5%</title>"))
        #expect(en.contains("<tr><th scope=\"row\">2016–2019</th>"))
    }

    @Test("an axis with room shows the periods in words")
    func roomyAxis() throws {
        let html = try Self.render("type: column\ntitle: 增速\nindicator: growth_halves\nfrom: 2021")
        #expect(html.contains(">2021年</text>") && html.contains(">2026年</text>"))
    }

    @Test("a kpi says 较2020年, and that the value before was an estimate")
    func kpiPeriods() throws {
        let zh = try Self.render("type: kpi\nindicator: growth_halves\nto: 2021")
        #expect(zh.contains("较2020年预计（3.2%）"))
        #expect(zh.contains("地区生产总值增速 · 2021年"))
        let en = try Self.render("type: kpi\nindicator: growth_halves\nto: 2021", "en")
        #expect(en.contains("vs 2020 estimate (3.2%)"))
    }

    @Test("a kpi whose latest value is an estimate says so in its heading")
    func kpiEstimate() throws {
        let zh = try Self.render("type: kpi\nindicator: growth_halves")
        #expect(zh.contains("地区生产总值增速 · 2025年预计"))
        let en = try Self.render("type: kpi\nindicator: growth_halves", "en")
        #expect(en.contains("GDP growth · 2025 estimate"))
    }

    @Test("a period with only a target shows the target's value like an actual one")
    func targetLabels() throws {
        let html = try Self.render("type: column\ntitle: 增速\nindicator: growth_halves\nperiods: annual")
        #expect(html.contains(">6.5%左右</text>"))
        #expect(html.contains(">5.3%</text>"))
        #expect(html.contains("<td>—</td><td>5.3</td>"))
        let en = try Self.render("type: column\ntitle: Growth\nindicator: growth_halves\nperiods: annual", "en")
        #expect(en.contains(#/>about</tspan><tspan [^>]*>6.5%</tspan>/#), "too wide for its band, it takes two lines")
    }
}
