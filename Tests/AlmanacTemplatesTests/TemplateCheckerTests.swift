import Testing
@testable import AlmanacTemplates

/// Templates read against declared fields: what is missed, where, and what was meant.
struct TemplateCheckerTests {
    let page = TemplateFields([
        TemplateField("title", .text),
        TemplateField("t", .table(["title", "search"])),
        TemplateField("about", .text, optional: true),
        TemplateField("articles", .list(TemplateFields([TemplateField("url", .text)]))),
    ])

    func unresolved(_ templates: [String: String], pages: [String: TemplateFields]? = nil) throws -> [UnresolvedName] {
        TemplateChecker.unresolvedNames(in: try TemplateLibrary(templates), pages: pages ?? ["page": page])
    }

    @Test func aNameNoPageDeclaresIsReportedWithTheNamesInScope() throws {
        let missed = try unresolved(["page": "<h1>{{titel}}</h1>\n{{t.ttle}}{{#about}}{{about}}{{/about}}{{title}}"])
        #expect(missed.map(\.name) == ["titel", "t.ttle"])
        #expect(missed[0].position == TemplatePosition(line: 1, column: 5))
        #expect(missed[0].available == ["title", "t", "about", "articles"])
        #expect(missed[1].available == ["t.title", "t.search"])
    }

    @Test func sectionsPushTheirFieldsAndNamesInsideAnUnknownSectionAreNotJudged() throws {
        let missed = try unresolved(["page": "{{#articles}}{{url}}{{title}}{{link}}{{/articles}}{{#nope}}{{anything}}{{/nope}}{{^nope}}{{other}}{{/nope}}"])
        #expect(missed.map(\.name) == ["link", "nope", "nope", "other"])
    }

    @Test func partialsAndBlocksAreReadWithTheFieldsOfThePagesThatUseThem() throws {
        let templates = [
            "base": "<title>{{$head}}{{title}}{{/head}}</title>{{>footer}}",
            "footer": "{{about}}{{count}}",
            "page": "{{<base}}{{$head}}{{t.search}}{{headline}}{{/head}}{{/base}}",
            "list": "{{>footer}}",
        ]
        let other = TemplateFields([TemplateField("count", .number)])
        let missed = try unresolved(templates, pages: ["page": page, "list": other])
        // `about` is declared by the page kind, `count` by the list: each is found by some page that uses the footer.
        #expect(missed.map { "\($0.template):\($0.name)" } == ["page:headline"])
    }

    @Test func pagesAreHeldToTheirDeclarations() {
        let data = TemplateData.object([
            "title": .text("A"), "t": .object(["x": .text("y")]), "extra": .flag(true),
            "articles": .list([.object(["url": .number(1)])]),
        ])
        #expect(page.mismatches(of: data) == [
            "articles[0].url: declared text, given number",
            "extra: given but not declared",
        ])
        #expect(page.mismatches(of: .object(["t": .object([:]), "articles": []])) == ["title: declared but not given"])
    }
}
