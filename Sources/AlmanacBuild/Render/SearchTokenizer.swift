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
            } else if character.isLetter || character.isNumber || (character == "." && !word.isEmpty) {
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

    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) } ?? false
    }

    private static func flush(_ word: inout String, into terms: inout Set<String>) {
        while word.hasSuffix(".") { word.removeLast() }
        if !word.isEmpty { terms.insert(word) }
        word = ""
    }
}
