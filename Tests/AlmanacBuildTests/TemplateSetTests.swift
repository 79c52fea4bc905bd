import Foundation
import AlmanacCore
import AlmanacTemplates
import Testing
@testable import AlmanacBuild

struct TemplateSetTests {
    func templates(_ text: String) throws -> TemplateSet {
        // `snippet` is no page's template, so it takes any values.
        try TemplateSet(Dictionary(uniqueKeysWithValues: (TemplateSet.required + ["snippet"]).map {
            ($0, SourceFile(path: "Templates/\($0).mustache", text: text))
        }))
    }

    func render(_ template: String, _ values: [String: TemplateData]) throws -> String {
        String(decoding: try templates(template).renderBytes("snippet", values), as: UTF8.self)
    }

    @Test func variablesAreEscapedAsSwiftMustacheEscapesHTML() throws {
        let html = try render("{{x}}|{{{x}}}", ["x": "<a title=\"晋江\">R&D's 🚀</a>"])
        #expect(html == "&lt;a title=&quot;晋江&quot;&gt;R&amp;D&#39;s 🚀&lt;/a&gt;|<a title=\"晋江\">R&D's 🚀</a>")
    }

    @Test func textWithoutSpecialCharactersIsUnchanged() throws {
        #expect(try render("{{x}}", ["x": "2026年 GDP 增长 6%"]) == "2026年 GDP 增长 6%")
    }

    @Test func syntaxErrorsPointAtTheTemplateLine() throws {
        let error = #expect(throws: DiagnosticError.self) { try templates("line one\nline {{/close}} two\n") }
        #expect(error?.diagnostics.first?.location?.line == 2)
    }
}

/// A misspelt variable in a template is a warning at its line and column, with the name meant.
struct TemplateNameWarningTests {
    @Test func aMisspeltVariableIsAWarningAtItsPlace() throws {
        let folder = TemporaryFolder()
        let site = TestSupport.fixtures.appendingPathComponent("Sites/bilingual/Content").path
        let templates = folder.path + "/Templates"
        try FileManager.default.copyItem(atPath: TestSupport.repositoryTemplates, toPath: templates)
        let edition = templates + "/edition.mustache"
        let text = try String(contentsOfFile: edition, encoding: .utf8)
        try text.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1>{{titel}}</h1>")
            .write(toFile: edition, atomically: true, encoding: .utf8)
        let report = try SiteBuilder(input: SiteInput(contentRoot: site, templatesRoot: templates,
                                                      outputRoot: folder.path + "/Output")).check()
        let warning = try #require(report.warnings.first { $0.message.contains("titel") })
        #expect(warning.message == "no page gives {{titel}} a value; did you mean {{title}}?")
        #expect(warning.location?.path.hasSuffix("Templates/edition.mustache") == true)
        #expect(warning.location?.line == 4)
        #expect(warning.location?.column == 5)
    }
}
