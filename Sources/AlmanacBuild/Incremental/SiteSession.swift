import AlmanacFiles
import AlmanacCore

/// A built site kept in memory, so that one changed file rebuilds only the pages it affects.
///
/// An article edit re-renders the pages that show what it changed, as each kind of page declares
/// in `PageTarget.dependencies`; a template edit re-renders the pages whose template uses it. Configuration, catalogue, strings and assets rebuild everything. A failed
/// update leaves the previous pages in place.
public final class SiteSession {
    public let input: SiteInput
    private let builder: SiteBuilder
    private var state: SiteState?
    /// The site, by output path (`zh/2026/plan/index.html`); files in `stale` are out of date.
    public private(set) var pages: [String: RenderedPage] = [:]
    /// Feeds, indexes and data files an update affected, by output path: rendered again only when
    /// asked for, since no open page shows them.
    private var stale: [String: PageTarget] = [:]

    public init(input: SiteInput, io: FileIO = .disk, transforms: [any ArticleTransform]? = nil) {
        self.input = input
        self.builder = SiteBuilder(input: input, io: io, transforms: transforms)
    }

    /// Builds everything from scratch.
    @discardableResult
    public func rebuildAll() throws(DiagnosticError) -> SessionUpdate {
        var run = StageRunner()
        let state = try builder.render(&run)
        let previous = pages
        self.state = state
        stale = [:]
        // The preview serves the archive folder from memory too: frozen pages link to its assets.
        pages = Dictionary((state.pages + state.frozen.storedPages()).map { ($0.path, $0) }) { first, _ in first }
        let changed = pages.filter { previous[$0.key] != $0.value }.keys.sorted()
        return SessionUpdate(changedPages: changed, removedPages: previous.keys.filter { pages[$0] == nil }.sorted(),
                             renderedPages: state.pages.count, warnings: run.warnings, wasFull: true)
    }

    /// Applies changed files (absolute paths) and returns which pages changed.
    ///
    /// The kept state is changed in place, never copied: at 10,000 articles a copy costs more than
    /// the rebuild. When an update fails half-way, the state is dropped and the next update
    /// rebuilds everything; the pages stay as they were.
    public func update(changedFiles: [String]) throws(DiagnosticError) -> SessionUpdate {
        let changes = ChangeSet(paths: changedFiles, input: input)
        guard state != nil, !changes.everything else { return try rebuildAll() }
        if changes.isEmpty { return SessionUpdate(changedPages: [], removedPages: [], renderedPages: 0, warnings: [], wasFull: false) }
        let rendered: [RenderedPage]
        var removed: [String] = []
        do {
            guard let targets = try targets(for: changes, in: &state!) else { return try rebuildAll() }
            let urls = state!.model.urls
            for target in targets where !state!.model.contains(target) {
                let path = target.path(urls)
                if pages.removeValue(forKey: path) != nil { removed.append(path) }
                stale[path] = nil
            }
            let existing = targets.filter(state!.model.contains)
            for target in existing where target.isForMachines { stale[target.path(urls)] = target }
            rendered = try state!.renderer.render(existing.filter { !$0.isForMachines }, model: state!.model,
                                                  articles: state!.transformed)
        } catch {
            state = nil
            throw error
        }
        var changed: [String] = []
        for page in rendered where pages[page.path] != page {
            pages[page.path] = page
            changed.append(page.path)
        }
        return SessionUpdate(changedPages: changed.sorted(), removedPages: removed.sorted(), renderedPages: rendered.count,
                             warnings: [], wasFull: false)
    }
}

extension SiteSession {
    /// Site paths that frozen editions were published under (`/almanac/`): their pages keep
    /// links that start with it, which the preview, serving from `/`, has to follow.
    public var frozenBasePaths: [String] {
        let paths = state?.frozen.editions.map { edition in
            SiteConfig.basePath(of: edition.manifest.baseURL)
        } ?? []
        return Set(paths).filter { $0 != "/" }.sorted()
    }

    /// The page or file at `path`, brought up to date first if an update made it stale. When it
    /// cannot be brought up to date, the error says why and the file stays stale.
    public func page(at path: String) throws(DiagnosticError) -> RenderedPage? {
        if let target = stale[path], let state {
            if let page = try state.renderer.render([target], model: state.model, articles: state.transformed).first { pages[path] = page }
            stale[path] = nil
        }
        return pages[path]
    }
}

/// What an update of a `SiteSession` changed.
public struct SessionUpdate: Sendable {
    /// Output paths whose bytes changed.
    public var changedPages: [String]
    public var removedPages: [String]
    /// Pages rendered again, changed or not.
    public var renderedPages: Int
    public var warnings: [Diagnostic]
    /// True when the whole site was rebuilt.
    public var wasFull: Bool
}

private extension SiteSession {
    /// Updates `state` for `changes`; nil when only a full rebuild is correct.
    func targets(for changes: ChangeSet, in state: inout SiteState) throws(DiagnosticError) -> Set<PageTarget>? {
        var targets: Set<PageTarget> = []
        if !changes.articles.isEmpty {
            guard let affected = try updateArticles(changes.articles, in: &state) else { return nil }
            targets.formUnion(affected)
        }
        if !changes.templates.isEmpty {
            targets.formUnion(try updateTemplates(changes.templates, in: &state))
        }
        return targets
    }

