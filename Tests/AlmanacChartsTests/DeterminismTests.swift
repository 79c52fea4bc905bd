import AlmanacCharts
import Testing

@Suite("Output is deterministic")
struct DeterminismTests {
    @Test("the same spec renders byte for byte the same", arguments: Sample.all)
    func sameBytes(_ sample: Sample) throws {
        #expect(try sample.render("zh") == sample.render("zh"))
        #expect(try sample.render("en") == sample.render("en"))
    }

    @Test("ids come from the language and the salt")
    func contentIDs() throws {
        let zh = try Sample.gdpColumns.render("zh")
        #expect(zh.contains("id=\"chart-"))
        #expect(try Self.id(zh) != Self.id(Sample.gdpColumns.render("en")))
        #expect(try Self.id(zh) != Self.id(Sample.gdpColumns.render("zh", idSalt: "2")))
        #expect(try Self.id(zh) != Self.id(Sample.groupedColumns.render("zh")))
    }

    static func id(_ html: String) throws -> String {
        let match = try #require(html.firstMatch(of: /id="(chart-[0-9a-f]{8})"/))
        return String(match.output.1)
    }
}
