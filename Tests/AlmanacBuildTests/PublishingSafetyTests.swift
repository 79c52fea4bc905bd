import AlmanacCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import AlmanacBuild

/// What a build publishes stays well-formed and unambiguous whatever the sources hold:
/// no control characters in feeds, no formulas in spreadsheets, one page per URL.
@Suite struct PublishingSafetyTests {
    let site: SiteCopy

    init() throws {
        site = try SiteCopy()
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        try site.write(change(try String(contentsOfFile: site.root + "/" + path, encoding: .utf8)), to: path)
    }

    func text(_ path: String) -> String {
        (try? String(contentsOfFile: site.output + "/" + path, encoding: .utf8)) ?? ""
    }

    @Test func controlCharactersInTextOrFileNamesAreLocatedErrors() throws {
        try edit("Content/2025/review.en.md") { $0.replacingOccurrences(of: "summary: The main progress of the year.", with: "summary: \"a \\u0001 b\"") }
        try site.write("---\ntitle: t\ndate: 2025-01-01\n---\nx\n", to: "Content/2025/ev\u{1}il.en.md")
        let problems = site.failingBuild().map { $0.short(site.root) }
        #expect(problems == ["Content/2025/ev\u{1}il.en.md:1:1: the file name contains the control character U+0001; rename the file"])
        try FileManager.default.removeItem(atPath: site.root + "/Content/2025/ev\u{1}il.en.md")
        #expect(site.failingBuild().map { $0.short(site.root) } == [
            "Content/2025/review.en.md:4:10: \"summary\" contains the control character U+0001, which no page, feed or sitemap may carry; remove it",
        ])
    }

    @Test func feedsAndSitemapsParseAsXML() throws {
        _ = try SiteBuilder(input: site.input).build()
        for path in ["en/atom.xml", "zh/atom.xml", "sitemap.xml"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: site.output + "/" + path))
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(path) is well-formed")
        }
        #expect(text("en/atom.xml").contains("<updated>2025-12-30T00:00:00Z</updated>"))
    }

    @Test func spreadsheetFormulasInDownloadsAreNeutralised() throws {
        try edit("Content/indicators.yml") {
            $0.replacingOccurrences(of: "en: Gross domestic product", with: "en: \"=HYPERLINK(\\\"https://evil.example\\\")\"")
                .replacingOccurrences(of: "{zh: 亿元, en: yuan}", with: "{zh: 亿元, en: \"+cmd|' /C calc'!A0\"}")
        }
        _ = try SiteBuilder(input: site.input).build()
        let csv = text("en/2025/indicators.csv")
        #expect(csv.contains("\"'=HYPERLINK(\"\"https://evil.example\"\")\",\"'+cmd|' /C calc'!A0\""))
        #expect(!csv.contains(",=HYPERLINK") && !csv.contains(",\"=HYPERLINK"))
        #expect(text("en/2025/indicators.json").contains("\"=HYPERLINK(\\\"https://evil.example\\\")\""), "the JSON keeps the text as written")
    }

    @Test func aPageWhoseURLIsTakenIsAnErrorNamingBoth() throws {
        try site.write("---\ntitle: Tags\ndate: 2025-01-01\n---\nx\n", to: "Content/pages/tags.en.md")
        try site.write("---\ntitle: CSV\ndate: 2025-01-01\n---\nx\n", to: "Content/2025/indicators.csv.en.md")
        #expect(site.failingBuild().map { $0.short(site.root) } == [
            "Content/2025/indicators.csv.en.md:1:1: the article Content/2025/indicators.csv.en.md and the en csv download of edition 2025 would both be published at en/2025/indicators.csv; rename one of them",
            "Content/pages/tags.en.md:1:1: the article Content/pages/tags.en.md and the en tag index would both be published at en/tags/index.html; rename one of them",
        ].sorted())
    }

    @Test func distinctTagsGetDistinctPages() throws {
        try edit("Content/2025/review.en.md") { $0.replacingOccurrences(of: "tags: [economy, projects]", with: "tags: [C, C#, C++, \"!!!\", \"???\"]") }
        _ = try SiteBuilder(input: site.input).build()
        let tags = try FileManager.default.contentsOfDirectory(atPath: site.output + "/en/tags").filter { !$0.hasSuffix(".html") }
        #expect(Set(tags).count == 5)
        #expect(tags.contains("c"), "the plain spelling keeps the plain slug")
        #expect(SiteURLs.disambiguatedTagSlugs(["1+6 special action", "economy"]).isEmpty, "a tag that shares no slug keeps its URL")
    }

    @Test func headingIDsAreUniqueAndLeaveTheLayoutsAlone() throws {
        try site.append("\n## Intro\n\n## Intro\n\n## Intro 2\n\n## Main\n", to: "Content/2025/review.en.md")
        _ = try SiteBuilder(input: site.input).build()
        let page = text("en/2025/review/index.html")
        let ids = page.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count, "ids are unique: \(ids)")
        #expect(ids.contains("intro-2-2") && ids.contains("main-2"))
    }

    @Test func anArticlePlacedIntoAFrozenEditionWarns() throws {
        _ = try SiteBuilder(input: site.input).build()
        _ = try EditionFreezer(input: site.input).freeze(2025, on: CalendarDate(year: 2026, month: 11, day: 21), replacing: false)
        try site.write("---\ntitle: Late\ndate: 2025-06-01\nedition: 2025\n---\nx\n", to: "Content/2024/late.en.md")
        let warnings = try SiteBuilder(input: site.input).build().warnings.map { $0.short(site.root) }
        #expect(warnings.contains { $0.hasPrefix("Content/2024/late.en.md:1:1: added to frozen edition 2025 through `edition: 2025`") })
    }
}
