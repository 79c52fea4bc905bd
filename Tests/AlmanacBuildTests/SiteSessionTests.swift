import AlmanacCore
import Foundation
import Testing
@testable import AlmanacBuild

/// Incremental rebuilds on a copy of the bilingual fixture site.
@Suite struct SiteSessionTests {
    let folder = TemporaryFolder()
    var root: String { folder.path }
    var content: String { root + "/Content" }
    var templates: String { root + "/Templates" }

    init() throws {
        let files = FileManager.default
        try files.copyItem(atPath: TestSupport.fixtures.appendingPathComponent("Sites/bilingual/Content").path, toPath: content)
        try files.copyItem(atPath: TestSupport.repositoryTemplates, toPath: templates)
    }

    func session() throws -> SiteSession {
        let session = SiteSession(input: SiteInput(siteRoot: root))
        try session.rebuildAll()
        return session
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try change(text).write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func anArticleEditRendersOnlyWhatShowsIt() throws {
        let session = try session()
        let path = content + "/2025/review.en.md"
        try edit(path) { $0.replacingOccurrences(of: "Modern logistics", with: "Modern logistics hubs") }
        let update = try session.update(changedFiles: [path])
        #expect(!update.wasFull)
        #expect(update.changedPages == ["en/2025/review/index.html"])
        #expect(update.renderedPages == 1, "a body edit changes no list, table or chart elsewhere")
        #expect(String(decoding: session.pages["en/2025/review/index.html"]!.bytes, as: UTF8.self).contains("Modern logistics hubs"))
    }

    @Test func aFigureEditReachesTheEditionTable() throws {
        let session = try session()
        let zh = content + "/2025/review.zh.md", en = content + "/2025/review.en.md"
        for path in [zh, en] { try edit(path) { $0.replacingOccurrences(of: "value: 1257", with: "value: 1300") } }
        let update = try session.update(changedFiles: [zh, en])
        #expect(update.changedPages == [
            "en/2025/index.html", "en/2025/review/index.html", "en/2025/revisions/index.html", "en/indicators/index.html",
            "en/indicators/projects_signed/index.html",
            "zh/2025/index.html", "zh/2025/review/index.html", "zh/2025/revisions/index.html", "zh/indicators/index.html",
            "zh/indicators/projects_signed/index.html",
        ])
    }

    @Test func aTagEditRemovesTheTagPageItEmptiedAndAddsTheNewOne() throws {
        let session = try session()
        let path = content + "/2025/review.en.md"
        try edit(path) { $0.replacingOccurrences(of: "tags: [economy, projects]", with: "tags: [economy, investment]") }
        let update = try session.update(changedFiles: [path])
        #expect(!update.wasFull)
        #expect(update.removedPages == ["en/tags/projects/index.html"])
        #expect(update.changedPages.contains("en/tags/investment/index.html"))
        #expect(update.changedPages.contains("en/tags/index.html"))
        #expect(!update.changedPages.contains { $0.hasPrefix("zh/") }, "the Chinese version lists nothing that changed")
    }

    @Test func aRetitledArticleRendersItsNeighboursAgain() throws {
        let session = try session()
        let path = content + "/2025/review.zh.md"
        try edit(path) { $0.replacingOccurrences(of: "title: 2025年回顾", with: "title: 二〇二五年回顾") }
        let update = try session.update(changedFiles: [path])
        #expect(update.changedPages.contains("zh/2025/notes/index.html"), "the next article links back by title")
        #expect(update.changedPages.contains("zh/2025/index.html"))
    }

    @Test func aTemplateEditRendersOnlyThePagesThatUseIt() throws {
        let session = try session()
        let path = templates + "/edition.mustache"
        try edit(path) { $0.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1 class=\"edition\">{{title}}</h1>") }
        let update = try session.update(changedFiles: [path])
        #expect(update.changedPages == ["en/2024/index.html", "en/2025/index.html", "zh/2024/index.html", "zh/2025/index.html"])
        #expect(update.renderedPages == 4)
    }

    @Test func anEditOfTheChartTemplateRendersEveryEmbeddablePage() throws {
        let session = try session()
        let path = templates + "/chart.mustache"
        try edit(path) { $0.replacingOccurrences(of: "<body class=\"embed\">", with: "<body class=\"embed x\">") }
        let update = try session.update(changedFiles: [path])
        let embeds = session.pages.keys.filter { $0.hasSuffix(".html") && $0.contains("/chart") }
        #expect(!embeds.isEmpty)
        #expect(update.changedPages == embeds.sorted())
    }

    @Test func aPartialEditRendersEveryPageThatIncludesIt() throws {
        let session = try session()
        let path = templates + "/partials/footer.mustache"
        try edit(path) { $0.replacingOccurrences(of: "<footer class=\"site-footer\">", with: "<footer class=\"site-footer x\">") }
        let update = try session.update(changedFiles: [path])
        let withFooter = session.pages.keys.filter { $0.hasSuffix(".html") && $0 != "index.html" && $0 != "404.html" }
            .filter { !$0.contains("/chart") }
        #expect(update.changedPages == withFooter.sorted(),
                "every page but the root, the 404 page and the charts' embeddable pages, which have no footer")
    }

    @Test func aBrokenEditKeepsThePreviousPagesUntilFixed() throws {
        let session = try session()
        let before = session.pages
        let path = content + "/2025/review.en.md"
        try edit(path) { $0.replacingOccurrences(of: "value: 1257", with: "value: 1258") }
        #expect(throws: DiagnosticError.self) { try session.update(changedFiles: [path]) }
        #expect(session.pages == before)
        try edit(path) { $0.replacingOccurrences(of: "value: 1258", with: "value: 1257") }
        let update = try session.update(changedFiles: [path])
        #expect(update.changedPages.isEmpty)
    }

    @Test func aNewArticleRebuildsEverything() throws {
        let session = try session()
        let path = content + "/2024/extra.zh.md"
        try "---\ntitle: 新文章\ndate: 2024-12-29\n---\n正文\n".write(toFile: path, atomically: true, encoding: .utf8)
        let update = try session.update(changedFiles: [path])
        #expect(update.wasFull)
        #expect(session.pages["zh/2024/extra/index.html"] != nil)
    }
}

