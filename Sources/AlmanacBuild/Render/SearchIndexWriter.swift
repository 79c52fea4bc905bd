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
        var terms: Set<SearchTerm>
    }

    /// The index of `language` from every article at once, as previews and checks render it.
    func index(language: String, articles: [String: TransformedArticle]) -> RenderedPage {
        let list = context.model.articles.filter { $0.language == language }
        var index = SearchIndex()
        // Articles in slices, so the terms of only one slice are held apart at a time: a site's
        // sets of terms take far more memory than the merged index.
        for start in stride(from: 0, to: list.count, by: Self.slice) {
            let slice = Array(list[start..<min(start + Self.slice, list.count)])
            for entry in ConcurrentMap.map(slice, { entry(for: $0, body: articles["\(language)/\($0.id)"]) }) {
                index.add(entry)
            }
        }
        return page(index, language: language)
    }

    /// Articles whose terms are found at a time.
    static let slice = 256

    /// The document of one article.
    func entry(for article: Article, body: TransformedArticle?) -> Entry {
        entry(title: article.title, url: context.urls.link(context.urls.article(article.id, article.language)),
              summary: article.summary ?? "", text: text(of: article, body: body))
    }

    /// The index file of `language`: its articles' documents, in the order of the site's articles,
    /// then its indicators'.
    func page(_ index: consuming SearchIndex, language: String) -> RenderedPage {
        for id in context.model.dataset.reports.keys.sorted() {
            guard let definition = context.model.catalogue[id] else { continue }
            index.add(entry(title: definition.name.resolved(language, fallback: "en"),
                            url: context.urls.link(context.urls.indicator(id, language)),
                            summary: definition.unit.resolved(language, fallback: "en"), text: id.replacingUnderscores))
        }
        return RenderedPage(path: context.urls.searchIndex(language), bytes: index.json())
    }
}

/// The documents of an index and, for each term, the documents that have it.
struct SearchIndex: Sendable {
    private var docs: [String] = []
    private var terms: [SearchTerm: [Int32]] = [:]

    mutating func add(_ entry: SearchIndexWriter.Entry) {
        for term in entry.terms { terms[term, default: []].append(Int32(docs.count)) }
        docs.append(entry.json)
    }

    /// Written straight into bytes: the index of a large site is tens of megabytes, and joining
    /// strings would hold several copies of it at once.
    consuming func json() -> [UInt8] {
        // Reserved at once, with room to spare: growing by doubling would hold two copies at the end.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(docs.reduce(64) { $0 + $1.utf8.count + 2 }
            + terms.reduce(0) { $0 + $1.key.text.utf8.count * 6 + 8 + $1.value.count * 11 })
        bytes.append(contentsOf: "{\"docs\":[".utf8)
        for (index, doc) in docs.enumerated() {
            if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
            bytes.append(contentsOf: doc.utf8)
        }
        docs = []
        bytes.append(contentsOf: "],\n\"terms\":{".utf8)
        for (index, term) in terms.keys.sorted().enumerated() {
            if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
            bytes.append(contentsOf: JSONText.quoted(term.text).utf8)
            bytes.append(contentsOf: ":[".utf8)
            for (position, doc) in terms[term]!.enumerated() {
                if position > 0 { bytes.append(0x2C) }
                bytes.append(contentsOf: String(doc).utf8)
            }
            bytes.append(0x5D)
        }
        bytes.append(contentsOf: "}}\n".utf8)
        return bytes
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
        let plain = body?.body.searchText ?? ""
        return ([article.summary ?? ""] + article.tags + headings + figures + [plain]).joined(separator: " ")
    }

    func json(_ text: String) -> String {
        JSONText.quoted(text)
    }
}

private extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
