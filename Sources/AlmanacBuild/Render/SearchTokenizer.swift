/// Splits text into search terms; the search script splits queries the same way.
///
/// Works on the UTF-8 bytes of the lowercased text: every term is a run of them, so a term is
/// made without building it scalar by scalar, and ASCII is classified without a Unicode lookup.
/// Marks that follow a letter stay in its word, as they would in a character.
enum SearchTokenizer {
    /// The distinct terms of `text`, in the order they first appear.
    static func terms(in text: String) -> [SearchTerm] {
        var lowered = text.lowercased()
        // About one term per four bytes of English; growing the table places every term again.
        var terms = TermTable(capacity: lowered.utf8.count / 4)
        lowered.withUTF8 { bytes in
            var wordStart: Int?
            var previousHan: Int?
            var index = 0
            func flush(upTo end: Int) {
                guard let start = wordStart else { return }
                var end = end
                while end > start, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
                if end > start { terms.insert(SearchTerm(bytes[start..<end])) }
                wordStart = nil
            }
            while index < bytes.count {
                let (scalar, length) = UTF8Scalars.scalar(at: index, in: bytes)
                if UTF8Scalars.isHan(scalar) {
                    flush(upTo: index)
                    terms.insert(SearchTerm(bytes[index..<index + length]))
                    if let previous = previousHan { terms.insert(SearchTerm(bytes[previous..<index + length])) }
                    previousHan = index
                } else if isWordScalar(scalar) || (wordStart != nil && (scalar == 0x2E || isMark(scalar))) {
                    if wordStart == nil { wordStart = index }
                    previousHan = nil
                } else {
                    flush(upTo: index)
                    previousHan = nil
                }
                index += length
            }
            flush(upTo: bytes.count)
        }
        return terms.terms
    }

    /// Letters and digits, with ASCII answered without a Unicode property lookup.
    static func isWordScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        default:
            switch Unicode.Scalar(value)?.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                return true
            default:
                return false
            }
        }
    }

    private static func isMark(_ value: UInt32) -> Bool {
        guard value >= 0x80, let scalar = Unicode.Scalar(value) else { return false }
        return [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
    }
}
