import Testing
@testable import AlmanacBuild

@Suite struct SearchTokenizerTests {
    @Test func indexesHanTextAsCharactersAndPairs() {
        let terms = SearchTokenizer.terms(in: "优化营商环境")
        #expect(terms.contains("营商"))
        #expect(terms.contains("环境"))
        #expect(terms.contains("营"))
        #expect(!terms.contains("营商环境"))
    }

    @Test func lowercasesWordsAndKeepsDecimalNumbers() {
        let terms = SearchTokenizer.terms(in: "GDP grew 6.5% in 2025.")
        #expect(terms == ["gdp", "grew", "6.5", "in", "2025"])
    }

    @Test func readsPlainTextOutOfHTML() {
        #expect(PlainText.of(html: "<p>A &amp; B<br>C</p>").split(separator: " ").joined(separator: " ") == "A & B C")
    }

    @Test func escapesJSONStrings() {
        #expect(JSONText.quoted("a\"b\\c\nd\u{1}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
    }
}
