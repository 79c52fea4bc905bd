import AlmanacFiles
import AlmanacCore
import Foundation
import Testing
@testable import AlmanacBuild

/// The full build (batched, written to disk) and the preview (in memory, then incremental)
/// must publish the same pages. Pinned on a corpus larger than one batch of article pages,
/// with charts, tags, figures across editions and a frozen edition.
@Suite struct BuildPreviewParityTests {
    let site: SiteCopy
    /// Article pairs added to the fixture: 2 × 140 pages, more than `SiteBuilder.batchSize`.
    static let pairs = 140

    init() throws {
        site = try SiteCopy()
        for number in 0..<Self.pairs {
            let year = 2024 + number % 2
            for language in ["zh", "en"] {
                try site.write(Self.article(number, language: language), to: "Content/\(year)/generated-\(number).\(language).md")
            }
        }
        _ = try SiteBuilder(input: site.input).build()
        _ = try EditionFreezer(input: site.input).freeze(2024, on: CalendarDate(year: 2026, month: 11, day: 21), replacing: false)
    }

    static func article(_ number: Int, language: String) -> String {
        let zh = language == "zh"
        return """
            ---
            title: \(zh ? "第\(number)篇报告" : "Report \(number)")
            date: \(2024 + number % 2)-\(String(format: "%02d", 1 + number % 12))-\(String(format: "%02d", 1 + number % 28))
            summary: \(zh ? "摘要\(number)" : "Summary \(number)")
            tags: [\(zh ? "标签\(number % 7), 经济" : "tag \(number % 7), economy")]
            indicators:
              projects_signed: {value: \(100 + number), period: \(2010 + number % 14)-\(String(format: "%02d", 1 + number % 12))}
            ---
            ## \(zh ? "概况" : "Overview")

            \(zh ? "签约" : "Signed"): {{indicator projects_signed}}.

            ```chart
            type: column
            title: \(zh ? "图\(number)" : "Chart \(number)")
            data: {a: \(number), b: \(number + 1)}
            ```

            """
    }

    /// The preview's view of the site: drafts shown, links from `/`.
    var previewInput: SiteInput {
        var input = site.input
        input.includeDrafts = true
        input.baseURLOverride = "/"
        return input
    }

    /// Every file a full build with the preview's settings writes, archive aside.
    func builtPages() throws -> [String: [UInt8]] {
        _ = try SiteBuilder(input: previewInput).build()
        var pages: [String: [UInt8]] = [:]
        for path in try FileIO.disk.listFiles(site.output) where !path.hasPrefix("archive/") {
            pages[path] = try FileIO.disk.read(site.output + "/" + path)
        }
        return pages
    }

    func sessionPages(_ session: SiteSession, paths: some Sequence<String>) throws -> [String: [UInt8]] {
        var pages: [String: [UInt8]] = [:]
        for path in paths { pages[path] = try session.page(at: path)?.bytes }
        return pages
    }

    func expectSame(_ built: [String: [UInt8]], _ previewed: [String: [UInt8]]) {
        #expect(built.count > 2 * Self.pairs, "the corpus is larger than one batch")
        #expect(Set(previewed.keys) == Set(built.keys))
        let different = built.keys.filter { previewed[$0] != built[$0] }.sorted()
        #expect(different.isEmpty, "pages that differ: \(different.prefix(5))")
    }

    @Test func aFullBuildAndThePreviewPublishTheSamePages() throws {
        let session = SiteSession(input: previewInput)
        try session.rebuildAll()
        let built = try builtPages()
        expectSame(built, try sessionPages(session, paths: session.pages.keys.filter { !$0.hasPrefix("archive/") }))
    }

    @Test func anIncrementalUpdateEndsWhereAFullBuildDoes() throws {
        let session = SiteSession(input: previewInput)
        try session.rebuildAll()
        let paths = ["Content/2025/generated-1.en.md", "Content/2025/generated-1.zh.md", "Content/2025/review.en.md"]
        for path in paths {
            try site.write((try String(contentsOfFile: site.root + "/" + path, encoding: .utf8))
                .replacingOccurrences(of: "value: 101", with: "value: 111")
                .replacingOccurrences(of: "Modern logistics", with: "Modern logistics hubs"), to: path)
        }
        let update = try session.update(changedFiles: paths.map { site.root + "/" + $0 })
        #expect(!update.wasFull)
        let built = try builtPages()
        expectSame(built, try sessionPages(session, paths: built.keys))
    }
}
