import AlmanacCore
import AlmanacTemplates

/// `/<lang>/tags/`: every tag of a language with its count, and `/<lang>/tags/<tag>/`: its articles.
///
/// Tags are per language: a Chinese article's 县域经济 and an English article's "county economy"
/// are different tags, each linked to the other language's tag index.
struct TagPages {
    var context: PageContext

    func index(language: String) throws(DiagnosticError) -> PageVariables {
        let urls = context.urls
        let ui = context.strings(language)
        let path = urls.tags(language)
        let alternates = context.everyLanguage(urls.tags)
        var page = context.common(language: language, path: path, title: ui("tags_title"), description: ui("tags_title"),
                                  alternates: alternates)
        let tags = context.model.tags(language: language)
        page["tags"] = .list(tags.keys.sorted().map { tag in
            ["name": .text(tag), "url": .text(urls.link(urls.tag(tag, language))), "count": "\(tags[tag, default: []].count)"]
        })
        return PageVariables(path: urls.file(path), values: page)
    }

    func page(_ tag: String, language: String) throws(DiagnosticError) -> PageVariables? {
        guard let articles = context.model.tags(language: language)[tag] else { return nil }
        let urls = context.urls
        let ui = context.strings(language)
        let path = urls.tag(tag, language)
        let title = ui("tag_title", ["tag": tag])
        var page = context.common(language: language, path: path, title: title, description: title,
                                  alternates: [language: path])
        page["tag"] = [
            "name": .text(tag),
            "articles": .list(ArticleList(context: context).items(articles)),
            "index_url": .text(urls.link(urls.tags(language))),
        ]
        return PageVariables(path: urls.file(path), values: page)
    }
}

/// Items of an article list, as every listing template shows them.
struct ArticleList {
    var context: PageContext

    func items(_ articles: [Article]) -> [[String: TemplateData]] {
        articles.map { article in
            var item: [String: TemplateData] = [
                "title": .text(article.title),
                "url": .text(context.urls.link(context.urls.article(article.id, article.language))),
                "date": .text(context.model.format(article.language).date(article.date)),
                "date_iso": .text(article.date.description),
                "draft": .flag(article.draft),
            ]
            item["edition"] = article.id.edition.map { "\($0)" }
            item["summary"] = article.summary.map(TemplateData.text)
            return item
        }
    }
}
