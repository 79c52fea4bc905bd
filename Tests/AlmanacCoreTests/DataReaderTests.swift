import AlmanacCore
import Testing

@Suite struct DataReaderTests {
    let here = SourceLocation(path: "x.yml", line: 3, column: 5)

    func scalar(_ text: String, quoted: Bool = false) -> DataNode { .scalar(text, quoted: quoted, at: here) }

    func entry(_ key: String) -> DataNode.Entry {
        DataNode.Entry(key: key, keyLocation: here, value: scalar("1"))
    }

    @Test func anUnknownKeyIsAnErrorWithTheNearestKnownKey() {
        var reader = DataReader()
        reader.checkKeys([entry("qualifer"), entry("colour"), entry("kind")], known: ["value", "kind", "qualifier"], in: "a value")
        #expect(reader.problems.map(\.message) == [
            "unknown key \"qualifer\" in a value: did you mean \"qualifier\"?",
            "unknown key \"colour\" in a value (expected one of value, kind, qualifier)",
        ])
        #expect(reader.problems.allSatisfy { $0.severity == .error && $0.location == here })
    }

    @Test func numbersGetAHintForTheSpellingsAuthorsTry() {
        var reader = DataReader()
        #expect(reader.number(scalar("6.5%"), what: "x") == nil)
        #expect(reader.number(scalar("2,546.18"), what: "x") == nil)
        #expect(reader.number(scalar("6", quoted: true), what: "x") == nil)
        #expect(reader.number(scalar("-1.25"), what: "x") == -1.25)
        #expect(reader.problems.map(\.message) == [
            "x must be a number, found \"6.5%\": write 6.5 and put \"%\" in \"unit\"",
            "x must be a number, found \"2,546.18\": write 2546.18 without separators",
            "x must be a number, found \"6\": remove the quotes",
        ])
    }

    @Test func oneTextOrAListOfTexts() {
        var reader = DataReader()
        #expect(reader.texts(scalar("a"), key: "tags") == ["a"])
        #expect(reader.texts(.sequence([scalar("a"), scalar("b")], at: here), key: "tags") == ["a", "b"])
        #expect(reader.texts(nil, key: "tags") == [])
        #expect(reader.problems.isEmpty)
    }

    @Test func writtenDecimalsCountWhatTheAuthorTyped() {
        #expect(DataReader.writtenDecimals(scalar("1.50")) == 2)
        #expect(DataReader.writtenDecimals(scalar("3200")) == 0)
    }

    @Test func editDistanceOffersOnlyNearMisses() {
        #expect(EditDistance.closest(to: "gpd", in: ["gdp", "gdp_growth"]) == "gdp")
        #expect(EditDistance.closest(to: "population", in: ["gdp"]) == nil)
        #expect(EditDistance.between("titel", "title") == 1, "a swap of neighbours is one edit")
    }
}

struct EditDistanceTests {
    @Test func swappedNeighboursAreOneEdit() {
        #expect(EditDistance.between("titel", "title") == 1)
        #expect(EditDistance.between("title", "tiles") == 2)
        #expect(EditDistance.closest(to: "titel", in: ["tiles", "title", "targets"]) == "title")
        #expect(EditDistance.between("gdp", "gpd") == 1)
        #expect(EditDistance.between("abc", "xyz") == 3)
    }
}
