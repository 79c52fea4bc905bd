import AlmanacCore
import AlmanacTemplates

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
        page["article"] = .object(fields(item, marks: marks))
        page.merge(marks.variables()) { _, new in new }
        let edition = article.id.edition.map(String.init) ?? "page"
        page["citation"] = .object(Citation(context: context, language: article.language).variables(Citation.Subject(
            title: article.title, date: article.date, path: path, edition: article.id.edition,
            key: "almanac-\(edition)-\(article.id.slug)-\(article.language)")))
        page["previous"] = neighbours.previous.map { .object(link($0)) }
        page["next"] = neighbours.next.map { .object(link($0)) }
        page["has_neighbours"] = .flag(neighbours.previous != nil || neighbours.next != nil)
        return PageVariables(path: urls.file(path), values: page, charts: item.body.charts)
    }
}

private extension ArticlePage {
    func fields(_ item: TransformedArticle, marks: FigureMarks) -> [String: TemplateData] {
        let article = item.article
        let format = context.model.format(article.language)
        let ui = context.strings(article.language)
        var fields: [String: TemplateData] = [
            "title": .text(article.title),
            "date": .text(format.date(article.date)),
            "date_iso": .text(article.date.description),
            "tags": .list(context.tagLinks(article.tags, language: article.language)),
            "has_tags": .flag(!article.tags.isEmpty),
            "draft": .flag(article.draft),
            "body": .text(item.body.html),
            "toc": .list(item.body.toc.map { ["id": .text($0.id), "text": .text($0.text), "level": .number($0.level), "sub": .flag($0.level > 2)] }),
            "has_toc": .flag(item.body.toc.count > 1),
            "reading_time": .text(ui("reading_time", ["minutes": "\(item.body.readingMinutes)"])),
            "is_page": .flag(article.id.isPage),
            "figures": .list(FigureTable(context: context).rows(article.indicators.map { ($0, article.id) }, language: article.language,
                                                                marks: marks)),
            "has_figures": .flag(!article.indicators.isEmpty),
        ]
        fields["summary"] = article.summary.map(TemplateData.text)
        if let edition = article.id.edition {
            fields["edition"] = "\(edition)"
            fields["edition_url"] = .text(context.urls.link(context.urls.edition(edition, article.language)))
            fields["editions"] = .list(context.editionSwitcher(language: article.language, current: edition, slug: article.id.slug))
            fields["data_csv"] = .text(context.urls.link(context.urls.editionData(edition, article.language, .csv)))
        }
        return fields
    }

    func link(_ article: Article) -> [String: TemplateData] {
        ["title": .text(article.title), "url": .text(context.urls.link(context.urls.article(article.id, article.language)))]
    }
}

/// Rows of an indicator table: name, value with unit, period, kind.
struct FigureTable {
    var context: PageContext

    /// One row per value, each with the article that reports it (whose edition decides whether
    /// it revised an earlier one).
    func rows(_ values: [(value: IndicatorValue, article: ArticleID)], language: String, marks: FigureMarks) -> [[String: TemplateData]] {
        let format = context.model.format(language)
        var anchors: Set<String> = []
        return values.compactMap { value, article -> [String: TemplateData]? in
            guard let definition = context.model.catalogue[value.id] else { return nil }
            // `#gdp-2025` names one figure for citing; a second report of it on the page has none.
            let anchor = value.anchor
            var row: [String: TemplateData] = [
                "id": .text(value.id),
                "name": .text(definition.name.resolved(language)),
                "value": .text(format.figure(value, definition: definition)),
                "period": .text(format.period(value.period)),
                "kind": .text(format.kind(value.kind)),
                "kind_id": .text(value.kind.rawValue),
            ]
            row["note"] = value.note.map(TemplateData.text)
            if anchors.insert(anchor).inserted { row["anchor"] = .text(anchor) }
            marks.mark(&row, status: context.model.ledger.status(of: value, in: article), footnotes: value.footnotes)
            return row
        }
    }
}
