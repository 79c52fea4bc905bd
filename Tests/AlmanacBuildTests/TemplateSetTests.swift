import AlmanacCore
import Testing
@testable import AlmanacBuild

struct TemplateSetTests {
    func templates(_ text: String) throws -> TemplateSet {
        try TemplateSet(Dictionary(uniqueKeysWithValues: TemplateSet.required.map {
            ($0, SourceFile(path: "Templates/\($0).mustache", text: text))
        }))
    }

    @Test func variablesAreEscapedAsSwiftMustacheEscapesHTML() throws {
        let html = try templates("{{x}}|{{{x}}}").render("root", ["x": "<a title=\"晋江\">R&D's 🚀</a>"])
        #expect(html == "&lt;a title=&quot;晋江&quot;&gt;R&amp;D&#39;s 🚀&lt;/a&gt;|<a title=\"晋江\">R&D's 🚀</a>")
    }

    @Test func textWithoutSpecialCharactersIsUnchanged() throws {
        #expect(try templates("{{x}}").render("root", ["x": "2026年 GDP 增长 6%"]) == "2026年 GDP 增长 6%")
    }

    @Test func syntaxErrorsPointAtTheTemplateLine() throws {
        let error = #expect(throws: DiagnosticError.self) { try templates("line one\nline {{/close}} two\n") }
        #expect(error?.diagnostics.first?.location?.line == 2)
    }
}
