import AlmanacArchive
import AlmanacCore
import Foundation
import Testing
@testable import AlmanacBuild

/// Frozen figures are read back by field name from the frozen `indicators.json`.
@Suite struct FrozenFiguresTests {
    let config = try! SiteConfigParser().parse(SourceFile(path: "Content/site.yml", text: """
        title: {zh: 站, en: Site}
        description: {zh: 描述, en: Description}
        base_url: https://example.org/
        default_language: zh
        languages:
          - {code: zh, name: 中文, bcp47: zh-Hans}
          - {code: en, name: English, bcp47: en}
        """)).value

    func site(json: String) throws -> FrozenSite {
        let files = ["site/en/2025/indicators.json": Array(json.utf8), "site/en/2025/review/index.html": Array("<p>".utf8)]
        let manifest = ArchiveManifest(edition: 2025, frozen: "2026-11-21", baseURL: "https://example.org/", files: files, sources: [:])
        return try FrozenSite(editions: [FrozenEdition(manifest: manifest, files: files)], label: "Output/archive")
    }

    static let record = #"{"edition":2025,"indicator":"gdp","name":"=GDP","unit":"-","period":"2025","value":5.30,"kind":"estimate","qualifier":"about","note":"-provisional","article":"https://example.org/en/2025/review/"}"#

    @Test func figuresKeepTheirTextAndDecimals() throws {
        let figures = try FrozenFigures(try site(json: "{\"records\":[\n\(Self.record)\n]}"), urls: SiteURLs(config: config), languages: ["en"])
        let article = try TestSupport.parse("---\ntitle: t\ndate: 2025-01-01\n---\nx\n", path: "Content/2025/review.en.md")
        let figure = try #require(figures.apply(to: article).indicators.first)
        #expect(figure.id == "gdp" && figure.value == 5.3 && figure.writtenDecimals == 2)
        #expect(figure.kind == .estimate && figure.qualifier == .about && figure.period == Period("2025"))
        #expect(figure.note == "-provisional", "text is read as written, whatever the CSV does to it")
    }

    @Test func anUnreadableRecordIsALocatedError() {
        let broken = Self.record.replacingOccurrences(of: #""kind":"estimate""#, with: #""kind":"guess""#)
        #expect {
            _ = try FrozenFigures(try site(json: "{\"records\":[\n\(broken)\n]}"), urls: SiteURLs(config: config), languages: ["en"])
        } throws: { error in
            let diagnostic = (error as? DiagnosticError)?.diagnostics.first
            return diagnostic?.location == SourceLocation(path: "Output/archive/2025/site/en/2025/indicators.json", line: 2, column: 1)
        }
    }
}
