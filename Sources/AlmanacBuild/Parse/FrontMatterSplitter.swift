import AlmanacCore

/// Splits a Markdown file into its YAML front matter and its body.
struct FrontMatterSplitter {
    struct Parts {
        var yaml: String
        /// File line of the first YAML line.
        var yamlLine: Int
        var body: Substring
        /// File line of the first body line.
        var bodyLine: Int
    }

    /// Front matter is the text between a first line `---` and the next line `---` (or `...`).
    func split(_ file: SourceFile) throws(DiagnosticError) -> Parts {
        let start = SourceLocation(path: file.path)
        let lines = file.text.utf8
        guard let firstEnd = lines.firstIndex(of: 0x0A), isFence(lines[..<firstEnd], opening: true) else {
            throw DiagnosticError(stage: .parse, diagnostics: [.error(
                "missing front matter; start the file with a line `---`, then title and date, then `---`", at: start)])
        }
        var lineStart = lines.index(after: firstEnd)
        var line = 2
        while lineStart < lines.endIndex {
            let lineEnd = lines[lineStart...].firstIndex(of: 0x0A) ?? lines.endIndex
            if isFence(lines[lineStart..<lineEnd], opening: false) {
                let bodyStart = lineEnd < lines.endIndex ? lines.index(after: lineEnd) : lineEnd
                return Parts(
                    yaml: String(file.text[lines.index(after: firstEnd)..<lineStart]),
                    yamlLine: 2,
                    body: file.text[bodyStart...],
                    bodyLine: line + 1
                )
            }
            lineStart = lineEnd < lines.endIndex ? lines.index(after: lineEnd) : lineEnd
            line += 1
        }
        throw DiagnosticError(stage: .parse, diagnostics: [.error(
            "front matter is never closed; add a line `---` after the last front matter key", at: start)])
    }

    private func isFence(_ line: Substring.UTF8View.SubSequence, opening: Bool) -> Bool {
        var bytes = Array(line)
        while let last = bytes.last, last == 0x0D || last == 0x20 || last == 0x09 { bytes.removeLast() }
        return bytes == [0x2D, 0x2D, 0x2D] || (!opening && bytes == [0x2E, 0x2E, 0x2E])
    }
}
