/// Splits text into search terms; the search script splits queries the same way.
enum SearchTokenizer {
    static func terms(in text: String) -> Set<String> {
        var terms: Set<String> = []
        var word = ""
        var previousHan: Character?
        for character in text.lowercased() {
            if isHan(character) {
                flush(&word, into: &terms)
                terms.insert(String(character))
                if let previous = previousHan { terms.insert(String([previous, character])) }
                previousHan = character
            } else if isWordCharacter(character) || (character == "." && !word.isEmpty) {
                word.append(character)
                previousHan = nil
            } else {
                flush(&word, into: &terms)
                previousHan = nil
            }
        }
        flush(&word, into: &terms)
        return terms
    }

    /// Letters and digits, with ASCII answered without a Unicode property lookup.
    static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return (0x30...0x39).contains(ascii) || (0x61...0x7A).contains(ascii) || (0x41...0x5A).contains(ascii)
        }
        return character.isLetter || character.isNumber
    }

    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) } ?? false
    }

    private static func flush(_ word: inout String, into terms: inout Set<String>) {
        while word.hasSuffix(".") { word.removeLast() }
        if !word.isEmpty { terms.insert(word) }
        word = ""
    }
}
