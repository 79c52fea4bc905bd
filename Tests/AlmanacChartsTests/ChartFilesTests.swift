import AlmanacCore
import Foundation
import Testing
@testable import AlmanacCharts

/// The files a chart is published as: a standalone SVG that needs no page, and its numbers as CSV.
struct ChartFilesTests {
    static let files = ChartFiles(svg: "/c/chart-1.svg", csv: "/c/chart-1.csv", embed: "/c/chart-1/",
                                  credit: "Site\nhttps://example.org/c/chart-1/")

    func draw(_ sample: Sample, _ language: String) throws -> DrawnChart {
        let node = TestYAML.parse(sample.yaml(language), path: "Content/2025/sample.\(language).md")
        var context = Sample.context(language, idSalt: sample.name)
        context.files = Self.files
        return try ChartRenderer().draw(try ChartSpecReader().read(node), context: context)
    }

    @Test("every standalone SVG is an XML document with its title, source, notes and credit inside",
          arguments: Sample.all, ["zh", "en"])
    func standalone(_ sample: Sample, language: String) throws {
        let svg = try draw(sample, language).standaloneSVG
        let check = XMLCheck()
        #expect(check.parse(svg) == nil)
        #expect(check.elements.first == "svg")
        #expect(check.attributes.first?["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(Set(check.ids).count == check.ids.count)
        #expect(!svg.contains("var(--"), "page colour variables mean nothing outside the page")
        #expect(check.texts.contains("https://example.org/c/chart-1/"))
    }

    @Test func theTitleSourceAndNoteAreTextOfTheImage() throws {
        let check = XMLCheck()
        _ = check.parse(try draw(Sample.gdpColumns, "zh").standaloneSVG)
        let lines = check.texts.joined().split(separator: "\n")
        for line in ["地区生产总值", "2015—2024年", "来源：晋江市统计局", "注：按当年价格计算", "Site"] {
            #expect(lines.contains(Substring(line)), "\(line)")
        }
    }

    @Test func theSameChartMakesTheSameFileWhateverPageLinksToIt() throws {
        let node = TestYAML.parse(Sample.growthColumns.yaml("en"), path: "Content/2025/sample.en.md")
        let spec = try ChartSpecReader().read(node)
        var onePage = Sample.context("en", dataURL: "/en/2025/data.csv", idSalt: "indicator-gdp_growth")
        onePage.files = Self.files
        var otherPage = Sample.context("en", dataURL: nil, idSalt: "indicator-gdp_growth")
        otherPage.files = Self.files
        let first = try ChartRenderer().draw(spec, context: onePage)
        let second = try ChartRenderer().draw(spec, context: otherPage)
        #expect(first.standaloneSVG == second.standaloneSVG)
        #expect(first.csv == second.csv)
    }

    @Test func theFigureLinksToTheChartsOwnFiles() throws {
        let figure = try draw(Sample.gdpColumns, "en").figure
        #expect(figure.contains("<a href=\"/c/chart-1.svg\" download=\"\">Chart (SVG)</a>"))
        #expect(figure.contains("<a href=\"/c/chart-1.csv\" download=\"\">Data (CSV)</a>"))
        #expect(figure.contains("<a href=\"/c/chart-1/\">Embed</a>"))
        #expect(!(try draw(Sample.gdpColumns, "en").embeddedFigure.contains("chart-download")))
    }

    @Test func theCSVHasOneRowPerValueWithItsKindQualifierAndUnit() throws {
        let csv = try draw(Sample.growthColumns, "en").csv
        let rows = csv.split(separator: "\r\n").map(String.init)
        #expect(rows.first == "label,series,value,unit,kind,qualifier,status")
        #expect(rows.contains("2023,GDP growth,5.6,%,actual,,"))
        #expect(rows.contains("2024,GDP growth,5.9,%,estimate,,"))
        #expect(rows.contains("2024,GDP growth,6.5,%,target,about,"))
        #expect(csv.hasSuffix("\r\n"))
    }

    @Test func csvFieldsWithCommasOrQuotesAreQuoted() throws {
        let sample = Sample(name: "quoted", zh: "", en: """
            type: bar
            title: Pay
            unit: yuan
            data:
              'Wages, "average"': 5000
              Other: 10
            """)
        let rows = try draw(sample, "en").csv.split(separator: "\r\n")
        #expect(rows.contains("\"Wages, \"\"average\"\"\",,5000,yuan,actual,,"))
    }

    @Test func authorTextInTheCSVCannotRunAsASpreadsheetFormula() throws {
        let sample = Sample(name: "hostile", zh: "", en: """
            type: bar
            title: Pay
            unit: yuan
            data:
              "=HYPERLINK(\\"x\\")": 5
              "-3 days": 2
            """)
        let rows = try draw(sample, "en").csv.split(separator: "\r\n")
        #expect(rows.contains { $0.hasPrefix("\"'=HYPERLINK(") })
        #expect(rows.contains("\"'-3 days\",,2,yuan,actual,,"))
    }

    @Test func colourVariablesGiveWayToTheirFallbacks() {
        #expect(StandaloneSVGWriter.fixedColours("style=\"fill:var(--chart-1,#3f73d4)\" x") == "style=\"fill:#3f73d4\" x")
        #expect(StandaloneSVGWriter.fixedColours("a var(--x) b") == "a var(--x) b")
    }
}
