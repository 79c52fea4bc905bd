import Testing

@Suite("Unusual data still renders")
struct EdgeCaseTests {
    static let specs: [String] = [
        "type: column\ntitle: 一个值\ndata: {2024: 5}",
        "type: column\ntitle: 全为零\ndata: {a: 0, b: 0}",
        "type: bar\ntitle: 全为负\ndata: {a: -5, b: -12.5}",
        "type: line\ntitle: 一个点\ndata: {2024: 5}",
        "type: area\ntitle: 大数\nunit: 元\ndata: {2023: 123456789012, 2024: 234567890123}",
        "type: line\ntitle: 小数\ndata: {2023: 0.0012, 2024: 0.0031}",
        "type: column\ntitle: 缺值\nstacked: true\nseries:\n  甲: {2023: 1, 2024: -2}\n  乙: {2024: 3}",
        "type: donut\ntitle: 零\ndata: {a: 0}",
        "type: donut\ntitle: 满\ndata: {a: 100}",
        "type: sparkline\ndata: {2024: 1}",
        "type: kpi\nlabel: 持平\nvalue: 5\nprevious: 5",
        "type: bullet\ntitle: 超额\nvalue: 12\ntarget: 10",
        "type: column\ntitle: 很多类别\ndata: {\((1...80).map { "类别\($0): \($0)" }.joined(separator: ", "))}",
    ]

    @Test("renders to well-formed markup", arguments: specs)
    func renders(_ yaml: String) throws {
        for language in ["zh", "en"] {
            let html = try AlmanacChartsRendering.render(try Diagnose.spec(yaml), language: language)
            #expect(XMLCheck().parse(html) == nil)
            #expect(html.firstMatch(of: /\b(nan|inf)\b/) == nil)
        }
    }
}
