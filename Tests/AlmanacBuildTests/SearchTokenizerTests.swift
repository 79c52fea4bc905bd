import AlmanacCore
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

    @Test func lowercasesWordsAndKeepsDecimalNumbersOnceEach() {
        let terms = SearchTokenizer.terms(in: "GDP grew 6.5% in 2025. gdp")
        #expect(terms == ["gdp", "grew", "6.5", "in", "2025"])
    }

    @Test func keepsMarksInWordsAndPairsOnlyNeighbouringHan() {
        let terms = SearchTokenizer.terms(in: "Cafe\u{301} 晋江 a 市")
        #expect(terms.contains(SearchTerm(stringLiteral: "cafe\u{301}")))
        #expect(terms.contains("晋江"))
        #expect(!terms.contains("江市"))
    }

    @Test func comparesTermsByTheirBytes() {
        // Canonically equivalent, but the search script would not match one with the other.
        #expect(SearchTerm(stringLiteral: "caf\u{E9}") != SearchTerm(stringLiteral: "cafe\u{301}"))
        #expect(SearchTerm(stringLiteral: "a") < SearchTerm(stringLiteral: "\u{E9}"))
    }

    @Test func termTableGivesEachDistinctTermOneIndexAsItGrows() {
        var table = TermTable(capacity: 1)
        let words = (0..<5000).map { SearchTerm(stringLiteral: "w\($0)") }
        for word in words { table.insert(word) }
        for (index, word) in words.enumerated().reversed() { #expect(table.insert(word) == index) }
        #expect(table.terms == words)
        #expect(table.insert("营商") == 5000)
    }

    @Test func postingsListEachTermsDocumentsInTheOrderAdded() {
        var postings = PostingTable()
        for terms in [["a", "b"], ["b"], [], ["c", "a"], ["b", "c"]] {
            postings.addDocument(terms.map { SearchTerm(stringLiteral: $0) })
        }
        let (starts, documents) = postings.grouped()
        let lists = postings.terms.indices.map { Array(documents[starts[$0]..<starts[$0 + 1]]) }
        #expect(postings.terms.map(\.text) == ["a", "b", "c"])
        #expect(lists == [[0, 3], [0, 1, 4], [3, 4]])
    }

    @Test func capsPlainTextAtTheGivenNumberOfCharacters() {
        #expect(PlainText.of(html: "<p>晋江<b>经验</b></p>", upTo: 3) == " 晋江 经")
    }

    @Test func readsPlainTextOutOfHTML() {
        #expect(PlainText.of(html: "<p>A &amp; B<br>C</p>").split(separator: " ").joined(separator: " ") == "A & B C")
    }

    @Test func escapesJSONStrings() {
        #expect(JSONText.quoted("a\"b\\c\nd\u{1}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
    }
}
