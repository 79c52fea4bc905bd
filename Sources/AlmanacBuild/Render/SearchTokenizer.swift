/// Splits text into search terms; the search script splits queries the same way.
///
/// Works on Unicode scalars rather than characters: grapheme breaking cost more than the rest of
/// the search index. Marks that follow a letter stay in its word, as they would in a character.
enum SearchTokenizer {
    static func terms(in text: String) -> Set<String> {
        var terms: Set<String> = []
        var word = String.UnicodeScalarView()
        var previousHan: Unicode.Scalar?
        for scalar in text.lowercased().unicodeScalars {
            if isHan(scalar) {
                flush(&word, into: &terms)
                terms.insert(String(scalar))
                if let previous = previousHan {
                    var pair = String.UnicodeScalarView()
                    pair.append(previous)
                    pair.append(scalar)
                    terms.insert(String(pair))
                }
                previousHan = scalar
            } else if isWordScalar(scalar) || (!word.isEmpty && (scalar == "." || isMark(scalar))) {
                word.append(scalar)
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
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
    }

    private static func flush(_ word: inout String.UnicodeScalarView, into terms: inout Set<String>) {
        while word.last == "." { word.removeLast() }
        if !word.isEmpty { terms.insert(String(word)) }
        word = String.UnicodeScalarView()
    }
}
