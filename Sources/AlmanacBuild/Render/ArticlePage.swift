import AlmanacCore

/// The page of one article version: body, table of contents, figures, neighbours.
struct ArticlePage {
    var context: PageContext

    func render(_ item: TransformedArticle, neighbours: (previous: Article?, next: Article?)) throws(DiagnosticError) -> PageVariables {
        let article = item.article
        let urls = context.urls
        let path = urls.article(article.id, article.language)
        let alternates = Dictionary(uniqueKeysWithValues: (context.model.translations[article.id] ?? [:]).keys.map {
            ($0, urls.article(article.id, $0))
        })
        var page = context.common(
            language: article.language, path: path, title: article.title,
            description: article.summary ?? article.title, alternates: alternates)
        page["og_type"] = "article"
        let marks = FigureMarks(words: context.model.format(article.language).words)
        page["article"] = fields(item, marks: marks)
        page.merge(marks.variables()) { _, new in new }
        let edition = article.id.edition.map(String.init) ?? "page"
        page["citation"] = Citation(context: context, language: article.language).variables(Citation.Subject(
            title: article.title, date: article.date, path: path, edition: article.id.edition,
            key: "almanac-\(edition)-\(article.id.slug)-\(article.language)"))
        page["previous"] = neighbours.previous.map(link)
        page["next"] = neighbours.next.map(link)
        page["has_neighbours"] = neighbours.previous != nil || neighbours.next != nil
        return PageVariables(path: urls.file(path), values: page, charts: item.body.charts)
    }
}

private extension ArticlePage {
    func fields(_ item: TransformedArticle, marks: FigureMarks) -> [String: Any] {
        let article = item.article
        let format = context.model.format(article.language)
        let ui = context.strings(article.language)
        var fields: [String: Any] = [
            "title": article.title,
            "date": format.date(article.date),
            "date_iso": article.date.description,
            "tags": context.tagLinks(article.tags, language: article.language),
            "has_tags": !article.tags.isEmpty,
            "draft": article.draft,
            "body": item.body.html,
            "toc": item.body.toc.map { ["id": $0.id, "text": $0.text, "level": $0.level, "sub": $0.level > 2] },
            "has_toc": item.body.toc.count > 1,
            "reading_time": ui("reading_time", ["minutes": "\(item.body.readingMinutes)"]),
            "is_page": article.id.isPage,
            "figures": FigureTable(context: context).rows(article.indicators.map { ($0, article.id) }, language: article.language,
                                                          marks: marks),
            "has_figures": !article.indicators.isEmpty,
        ]
        fields["summary"] = article.summary
        if let edition = article.id.edition {
            fields["edition"] = "\(edition)"
            fields["edition_url"] = context.urls.link(context.urls.edition(edition, article.language))
            fields["editions"] = context.editionSwitcher(language: article.language, current: edition, slug: article.id.slug)
            fields["data_csv"] = context.urls.link(context.urls.editionData(edition, article.language, .csv))
        }
        return fields
    }

    func link(_ article: Article) -> [String: Any] {
        ["title": article.title, "url": context.urls.link(context.urls.article(article.id, article.language))]
    }
}

/// Rows of an indicator table: name, value with unit, period, kind.
struct FigureTable {
    var context: PageContext

    /// One row per value, each with the article that reports it (whose edition decides whether
    /// it revised an earlier one).
    func rows(_ values: [(value: IndicatorValue, article: ArticleID)], language: String, marks: FigureMarks) -> [[String: Any]] {
        let format = context.model.format(language)
        var anchors: Set<String> = []
        return values.compactMap { value, article in
            guard let definition = context.model.catalogue[value.id] else { return nil }
            // `#gdp-2025` names one figure for citing; a second report of it on the page has none.
            let anchor = value.anchor
            var row: [String: Any] = [
                "id": value.id,
                "name": definition.name.resolved(language),
                "value": format.figure(value, definition: definition),
                "period": format.period(value.period),
                "kind": format.kind(value.kind),
                "kind_id": value.kind.rawValue,
            ]
            row["note"] = value.note
            if anchors.insert(anchor).inserted { row["anchor"] = anchor }
            marks.mark(&row, status: context.model.ledger.status(of: value, in: article), footnotes: value.footnotes)
            return row
        }
    }
}
