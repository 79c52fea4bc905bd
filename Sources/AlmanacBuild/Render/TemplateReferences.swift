/// The partials (`{{> name}}`) and parents (`{{< name}}`) a template names, where it names them.
struct TemplateReference: Hashable, Sendable {
    var name: String
    /// `{{< name}}` rather than `{{> name}}`.
    var isParent: Bool
    /// 1-based, columns counting characters, as editors show them.
    var line: Int
    var column: Int

    /// Every reference in `text`, in order. Dynamic names (`{{>*name}}`) are left out: they are
    /// only known while rendering.
    static func all(in text: String) -> [TemplateReference] {
        var references: [TemplateReference] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let marker = rest.first, marker == ">" || marker == "<", let close = rest.range(of: "}}") else { continue }
            let name = rest[rest.index(after: rest.startIndex)..<close.lowerBound].trimmingCharacters(in: " \t")
            if !name.isEmpty && !name.hasPrefix("*") {
                let (line, column) = position(of: open.lowerBound, in: text)
                references.append(TemplateReference(name: name, isParent: marker == "<", line: line, column: column))
            }
            rest = rest[close.upperBound...]
        }
        return references
    }

    /// The ids templates write out literally (`id="main"`), which headings must not take.
    static func literalIDs(in texts: [String]) -> Set<String> {
        var ids: Set<String> = []
        for text in texts {
            var rest = Substring(text)
            while let open = rest.range(of: " id=\"") {
                rest = rest[open.upperBound...]
                guard let close = rest.firstIndex(of: "\"") else { break }
                let id = rest[..<close]
                if !id.contains("{{") { ids.insert(String(id)) }
                rest = rest[close...]
            }
        }
        return ids
    }

    private static func position(of index: String.Index, in text: String) -> (line: Int, column: Int) {
        let before = text[..<index]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        return (line, before.reversed().prefix { $0 != "\n" }.count + 1)
    }
}

private extension Substring {
    func trimmingCharacters(in characters: String) -> String {
        String(drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
    }
}
