import AlmanacCore
import AlmanacTemplates

/// Render stage: pages of the site, from the model and the transformed articles. It holds what
/// stays the same between renders; the model is lent to each render, so one copy of it exists.
struct PageRenderer: Sendable {
    var templates: TemplateSet
    var strings: [String: UIStrings]
    var assets: SiteAssets
    /// Output paths of frozen editions: published as frozen, never rendered again.
    var frozenPaths: Set<String> = []
    /// Set while freezing an edition: its pages say so.
    var archivedOn: CalendarDate?

    /// The pages of `targets`, rendered on every core, in the order given.
    func render(_ targets: [PageTarget], model: SiteModel,
                articles: [ArticleKey: TransformedArticle]) throws(DiagnosticError) -> [RenderedPage] {
        let context = context(model)
        let targets = frozenPaths.isEmpty ? targets : targets.filter { !frozenPaths.contains($0.path(context.urls)) }
        let results = ConcurrentMap.map(targets) { target in
            Result { () throws(DiagnosticError) in try render(target, context: context, articles: articles) }
        }
        var pages: [RenderedPage] = []
        var problems: [Diagnostic] = []
        for result in results {
            switch result {
            case let .success(files): pages += files
            case let .failure(error): problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticError(stage: .render, diagnostics: problems) }
        return pages
    }

    /// Every key of the string tables, which templates read as `{{t.key}}`.
    var stringKeys: Set<String> { Set(strings.values.flatMap(\.values.keys)) }

    /// What the pages' templates are given, made anew: it holds the variables shared by a language's pages.
    func context(_ model: SiteModel) -> PageContext {
        PageContext(model: model, urls: model.urls, strings: strings,
                    stylesheet: assets.paths["style.css"] ?? "assets/style.css",
                    script: assets.paths["search.js"] ?? "assets/search.js", archivedOn: archivedOn)
    }
}

private extension PageRenderer {
    /// Renders one page, followed by the files of the charts it publishes; nothing when the
    /// target no longer exists (an article removed since). The template is the target's
    /// (`PageTarget.template`), named nowhere else.
    func render(_ target: PageTarget, context: PageContext,
                articles: [ArticleKey: TransformedArticle]) throws(DiagnosticError) -> [RenderedPage] {
        guard let template = target.template else { return file(target, context: context, articles: articles).map { [$0] } ?? [] }
        guard let page = try variables(target, context: context, articles: articles) else { return [] }
        let rendered = RenderedPage(path: page.path, bytes: try templates.renderBytes(template, page.values))
        guard !page.charts.isEmpty else { return [rendered] }
        return [rendered] + (try ChartPages(context: context, templates: templates).files(page.charts, publishedBy: page))
    }

    /// What the template of a page for readers is given.
    func variables(_ target: PageTarget, context: PageContext,
                   articles: [ArticleKey: TransformedArticle]) throws(DiagnosticError) -> PageVariables? {
        let index = IndexPages(context: context)
        switch target {
        case .root:
            return try index.root()
        case let .home(language):
            return try index.home(language: language)
        case let .edition(year, language):
            return try index.edition(year, language: language)
        case let .article(id, language):
            guard let item = articles[ArticleKey(id, language: language)] else { return nil }
            return try ArticlePage(context: context).render(item, neighbours: context.model.neighbours(of: item.article))
        case let .indicatorIndex(language):
            return try IndicatorPages(context: context).index(language: language)
        case let .indicator(id, language):
            return try IndicatorPages(context: context).page(id, language: language)
        case let .tagIndex(language):
            return try TagPages(context: context).index(language: language)
        case let .tag(tag, language):
            return try TagPages(context: context).page(tag, language: language)
        case let .search(language):
            return try UtilityPages(context: context).search(language: language)
        case .notFound:
            return try UtilityPages(context: context).notFound()
        case let .revisions(year, language):
            return try RevisionsPage(context: context).page(year, language: language)
        case let .archiveIndex(language):
            return try ArchivePages(context: context).index(language: language)
        case .feed, .sitemap, .robots, .searchIndex, .editionData, .siteData:
            return nil
        }
    }

    /// A file for machines, written by Swift alone.
    func file(_ target: PageTarget, context: PageContext, articles: [ArticleKey: TransformedArticle]) -> RenderedPage? {
        switch target {
        case let .feed(language):
            return SiteFiles(context: context).feed(language: language)
        case .sitemap:
            return SiteFiles(context: context).sitemap()
        case .robots:
            return SiteFiles(context: context).robots()
        case let .searchIndex(language):
            return SearchIndexWriter(context: context).index(language: language, articles: articles)
        case let .editionData(year, language, format):
            return OpenDataWriter(context: context).edition(year, language: language, format: format)
        case let .siteData(language, format):
            return OpenDataWriter(context: context).site(language: language, format: format)
        default:
            return nil
        }
    }
}

/// A page for readers before its template is applied: where it goes and what its template is given.
struct PageVariables {
    /// The output path, e.g. `zh/2026/plan/index.html`.
    var path: String
    var values: [String: TemplateData]
    /// Charts the page publishes as files of their own (`ChartPages`).
    var charts: [PublishedChart] = []
}
