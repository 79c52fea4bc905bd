import AlmanacCore
import Testing
@testable import AlmanacBuild

@Suite struct SiteModelTests {
    let config = SiteConfig(title: LocalizedText([:]), description: LocalizedText([:]), baseURL: "https://e.org/",
                            defaultLanguage: "zh", languages: [Language(code: "zh", name: "中文", bcp47: "zh-Hans")],
                            unsafeHTML: false)

    func article(_ slug: String, _ date: String, edition: Int = 2026) throws -> Article {
        try TestSupport.parse("---\ntitle: \(slug)\ndate: \(date)\n---\n", path: "Content/\(edition)/\(slug).zh.md")
    }

    func model(_ articles: [Article]) throws -> SiteModel {
        try SiteModelBuilder(config: config, catalogue: TestSupport.catalogue, includeDrafts: false).build(articles).value
    }

    @Test func neighboursFollowReadingOrderWithinTheEdition() throws {
        let articles = try [article("c", "2026-03-01"), article("a", "2026-01-01"), article("b2", "2026-02-01"),
                            article("b1", "2026-02-01"), article("d", "2026-04-01"), article("old", "2025-06-01", edition: 2025)]
        let site = try model(articles)
        func slugs(_ slug: String, edition: Int = 2026) -> [String?] {
            let pair = site.neighbours(of: site.article(ArticleID(edition: edition, slug: slug), language: "zh")!)
            return [pair.previous?.id.slug, pair.next?.id.slug]
        }
        #expect(slugs("a") == [nil, "b1"])
        #expect(slugs("b1") == ["a", "b2"])
        #expect(slugs("b2") == ["b1", "c"])
        #expect(slugs("d") == ["c", nil])
        #expect(slugs("old", edition: 2025) == [nil, nil])
    }

    @Test func findsAnArticleWhoseDateChangedSinceItsSectionWasSorted() throws {
        let site = try model([article("a", "2026-01-01"), article("b", "2026-02-01"), article("c", "2026-03-01")])
        var moved = site.article(ArticleID(edition: 2026, slug: "a"), language: "zh")!
        moved.date = CalendarDate(year: 2026, month: 12, day: 1)
        let pair = site.neighbours(of: moved)
        #expect(pair.previous == nil)
        #expect(pair.next?.id.slug == "b")
    }
}