extension SiteSessionTests {
    @Test func aFigureEditRedrawsChartsOfThatIndicatorElsewhere() throws {
        let session = try session()
        // The 2025 edition revises 2024's GDP: its value is the one charts draw for 2024.
        let zh = content + "/2025/review.zh.md", en = content + "/2025/review.en.md"
        for path in [zh, en] { try edit(path) { $0.replacingOccurrences(of: "value: 3312.8", with: "value: 3320.8") } }
        let update = try session.update(changedFiles: [zh, en])
        #expect(update.changedPages.contains("en/about/index.html"), "the about page charts gdp across editions")
        #expect(update.changedPages.contains("zh/about/index.html"))
    }
}

extension SiteSessionTests {
    /// Whatever the edits, the pages an incremental update leaves are those a full build makes.
    @Test func incrementalUpdatesMatchAFullRebuild() throws {
        let session = try session()
        let zh = content + "/2025/review.zh.md", en = content + "/2025/review.en.md"
        try edit(zh) { $0.replacingOccurrences(of: "tags: [经济, 项目]", with: "tags: [经济, 投资]")
            .replacingOccurrences(of: "title: 2025年回顾", with: "title: 2025年度回顾") }
        try edit(en) { $0.replacingOccurrences(of: "Modern logistics", with: "Modern logistics parks") }
        _ = try session.update(changedFiles: [zh, en])
        for path in [zh, en] { try edit(path) { $0.replacingOccurrences(of: "value: 1257", with: "value: 1260") } }
        _ = try session.update(changedFiles: [zh, en])
        for path in [zh, en] { try edit(path) { $0.replacingOccurrences(of: "date: 2025-12-30", with: "date: 2025-11-15") } }
        _ = try session.update(changedFiles: [zh, en])
        try edit(en) { $0 + "\nA closing paragraph.\n" }
        _ = try session.update(changedFiles: [en])
        let fresh = SiteSession(input: SiteInput(siteRoot: root))
        try fresh.rebuildAll()
        for path in fresh.pages.keys.sorted() {
            #expect(try session.page(at: path) == fresh.pages[path], "\(path) differs from a full rebuild")
        }
        #expect(Set(session.pages.keys) == Set(fresh.pages.keys), "pages of a tag nobody uses any more are gone")
    }
}

/// The preview's shortcut for edits that stay within their articles holds to what article pages declare.
struct ArticleDependencyTests {
    @Test func anArticlePageShowsOnlyItsOwnArticleAndFactsThatReachOtherArticlePages() {
        let key = ArticleKey(ArticleID(edition: 2025, slug: "plan"), language: "zh")
        let target = PageTarget.article(key.id, language: key.language)
        let facts = target.dependencies(languages: ["zh", "en"]) { _ in ["gdp", "gdp_growth"] }
        #expect(facts.contains(.article(key)))
        let others = facts.filter { $0 != .article(key) }
        #expect(others.allSatisfy { $0.reachesOtherArticlePages })
        #expect(!SiteFact.articleText(language: "zh").reachesOtherArticlePages)
    }
}
