/// Estimates how wide text will be, without fonts: there is no font engine at build time, and
/// the page font is unknown anyway, so widths are deliberately generous.
///
/// Han characters and other full-width forms count 1em; Latin letters and digits about 0.6em.
enum TextMetrics {
    static func width(_ text: String, fontSize: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + em($1) } * fontSize
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2014, 0x2E80...0x303F, 0x3040...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF01...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }

    /// Splits `text` into at most `maxLines` lines no wider than `maxWidth`, breaking between
    /// Han characters or at spaces; the last line ends in "…" when text is left over.
    static func wrap(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int) -> [String] {
        let lines = greedyLines(tokens(text), maxWidth: maxWidth, fontSize: fontSize)
        guard lines.count > maxLines, maxLines > 0 else { return lines.map(lineText(of:)) }
        var last = lineText(of: Array(lines[(maxLines - 1)...].joined()))
        while !last.isEmpty, width(last + "…", fontSize: fontSize) > maxWidth { last.removeLast() }
        return lines[..<(maxLines - 1)].map(lineText(of:)) + [lineText(of: [last]) + "…"]
    }

    /// Like `wrap`, but with lines of similar length, so no line is left with a single character.
    static func balancedWrap(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int) -> [String] {
        let greedy = wrap(text, maxWidth: maxWidth, fontSize: fontSize, maxLines: maxLines)
        guard greedy.count > 1, !(greedy.last?.hasSuffix("…") ?? false) else { return greedy }
        var low = 0.0, high = maxWidth
        for _ in 0..<12 {
            let middle = (low + high) / 2
            if greedyLines(tokens(text), maxWidth: middle, fontSize: fontSize).count <= greedy.count {
                high = middle
            } else {
                low = middle
            }
        }
        return wrap(text, maxWidth: high, fontSize: fontSize, maxLines: maxLines)
    }

    /// Balanced lines at the first of `widths` (narrowest first) at which the text fits on
    /// `maxLines` lines uncut; only at the widest is the rest cut with "…", as a last resort.
    static func wrap(_ text: String, widths: [Double], fontSize: Double, maxLines: Int) -> [String] {
        for width in widths.dropLast() {
            let lines = balancedWrap(text, maxWidth: width, fontSize: fontSize, maxLines: maxLines)
            if !isCut(lines) { return lines }
        }
        return balancedWrap(text, maxWidth: widths.last ?? 0, fontSize: fontSize, maxLines: maxLines)
    }

    /// True when wrapping had to cut the text short.
    static func isCut(_ lines: [String]) -> Bool {
        lines.last?.hasSuffix("…") ?? false
    }
}

private extension TextMetrics {
    /// Tokens grouped into lines; a token wider than the line gets a line of its own.
    static func greedyLines(_ tokens: [String], maxWidth: Double, fontSize: Double) -> [[String]] {
        var lines: [[String]] = []
        var current: [String] = []
        for token in tokens {
            if current.isEmpty || width(lineText(of: current + [token]), fontSize: fontSize) <= maxWidth {
                current.append(token)
            } else {
                lines.append(current)
                current = [token]
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
    static func em(_ scalar: Unicode.Scalar) -> Double {
        if isWide(scalar) { return 1 }
        switch scalar {
        case " ", "i", "l", "j", "I", ".", ",", ":", ";", "'", "|", "!", "(", ")", "[", "]": return 0.34
        case "f", "t", "r", "-": return 0.44
        case "m", "w", "M", "W", "%": return 0.92
        case "A"..."Z": return 0.7
        default: return 0.6
        }
    }

    /// Words with their leading space, and each wide character on its own, since Chinese
    /// breaks between any two characters except before closing punctuation.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        for character in text {
            let scalar = character.unicodeScalars.first!
            if isWide(scalar) {
                if !word.isEmpty { tokens.append(word); word = "" }
                if closingPunctuation.contains(character), let last = tokens.popLast() {
                    tokens.append(last + String(character))
                } else {
                    tokens.append(String(character))
                }
            } else if character == " " {
                if !word.isEmpty { tokens.append(word) }
                word = " "
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }

    static let closingPunctuation: Set<Character> = ["，", "。", "、", "；", "：", "）", "》", "」", "』", "！", "？"]

    /// The text of a line: its tokens without the spaces at either end.
    static func lineText(of tokens: [String]) -> String {
        var text = Substring(tokens.joined())
        while text.hasPrefix(" ") { text.removeFirst() }
        while text.hasSuffix(" ") { text.removeLast() }
        return String(text)
    }
}