    /// Re-reads, re-parses and re-transforms edited articles and returns the pages whose declared
    /// dependencies (`PageTarget.dependencies`) meet what the edit changed; nil when articles
    /// were added or removed, which changes links and lists everywhere and so needs a full rebuild.
    func updateArticles(_ paths: Set<String>, in state: inout SiteState) throws(DiagnosticError) -> Set<PageTarget>? {
        let loader = ContentLoader(input: input, io: builder.io)
        let parser = ArticleParser(catalogue: state.site.catalogue, contentLabel: input.contentLabel)
        var edited: [Article] = []
        for path in paths.sorted() {
            guard let index = state.site.articles.firstIndex(where: { $0.contentPath == path }),
                  let file = try loader.reloadArticle(path) else { return nil }
            let old = state.site.articles[index]
            let article = state.frozenFigures.apply(to: try parser.parse(file).value.withDefaults(of: state.site.editions))
            // A new id or a draft that appears or disappears changes lists and links everywhere.
            guard article.id == old.id, article.draft == old.draft || input.includeDrafts else { return nil }
            state.site.articles[index] = article
            if input.includeDrafts || !article.draft { edited.append(article) }
        }
        var facts: Set<SiteFact> = []
        for article in edited {
            guard let before = state.model.article(article.id, language: article.language) else { return nil }
            facts.formUnion(article.changedFacts(since: before))
        }
        // Pages an edit removes (a tag's last article) exist only in the model before it. Which
        // pages exist depends only on what lists show, so an edit that changes no list removes none.
        let relisted = facts.contains { if case .listing = $0 { true } else { false } }
        // An edit that reaches no other article's page needs only the list pages asked, besides its own.
        let allArticles = facts.contains(where: \.reachesOtherArticlePages)
        let candidates = { (model: SiteModel) in
            allArticles ? model.pageTargets : model.listTargets + edited.map { PageTarget.article($0.id, language: $0.language) }
        }
        let targetsBefore = relisted ? candidates(state.model) : []
        // In place: at 10,000 articles copying the model costs more than the rest of an edit.
        try builder.modelBuilder(state.site).update(&state.model, replacing: edited)
        let affected = affectedTargets(targetsBefore + candidates(state.model), facts: facts, state: state)
        let editedKeys = Set(edited.map(\.key))
        let redrawn = affected.compactMap { target -> Article? in
            guard case let .article(id, language) = target, !editedKeys.contains(ArticleKey(id, language: language)),
                  let charted = state.transformed[ArticleKey(id, language: language)]?.body.chartedIndicators,
                  facts.contains(where: { if case let .figures(indicator) = $0 { charted.contains(indicator) } else { false } })
            else { return nil }
            return state.model.article(id, language: language)
        }
        let transformer = builder.transformer(state)
        for article in edited + redrawn {
            state.transformed[article.key] = try transformer.transformAll([article]).value[0]
        }
        return affected
    }

    /// The pages among `candidates` that show one of `facts`.
    func affectedTargets(_ candidates: [PageTarget], facts: Set<SiteFact>, state: SiteState) -> Set<PageTarget> {
        let languages = state.model.config.languages.map(\.code)
        // Looking up every article's charts is the slow part of the scan, and only figures need it.
        let figuresChanged = facts.contains { if case .figures = $0 { true } else { false } }
        // An article page shows the figures it charts and, flagged revised or not, those it reports.
        // The closure holds the model and the transformed articles, not the whole state: it is
        // called for every article page, and each call would copy the state it captured.
        let model = state.model, transformed = state.transformed
        let charted = { (key: ArticleKey) -> Set<String> in
            guard figuresChanged else { return [] }
            let reported = model.article(key.id, language: key.language)?.indicators.map(\.id) ?? []
            return (transformed[key]?.body.chartedIndicators ?? []).union(reported)
        }
        var buffer: [SiteFact] = []
        return Set(candidates.filter { target in
            buffer.removeAll(keepingCapacity: true)
            target.addDependencies(to: &buffer, languages: languages, charted: charted)
            return buffer.contains(where: facts.contains)
        })
    }

    /// Re-reads templates; returns every page whose template uses one that changed.
    func updateTemplates(_ names: Set<String>, in state: inout SiteState) throws(DiagnosticError) -> Set<PageTarget> {
        let sources = try ContentLoader(input: input, io: builder.io).reloadTemplates()
        state.sources.templates = sources
        state.renderer.templates = try TemplateSet(sources, label: input.templatesLabel)
        let dependencies = TemplateDependencies(sources)
        return Set(state.model.pageTargets.filter { target in
            guard let template = target.template else { return false }
            let used = target.publishesCharts ? [template, ChartPages.template] : [template]
            return names.contains { name in used.contains { dependencies.uses($0, name) } }
        })
    }
}
