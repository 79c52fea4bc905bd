import AlmanacCore
import Dispatch

/// Render stage: every page of the site, from the model and the transformed articles.
struct PageRenderer: Sendable {
    var model: SiteModel
    var templates: TemplateSet
    var strings: [String: UIStrings]
    var assets: SiteAssets

    /// Article pages render in parallel; index pages are few and render after them.
    func render(_ articles: [TransformedArticle]) throws(DiagnosticError) -> Staged<[RenderedPage]> {
        let context = PageContext(model: model, urls: SiteURLs(config: model.config), strings: strings,
                                  stylesheet: assets.paths["style.css"] ?? "assets/style.css")
        var pages = try renderArticles(articles, context: context)
        let index = IndexPages(context: context)
        pages.append(try index.root(templates: templates))
        for language in model.config.languages.map(\.code) {
            pages.append(try index.home(language: language, templates: templates))
            for year in model.editions where !model.articles(in: year, language: language).isEmpty {
                pages.append(try index.edition(year, language: language, templates: templates))
            }
        }
        return Staged(pages + assets.pages)
    }
}

private extension PageRenderer {
    /// Previous and next article in each article's edition and language, by `language/edition/slug`.
    func neighbours() -> [String: (previous: Article?, next: Article?)] {
        var result: [String: (previous: Article?, next: Article?)] = [:]
        let groups = Dictionary(grouping: model.articles) { "\($0.language)/\($0.id.edition)" }
        for siblings in groups.values {
            let ordered = siblings.sorted { ($0.date, $0.id.slug) < ($1.date, $1.id.slug) }
            for (index, article) in ordered.enumerated() {
                result["\(article.language)/\(article.id)"] = (
                    index > 0 ? ordered[index - 1] : nil, index + 1 < ordered.count ? ordered[index + 1] : nil)
            }
        }
        return result
    }

    func renderArticles(_ articles: [TransformedArticle], context: PageContext) throws(DiagnosticError) -> [RenderedPage] {
        let page = ArticlePage(context: context)
        let neighbours = self.neighbours()
        let results = ConcurrentMap.map(articles) { item -> Result<RenderedPage, DiagnosticError> in
            let key = "\(item.article.language)/\(item.article.id)"
            return Result { () throws(DiagnosticError) in
                try page.render(item, neighbours: neighbours[key] ?? (nil, nil), templates: templates)
            }
        }
        var pages: [RenderedPage] = []
        var problems: [Diagnostic] = []
        for result in results {
            switch result {
            case let .success(page): pages.append(page)
            case let .failure(error): problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticError(stage: "render", diagnostics: problems) }
        return pages
    }
}
