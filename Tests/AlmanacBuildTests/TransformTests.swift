import AlmanacCore
import AlmanacMarkdown
import Testing
@testable import AlmanacBuild

@Suite struct TransformTests {
    func transformed(_ text: String, path: String = "Content/2026/report.zh.md", contentLabel: String = "Content",
                     others: [String] = []) throws -> (String, [Diagnostic]) {
        let article = try TestSupport.parse(text, path: path, contentLabel: contentLabel)
        let otherArticles = try others.map {
            try TestSupport.parse("---\ntitle: o\ndate: 2026-01-01\n---\n", path: $0, contentLabel: contentLabel)
        }
        let config = SiteConfig(title: LocalizedText([:]), description: LocalizedText([:]), baseURL: "https://e.org/a/",
                                defaultLanguage: "zh", languages: [Language(code: "zh", name: "中文", bcp47: "zh-Hans"),
                                                                   Language(code: "en", name: "English", bcp47: "en")],
                                unsafeHTML: false)
        let model = try SiteModelBuilder(config: config, catalogue: TestSupport.catalogue, includeDrafts: false)
            .build([article] + otherArticles).value
        let transformer = ArticleTransformer(transforms: ArticleTransformer.standard(), context: TransformContext(model: model))
        let (result, problems) = transformer.transform(article)
        return (result.body.html, problems)
    }

    @Test func fillsInFiguresFromFrontMatter() throws {
        let (html, problems) = try transformed("---\ntitle: t\ndate: 2026-01-06\nindicators:\n  gdp_growth: {value: 6.5, qualifier: about}\n---\n增速{{indicator gdp_growth}}。\n")
        #expect(problems.isEmpty)
        #expect(html == "<p>增速<data class=\"figure\" value=\"6.5\">6.5%左右</data>。</p>\n")
    }

    @Test func leavesOtherDoubleBracesAlone() throws {
        let (html, _) = try transformed("---\ntitle: t\ndate: 2026-01-06\n---\n{{ not a figure }}\n")
        #expect(html == "<p>{{ not a figure }}</p>\n")
    }

    @Test func resolvesMarkdownLinksToPagesInTheSameLanguage() throws {
        let (html, problems) = try transformed(
            "---\ntitle: t\ndate: 2026-01-06\n---\n[a](../2025/plan.md#goals) [b](plan.en.md) [c](https://x.org/a.md)\n",
            others: ["Content/2025/plan.zh.md", "Content/2026/plan.en.md"])
        #expect(problems.isEmpty)
        #expect(html == "<p><a href=\"/a/zh/2025/plan/#goals\">a</a> <a href=\"/a/en/2026/plan/\">b</a> <a href=\"https://x.org/a.md\">c</a></p>\n")
    }

    @Test func resolvesLinksWhateverTheContentFolderIsCalled() throws {
        let (html, problems) = try transformed(
            "---\ntitle: t\ndate: 2026-01-06\n---\n[a](../2025/plan.md)\n", path: "/srv/site/Content/2026/report.zh.md",
            contentLabel: "/srv/site/Content", others: ["/srv/site/Content/2025/plan.zh.md"])
        #expect(problems.isEmpty)
        #expect(html == "<p><a href=\"/a/zh/2025/plan/\">a</a></p>\n")
    }

    @Test func anchorsChineseAndEnglishHeadingsUniquely() {
        #expect(Slug.of("一、总体情况") == "一总体情况")
        #expect(Slug.of("2. Next year's target") == "2-next-years-target")
        #expect(Slug.of("！？") == "section")
    }

    @Test func countsReadingTimeByCharactersForChineseAndWordsForEnglish() {
        #expect(ReadingTime.minutes(String(repeating: "字", count: 2000), language: "zh") == 5)
        #expect(ReadingTime.minutes(Array(repeating: "word", count: 1100).joined(separator: " "), language: "en") == 5)
        #expect(ReadingTime.minutes("short", language: "en") == 1)
    }
}

extension TransformTests {
    @Test func chartedIndicatorsAreReadAsYAML() {
        let body = "```chart\ntype: line\ntitle: a\nindicator: \"gdp\"\n```\n\n```chart\n{type: line, title: b, indicator: gdp_growth}\n```\n"
        let document = MarkdownDocument(parsing: body, options: MarkdownOptions(unsafeHTML: false))
        #expect(ArticleTransformer.chartedIndicators(document) == ["gdp", "gdp_growth"])
    }
}
