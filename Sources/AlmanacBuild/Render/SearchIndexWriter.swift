import AlmanacCore

/// `/<lang>/search-index.json`: the build-time search index of one language.
///
/// Format: `{"docs": [{"t": title, "u": url, "s": summary}], "terms": {term: [doc, …]}}`.
/// Terms are lowercased words and numbers, and for Han text every single character and every
/// pair of neighbouring characters, so that 营商 finds 营商环境 without a word list. Articles are
/// indexed by title, summary, tags, headings, their figures and the opening `bodyCharacters`
/// characters of the body (the index of a large site must stay small enough to download);
/// indicator pages by name and unit.
struct SearchIndexWriter {
    var context: PageContext
    static let bodyCharacters = 400

    /// A document of the index before its terms are merged with the others'.
    struct Entry: Sendable {
        var json: String
        var terms: Set<String>
    }

    func index(language: String, articles: [String: TransformedArticle]) -> RenderedPage {
        let list = context.model.articles.filter { $0.language == language }
        var entries = ConcurrentMap.map(list) { (article: Article) -> Entry in
            let body = self.text(of: article, body: articles["\(language)/\(article.id)"])
            return self.entry(title: article.title, url: context.urls.link(context.urls.article(article.id, language)),
                              summary: article.summary ?? "", text: body)
        }
        for id in context.model.dataset.reports.keys.sorted() {
            guard let definition = context.model.catalogue[id] else { continue }
            entries.append(entry(title: definition.name.resolved(language, fallback: "en"),
                                 url: context.urls.link(context.urls.indicator(id, language)),
                                 summary: definition.unit.resolved(language, fallback: "en"), text: id.replacingUnderscores))
        }
        var terms: [String: [Int]] = [:]
        for (id, entry) in entries.enumerated() {
            for term in entry.terms { terms[term, default: []].append(id) }
        }
        let docs = entries.map { $0.json }
        let termList = terms.keys.sorted().map { "\(json($0)):[\(terms[$0]!.map(String.init).joined(separator: ","))]" }
        let text = "{\"docs\":[\(docs.joined(separator: ",\n"))],\n\"terms\":{\(termList.joined(separator: ",\n"))}}\n"
        return RenderedPage(path: context.urls.searchIndex(language), text: text)
    }
}

private extension SearchIndexWriter {
    func entry(title: String, url: String, summary: String, text: String) -> Entry {
        Entry(json: "{\"t\":\(json(title)),\"u\":\(json(url)),\"s\":\(json(summary))}",
              terms: SearchTokenizer.terms(in: title + " " + text))
    }

    func text(of article: Article, body: TransformedArticle?) -> String {
        let format = FigureFormatter(language: article.language)
        let figures = article.indicators.compactMap { value in
            context.model.catalogue[value.id].map { "\($0.name.resolved(article.language, fallback: "en")) \(format.figure(value, definition: $0))" }
        }
        let headings = body?.body.toc.map(\.text) ?? []
        let plain = body.map { PlainText.of(html: $0.body.html, upTo: Self.bodyCharacters) } ?? ""
        return ([article.summary ?? ""] + article.tags + headings + figures + [plain]).joined(separator: " ")
    }

    func json(_ text: String) -> String {
        JSONText.quoted(text)
    }
}

private extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}

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

/// Text content of an HTML fragment: tags dropped, the common entities decoded.
enum PlainText {
    /// The text, or its first `limit` characters.
    static func of(html: String, upTo limit: Int = .max) -> String {
        var text = ""
        var inTag = false
        var count = 0
        for character in html where count < limit {
            switch character {
            case "<": inTag = true
            case ">": inTag = false; text.append(" ")
            default: if !inTag { text.append(character); count += 1 }
            }
        }
        return text.replacingEntities
    }
}

private extension String {
    var replacingEntities: String {
        guard contains("&") else { return self }
        return split(separator: "&", omittingEmptySubsequences: false).enumerated().map { index, part in
            guard index > 0 else { return String(part) }
            for (entity, value) in [("amp;", "&"), ("lt;", "<"), ("gt;", ">"), ("quot;", "\""), ("#39;", "'")]
            where part.hasPrefix(entity) {
                return value + part.dropFirst(entity.count)
            }
            return "&" + part
        }.joined()
    }
}

/// JSON string literals, escaped by hand so output is stable and fast.
enum JSONText {
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
