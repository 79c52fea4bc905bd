import AlmanacFiles
import AlmanacCore
import Foundation
import Testing
@testable import AlmanacBuild

/// Every chart offers its own SVG, its CSV and an embeddable page, and every link to them
/// resolves to a file the build wrote.
@Suite struct ChartDownloadTests {
    let folder = TemporaryFolder()

    func build() throws -> String {
        let site = TestSupport.fixtures.appendingPathComponent("Sites/bilingual")
        let output = folder.path + "/Output"
        let input = SiteInput(contentRoot: site.appendingPathComponent("Content").path,
                              templatesRoot: TestSupport.repositoryTemplates, outputRoot: output)
        _ = try SiteBuilder(input: input).build()
        return output
    }

    func text(_ output: String, _ path: String) -> String? {
        FileManager.default.contents(atPath: output + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The links of every "Download: SVG · CSV · Embed" line in the built pages.
    func downloadLinks(_ output: String) throws -> [(page: String, href: String)] {
        try FileIO.disk.listFiles(output).filter { $0.hasSuffix(".html") }.flatMap { page in
            (text(output, page) ?? "").split(separator: "\n").filter { $0.hasPrefix("<p class=\"chart-download\">") }
                .flatMap { line in line.split(separator: "href=\"").dropFirst().map { (page, String($0.prefix { $0 != "\"" })) } }
        }
    }

    @Test func everyDownloadLinkResolvesToAFileOfTheBuild() throws {
        let output = try build()
        let links = try downloadLinks(output)
        #expect(links.count >= 12, "the fixture draws charts on articles, pages, indicator and edition pages")
        for (page, href) in links {
            #expect(href.hasPrefix("/almanac/"), "\(page): \(href)")
            var path = String(href.dropFirst("/almanac/".count))
            if path.hasSuffix("/") { path += "index.html" }
            #expect(FileManager.default.fileExists(atPath: output + "/" + path), "\(page) links to \(href), which the build did not write")
        }
        #expect(Set(links.map { $0.href.split(separator: ".").last ?? "" }).isSuperset(of: ["svg", "csv"]))
    }

    @Test func anIndicatorsChartHasOneSetOfFilesWhicheverPageDrawsIt() throws {
        let output = try build()
        let edition = try #require(text(output, "en/2025/index.html"))
        let indicator = try #require(text(output, "en/indicators/gdp/index.html"))
        let link = "<a href=\"/almanac/en/indicators/gdp/chart.svg\" download=\"\">"
        #expect(edition.contains(link))
        #expect(indicator.contains(link))
        let svg = try #require(text(output, "en/indicators/gdp/chart.svg"))
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("https://example.org/almanac/en/indicators/gdp/chart/"))
        #expect(try FileIO.disk.listFiles(output).filter { $0.hasSuffix(".svg") && $0.contains("indicators/gdp/") }.sorted()
            == ["en/indicators/gdp/chart.svg", "zh/indicators/gdp/chart.svg"])
    }

    @Test func theEmbeddablePageShowsTheChartAloneWithASnippetToCopy() throws {
        let output = try build()
        let page = try #require(text(output, "zh/2025/notes/chart-1/index.html"))
        #expect(page.contains("<figure class=\"chart"))
        #expect(page.contains("<details class=\"chart-data\">"), "the data table comes with the chart")
        #expect(!page.contains("<script"), "no JavaScript")
        #expect(!page.contains("chart-download"), "the embedded chart offers no downloads of its own page")
        #expect(page.contains("&lt;iframe src=&quot;https://example.org/almanac/zh/2025/notes/chart-1/&quot;"))
        #expect(page.contains("<a href=\"https://example.org/almanac/zh/2025/notes/\" target=\"_blank\" rel=\"noopener\">"),
                "a link back to the article")
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        let csv = try #require(text(output, "zh/2025/notes/chart-1.csv"))
        #expect(csv.hasPrefix("label,series,value,unit,kind,qualifier,status\r\n"))
    }

    @Test func twoBuildsWriteTheSameChartFiles() throws {
        let output = try build()
        let first = try FileIO.disk.listFiles(output).filter { $0.hasSuffix(".svg") || $0.hasSuffix(".csv") }
            .map { ($0, text(output, $0)) }
        let again = try build()
        for (path, bytes) in first { #expect(text(again, path) == bytes, "\(path)") }
    }
}
