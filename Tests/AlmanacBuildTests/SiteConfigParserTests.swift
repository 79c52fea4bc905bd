import AlmanacCore
import Testing
@testable import AlmanacBuild

@Suite struct SiteConfigParserTests {
    func parse(_ text: String) throws(DiagnosticError) -> SiteConfig {
        try SiteConfigParser().parse(SourceFile(path: "Content/site.yml", text: text)).value
    }

    @Test func readsTheWholeConfiguration() throws {
        let config = try parse("""
            title: {zh: 晋江发展密码, en: Jinjiang Development Code}
            description: {zh: 描述, en: Description}
            base_url: https://example.org/almanac
            default_language: zh
            languages:
              - {code: zh, name: 中文, bcp47: zh-Hans}
              - {code: en, name: English, bcp47: en}
            unsafe_html: true
            """)
        #expect(config.title["en"] == "Jinjiang Development Code")
        #expect(config.baseURL == "https://example.org/almanac/")
        #expect(config.basePath == "/almanac/")
        #expect(config.languages.map(\.bcp47) == ["zh-Hans", "en"])
        #expect(config.unsafeHTML)
    }

    @Test func servesFromTheRootWhenTheURLHasNoPath() throws {
        let config = try parse("title: {en: T}\ndescription: {en: D}\nbase_url: https://example.org\nlanguages: [{code: en, name: English, bcp47: en}]\n")
        #expect(config.basePath == "/")
        #expect(config.defaultLanguage == "en")
    }

    @Test func reportsMissingTranslationsAndUnknownDefaults() {
        let text = """
            title: {zh: 标题}
            description: {zh: 描述, en: D}
            default_language: fr
            languages:
              - {code: zh, name: 中文, bcp47: zh-Hans}
              - {code: en, name: English, bcp47: en}
            """
        #expect(throws: DiagnosticError(stage: .parse, diagnostics: [
            .error("\"title\" has no text for language \"en\"; add `en: …`", at: SourceLocation(path: "Content/site.yml", line: 1, column: 8)),
            .error("default_language \"fr\" is not one of the languages (zh, en)", at: SourceLocation(path: "Content/site.yml", line: 3, column: 19)),
        ])) {
            try parse(text)
        }
    }
}
