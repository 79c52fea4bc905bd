import Foundation
import Testing

@Suite("Chart markup is well-formed and accessible")
struct WellFormednessTests {
    static let cases: [(Sample, String)] = Sample.all.flatMap { [($0, "zh"), ($0, "en")] }

    @Test("every figure parses as XML, with unique ids", arguments: cases)
    func wellFormed(_ sample: Sample, language: String) throws {
        let html = try sample.render(language, dataURL: "/data/x.csv")
        let check = XMLCheck()
        #expect(check.parse(html) == nil)
        #expect(Set(check.ids).count == check.ids.count)
        #expect(check.elements.first == "figure")
    }

    @Test("the SVG is labelled by its title and described by its description", arguments: cases)
    func accessible(_ sample: Sample, language: String) throws {
        let html = try sample.render(language)
        let check = XMLCheck()
        _ = check.parse(html)
        let svg = try #require(check.attributes[try #require(check.elements.firstIndex(of: "svg"))])
        #expect(svg["role"] == "img")
        #expect(svg["width"] == "100%" || sample.name == "sparkline")
        let ids = Set(check.ids)
        #expect(ids.contains(try #require(svg["aria-labelledby"])))
        #expect(ids.contains(try #require(svg["aria-describedby"])))
        if sample.name != "sparkline" {
            #expect(check.elements.contains("details"))
            #expect(check.attributes.contains { $0["scope"] == "row" })
        }
    }

    @Test("numbers in the markup are finite and have at most two decimals", arguments: cases)
    func numbers(_ sample: Sample, language: String) throws {
        let html = try sample.render(language)
        #expect(html.firstMatch(of: /\b(nan|inf)\b/) == nil)
        let long = html.firstMatch(of: /="[^"]*\d\.\d{3,}/)
        #expect(long == nil, "found \(long.map { String($0.output) } ?? "")")
    }

    @Test("no blank or indented lines, which would break a Markdown HTML block", arguments: cases)
    func safeInMarkdown(_ sample: Sample, language: String) throws {
        let lines = try sample.render(language).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty })
        #expect(!lines.contains { $0.hasPrefix(" ") || $0.hasPrefix("\t") })
    }

    @Test("author text is escaped everywhere it appears")
    func escaping() throws {
        let yaml = """
            type: column
            title: "R&D <b>\\"投入\\"</b>"
            source: A & B
            data: {"<2020>": 1, 2021: 2}
            """
        let spec = try Diagnose.spec(yaml.replacingOccurrences(of: "\\\"", with: "'"))
        let html = try AlmanacChartsRendering.render(spec)
        #expect(!html.contains("<b>"))
        #expect(html.contains("R&amp;D &lt;b&gt;"))
        #expect(html.contains("A &amp; B"))
        #expect(html.contains("&lt;2020&gt;"))
        #expect(XMLCheck().parse(html) == nil)
    }
}

/// Renders a spec with the sample context.
enum AlmanacChartsRendering {
    static func render(_ spec: AlmanacCharts.ChartSpec, language: String = "zh") throws -> String {
        try AlmanacCharts.ChartRenderer().render(spec, context: Sample.context(language))
    }
}

import AlmanacCharts
