import AlmanacCore
import Testing

@Suite struct DataNodeTests {
    let here = SourceLocation(path: "x.yml", line: 3, column: 5)

    @Test func readsPlainScalarsAsNumbersAndBooleans() {
        #expect(DataNode.scalar("6.5", quoted: false, at: here).number == 6.5)
        #expect(DataNode.scalar("true", quoted: false, at: here).bool == true)
        #expect(DataNode.scalar("2019", quoted: false, at: here).integer == 2019)
    }

    @Test func keepsQuotedScalarsAsText() {
        let node = DataNode.scalar("6.5", quoted: true, at: here)
        #expect(node.number == nil)
        #expect(node.text == "6.5")
    }

    @Test func rejectsNonFiniteNumbers() {
        #expect(DataNode.scalar(".inf", quoted: false, at: here).number == nil)
        #expect(DataNode.scalar("nan", quoted: false, at: here).number == nil)
    }

    @Test func treatsEmptyAndTildeAsNull() {
        #expect(DataNode.scalar("~", quoted: false, at: here).isNull)
        #expect(DataNode.scalar("", quoted: false, at: here).text == nil)
        #expect(DataNode.scalar("", quoted: true, at: here).text == "")
    }

    @Test func looksUpMappingKeys() {
        let node = DataNode.mapping([.init(key: "a", keyLocation: here, value: .scalar("1", quoted: false, at: here))], at: here)
        #expect(node["a"]?.number == 1)
        #expect(node["b"] == nil)
        #expect(node.kindName == "a mapping")
    }
}
