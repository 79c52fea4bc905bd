import AlmanacCore

/// `/<lang>/search-index.json`: the build-time search index of one language.
///
/// Format: `{"docs": [{"t": title, "u": url, "s": summary}], "terms": {term: [doc, …]}}`.
/// Terms are lowercased words and numbers, and for Han text every single character and every
/// pair of neighbouring characters, so that 营商 finds 营商环境 without a word list. Articles are
/// indexed by title, summary, tags, headings, their figures and the opening characters of the
/// body (`ArticleBody.searchCharacters`);
/// indicator pages by name, unit, definition and source.
struct SearchIndexWriter {
    var context: PageContext

    /// A document of the index before its terms are merged with the others'.
    struct Entry: Sendable {
        var json: String
        /// Distinct, in the order they first appear.
        var terms: [SearchTerm]
    }

    /// The index of `language` from every article at once, as previews and checks render it.
    func index(language: String, articles: [ArticleKey: TransformedArticle]) -> RenderedPage {
        let list = context.model.articles.filter { $0.language == language }
        var index = SearchIndex()
        // Articles in slices, so the terms of only one slice are held apart at a time: a site's
        // sets of terms take far more memory than the merged index.
        for start in stride(from: 0, to: list.count, by: Self.slice) {
            let slice = Array(list[start..<min(start + Self.slice, list.count)])
            for entry in ConcurrentMap.map(slice, { entry(for: $0, body: articles[ArticleKey($0.id, language: language)]) }) {
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
            // The definition says what the indicator measures in the reader's words: found by them too.
            let metadata = definition.metadata
            let about = [metadata.definition?[language], metadata.source?[language]].compactMap { $0 }
            index.add(entry(title: definition.name.resolved(language),
                            url: context.urls.link(context.urls.indicator(id, language)),
                            summary: metadata.definition?[language] ?? definition.unit.resolved(language),
                            text: ([id.replacingUnderscores, definition.unit.resolved(language)] + about).joined(separator: " ")))
        }
        return RenderedPage(path: context.urls.searchIndex(language), bytes: index.json())
    }
}

private extension SearchIndexWriter {
    func entry(title: String, url: String, summary: String, text: String) -> Entry {
        let json = "{\"t\":" + JSONText.quoted(title) + ",\"u\":" + JSONText.quoted(url)
            + ",\"s\":" + JSONText.quoted(summary) + "}"
        return Entry(json: json, terms: SearchTokenizer.terms(in: title + " " + text))
    }

    func text(of article: Article, body: TransformedArticle?) -> String {
        let format = context.model.format(article.language)
        let figures = article.indicators.compactMap { value in
            context.model.catalogue[value.id].map { "\($0.name.resolved(article.language)) \(format.figure(value, definition: $0))" }
        }
        let headings = body?.body.toc.map(\.text) ?? []
        let plain = body?.body.searchText ?? ""
        return ([article.summary ?? ""] + article.tags + headings + figures + [plain]).joined(separator: " ")
    }
}

private extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
