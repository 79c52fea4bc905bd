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
    func renderArticles(_ articles: [TransformedArticle], context: PageContext) throws(DiagnosticError) -> [RenderedPage] {
        let page = ArticlePage(context: context)
        let results = ConcurrentMap.map(articles) { item -> Result<RenderedPage, DiagnosticError> in
            let siblings = model.articles(in: item.article.id.edition, language: item.article.language)
            let position = siblings.firstIndex { $0.id == item.article.id }
            let previous = position.flatMap { $0 > 0 ? siblings[$0 - 1] : nil }
            let next = position.flatMap { $0 + 1 < siblings.count ? siblings[$0 + 1] : nil }
            return Result { () throws(DiagnosticError) in
                try page.render(item, neighbours: (previous, next), templates: templates)
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
