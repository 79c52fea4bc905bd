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
