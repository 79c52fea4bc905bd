import AlmanacCore
import Testing
@testable import AlmanacBuild

@Suite struct CatalogueParserTests {
    func parse(_ text: String) throws(DiagnosticError) -> IndicatorCatalogue {
        try CatalogueParser(languages: ["zh", "en"]).parse(SourceFile(path: "Content/indicators.yml", text: text)).value
    }

    @Test func readsEntries() throws {
        let catalogue = try parse("""
            gdp:
              name: {zh: 地区生产总值, en: Gross domestic product}
              unit: {zh: 亿元, en: 100 million yuan}
              decimals: 2
              higher_is_better: true
              theme: economy
            """)
        #expect(catalogue["gdp"]?.unit["en"] == "100 million yuan")
        #expect(catalogue["gdp"]?.decimals == 2)
        #expect(catalogue["gdp"]?.theme == "economy")
    }

    @Test func requiresNamesAndUnitsInEveryLanguage() {
        #expect(throws: DiagnosticError(stage: .parse, diagnostics: [
            .error("indicator \"gdp\" needs \"unit\"; add `unit: …`", at: SourceLocation(path: "Content/indicators.yml", line: 1, column: 1)),
            .error("\"name\" has no text for language \"en\"; add `en: …`", at: SourceLocation(path: "Content/indicators.yml", line: 2, column: 9)),
            .error("indicator id \"GDP Total\" must use lowercase letters, digits, _ and - only", at: SourceLocation(path: "Content/indicators.yml", line: 3, column: 1)),
        ])) {
            try parse("gdp:\n  name: {zh: 地区生产总值}\nGDP Total: {}\n")
        }
    }

    @Test func explainsUnquotedCommasInFlowMappings() {
        #expect(throws: DiagnosticError(stage: .parse, diagnostics: [
            .error("\"unit\" has no text after \"000 people\"; inside {…} a comma starts a new entry, so quote text with commas: en: \"10,000 people\"",
                   at: SourceLocation(path: "Content/indicators.yml", line: 3, column: 25)),
        ])) {
            try CatalogueParser(languages: ["zh", "en"]).parse(SourceFile(path: "Content/indicators.yml", text: """
                jobs:
                  name: {zh: 就业, en: Jobs}
                  unit: {zh: 万人, en: 10,000 people}
                """))
        }
    }
}
