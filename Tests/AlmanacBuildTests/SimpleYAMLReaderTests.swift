import AlmanacCore
import Testing
@testable import AlmanacBuild

@Suite struct SimpleYAMLReaderTests {
    func simple(_ text: String) -> DataNode? {
        SimpleYAMLReader(path: "a.md", lineOffset: 4).read(text)
    }

    func yams(_ text: String) throws -> DataNode {
        try YAMLReader().readWithYams(text, path: "a.md", firstLine: 5)
    }

    @Test(arguments: [
        "type: column\ntitle: Port cargo throughput (10,000 tonnes)\ndata:\n  2017: 4865.95\n  2018: 5046.83\n",
        "title: \"2020 Annual Economic Performance Overview (No. 545)\"\ndate: 2020-01-15\nedition: 2020\n"
            + "summary: \"During the year, growth: 9.8% # not a comment\"\ntags: [\"investment\", \"population\"]\n"
            + "indicators:\n  retail_sales: 5775.94\n  projects_started: 1157\n",
        "title: 地区生产总值\nunit: 亿元\ndata:\n    一季度: 1.5\n    二季度: -2\n\nnote: 累计 http://example.org/a\n",
        "tags: []\nempty: [ ]\nplain: [a, b c, 3]\nvalue: null\nflag: true\n",
        "key: value   \n  \nother: \"quoted\"  \n",
    ])
    func readsPlainDocumentsAsYamsDoes(_ text: String) throws {
        let node = try #require(simple(text))
        #expect(node == (try yams(text)))
    }

    @Test(arguments: [
        "# comment\nkey: value\n", "key: value # comment\n", "key: 'single'\n", "key: \"esc\\\"aped\"\n",
        "key: {a: 1}\n", "list:\n  - a\n  - b\n", "key: a: b\n", "key:\n", "a: 1\na: 2\n", "key:\tvalue\n",
        "key: value\n  continued\n", "  indented: 1\n", "data:\n  a:\n    b: 1\n", "key: &anchor value\n",
        "key: *alias\n", "key: |\n  text\n", "key: [a, [b]]\n", "key: [\"a\" \"b\"]\n", "key: [a,]\n",
        "---\nkey: value\n", "key : value\n", "key: -\n", "\u{FEFF}key: value\n", "key: value\r\n",
        "data:\n    a: 1\n  b: 2\n", "",
    ])
    func leavesEverythingElseToYams(_ text: String) {
        #expect(simple(text) == nil)
    }
}
