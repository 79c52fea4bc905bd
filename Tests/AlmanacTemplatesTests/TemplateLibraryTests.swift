import Testing
@testable import AlmanacTemplates

/// What the specification leaves open: located syntax errors and how values read.
struct TemplateLibraryTests {
    @Test func syntaxErrorsNameTheirLineAndColumn() {
        func error(_ text: String) -> TemplateSyntaxError? {
            do { _ = try TemplateLibrary(["page": text]); return nil } catch { return error.errors["page"] }
        }
        #expect(error("a\n  {{#list}}\nb") == TemplateSyntaxError(message: "no {{/list}} closes this section",
                                                                  position: TemplatePosition(line: 2, column: 3)))
        #expect(error("{{#a}}{{/b}}")?.message == "{{/b}} closes no open section (the open section is a, from line 1)")
        #expect(error("x\n{{name")?.position == TemplatePosition(line: 2, column: 1))
        #expect(error("{{ }}")?.message == "empty tag: write a name between the delimiters")
        #expect(error("{{=<%=}}")?.message == "a delimiter change needs two delimiters, such as {{=<% %>=}}")
    }

    @Test func valuesRenderAsTheyRead() throws {
        let library = try TemplateLibrary(["page": "{{a}} {{b}} {{c}} {{&d}} {{e}}|{{#f}}x{{/f}}|{{^g}}none{{/g}}|{{#h}}{{.}},{{/h}}"])
        let page = library.render("page", .object([
            "a": .number(85), "b": .number(1.5), "c": .flag(true), "d": .text("<b>"), "e": .text("'&'"),
            "f": .text(""), "g": [], "h": .list([.text("1"), .text("2")]),
        ]))
        #expect(page == "85 1.5 true <b> &#39;&amp;&#39;|x|none|1,2,")
    }
}
