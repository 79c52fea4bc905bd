import Testing

@Suite("Descriptions in the page language")
struct ChartDescriberTests {
    static func description(_ sample: Sample, _ language: String) throws -> String {
        let html = try sample.render(language)
        let match = try #require(html.firstMatch(of: /<desc id="[^"]+">([^<]*)<\/desc>/))
        return String(match.output.1)
    }

    @Test("Chinese names the range, highest, lowest and latest with scaled units")
    func chinese() throws {
        #expect(try Self.description(Sample.incomeColumns, "zh")
            == "柱形图，共5个时期，2020年至2024年。城镇居民人均可支配收入：最高为2024年的6.07万元，最低为2020年的4.87万元，最新为2024年的6.07万元。")
    }

    @Test("English groups thousands and marks estimates and targets")
    func english() throws {
        #expect(try Self.description(Sample.growthLine, "en")
            == "Line chart of 8 periods, 2018 to 2025. GDP growth: highest 9.1% in 2021, lowest 3.2% in 2020, "
            + "latest 5.9% (estimate) in 2024. Targets: about 6.5% for 2024, 6.0% for 2025. Reference: National 5%.")
    }

    @Test("a kpi states the change against the previous edition")
    func kpi() throws {
        #expect(try Self.description(Sample.gdpKPI, "zh") == "地区生产总值2024年为3621.54亿元，较2023年（3360.70亿元）上升260.84亿元。")
    }

    @Test("the kpi shows the change with an arrow and a sign, not colour alone")
    func kpiArrow() throws {
        let html = try Sample.gdpKPI.render("en")
        #expect(html.contains(">▲ +260.84 CNY 100m (+7.8%)</tspan><tspan x=\"0\" dy=\"16\">vs 2023 (3,360.70 CNY 100m)<"))
    }
}
