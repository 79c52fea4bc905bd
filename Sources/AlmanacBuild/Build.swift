import AlmanacArchive
import AlmanacCore

/// Builds a whole site: load → parse → model → transform → render → write.
public struct SiteBuilder: Sendable {
    public var input: SiteInput
    public var io: FileIO
    public var transforms: [any ArticleTransform]
    /// Frozen editions to render from the sources anyway, as when freezing one again.
    var thawed: Set<Int> = []
    /// How the finished site is swapped in; tests fail these on purpose.
    public var renames: FolderRenames = .system

    public init(input: SiteInput, io: FileIO = .disk, transforms: [any ArticleTransform]? = nil) {
        self.input = input
        self.io = io
        self.transforms = transforms ?? ArticleTransformer.standard()
    }

    /// Builds the site into `input.outputRoot`. On failure the error lists every diagnostic,
    /// warnings included, and the output folder is left as it was.
    public func build() throws(DiagnosticError) -> BuildReport {
        var run = StageRunner()
        // Locked and recovered before anything is read: the frozen editions are read from the
        // output, which an interrupted build may have left to be put back.
        let staging = try beginOutput(&run)
        let state: SiteState
        do {
            // Articles are transformed batch by batch as their pages are written, so the HTML of
            // the whole site is never held at once.
            state = try prepare(&run, transformingArticles: false)
        } catch {
            staging.abandon()
            throw error
        }
        let metrics = state.renderer.templates.metrics
        let written: Int
        do {
            written = try renderAndWrite(state, into: staging, &run)
        } catch {
            staging.abandon()
            throw error
        }
        return BuildReport(pagesWritten: written, warnings: run.warnings, timings: run.timings,
                           templates: metrics.summary())
    }

    /// Runs every stage but writing: finds every problem without touching the output folder.
    public func check() throws(DiagnosticError) -> BuildReport {
        var run = StageRunner()
        let state = try render(&run)
        return BuildReport(pagesWritten: state.pages.count, warnings: run.warnings, timings: run.timings,
                           templates: state.renderer.templates.metrics.summary())
    }

    /// Every stage but writing, keeping what each produced for later incremental rebuilds.
    func render(_ run: inout StageRunner) throws(DiagnosticError) -> SiteState {
        var state = try prepare(&run)
        state.pages = try run.stage("render") { () throws(DiagnosticError) in
            try state.renderer.render(state.transformed)
        } + state.frozen.pages(state.model.urls)
        return state
    }

    /// Every stage up to rendering: the site's articles transformed and its templates ready.
    /// Without `transformingArticles`, the articles are left for the caller to transform.
    func prepare(_ run: inout StageRunner, transformingArticles: Bool = true) throws(DiagnosticError) -> SiteState {
        let sources = try run.stage("load") { () throws(DiagnosticError) in try ContentLoader(input: input, io: io).load() }
        let frozen = try run.stage("archive") { () throws(DiagnosticError) in Staged(try frozenSite()) }
        var site = try run.stage("parse") { () throws(DiagnosticError) in
            var parsed = try SiteParser(contentLabel: input.contentLabel, baseURLOverride: input.baseURLOverride).parse(sources)
            parsed.warnings += SourceFingerprint(input: input).drift(sources, articles: parsed.value.articles, frozen: frozen)
            return parsed
        }
        let figures = try run.stage("model") { () throws(DiagnosticError) in
            Staged(try FrozenFigures(frozen, urls: SiteURLs(config: site.config), languages: site.config.languages.map(\.code)))
        }
        site.articles = figures.apply(to: site.articles)
        let model = try run.stage("model") { () throws(DiagnosticError) in
            var built = try modelBuilder(site).build(site.articles)
            built.value.frozenEditions = frozen.summaries
            let collisions = URLCollisions(model: built.value, urls: built.value.urls).problems()
            if !collisions.isEmpty { throw DiagnosticError(stage: "model", diagnostics: collisions) }
            return built
        }
        let transformer = transformer(model, sources)
        let articles = try run.stage("transform") { () throws(DiagnosticError) in
            transformingArticles ? try transformer.transformAll(model.articles) : Staged([])
        }
        let renderer = try run.stage("render") { () throws(DiagnosticError) in
            Staged(try PageRenderer(model: model, templates: TemplateSet(sources.templates), strings: site.strings,
                                    assets: SiteAssets(sources.assets), frozenPaths: frozen.publishedPaths))
        }
        return SiteState(sources: sources, site: site, model: model, transformContext: transformer.context,
                         transformed: Dictionary(articles.map { ($0.article.key, $0) }) { first, _ in first },
                         renderer: renderer, pages: [], frozen: frozen, frozenFigures: figures)
    }

    /// The frozen editions on the shelf, less the thawed ones.
    func frozenSite() throws(DiagnosticError) -> FrozenSite {
        let shelf = ArchiveShelf(root: input.archiveRoot, label: input.archiveLabel)
        let editions = try shelf.load(excluding: thawed)
        return editions.isEmpty ? .empty : try FrozenSite(editions: editions, label: shelf.label)
    }

    func modelBuilder(_ site: ParsedSite) -> SiteModelBuilder {
        SiteModelBuilder(config: site.config, catalogue: site.catalogue, includeDrafts: input.includeDrafts)
    }

    func transformer(_ model: SiteModel, _ sources: SiteSources) -> ArticleTransformer {
        ArticleTransformer(transforms: transforms,
                           context: TransformContext(model: model, dataFiles: sources.dataFiles.mapValues(\.text),
                                                    layoutIDs: TemplateReference.literalIDs(in: sources.templates.values.map(\.text))))
    }
}

/// What every stage of a build produced.
struct SiteState: Sendable {
    var sources: SiteSources
    var site: ParsedSite
    var model: SiteModel
    var transformContext: TransformContext
    var transformed: [ArticleKey: TransformedArticle]
    var renderer: PageRenderer
    var pages: [RenderedPage]
    var frozen: FrozenSite
    var frozenFigures: FrozenFigures
}

/// What a finished build did.
public struct BuildReport: Sendable {
    public var pagesWritten: Int
    public var warnings: [Diagnostic]
    /// Seconds spent in each stage, in pipeline order.
    public var timings: [(stage: String, seconds: Double)]
    /// Time spent rendering each template, the slowest first.
    public var templates: [TemplateTiming] = []
}

/// Runs stages in order, timing each and keeping their warnings; a failing stage's error
/// also carries the warnings raised before it.
struct StageRunner {
    var warnings: [Diagnostic] = []
    var timings: [(stage: String, seconds: Double)] = []

    mutating func stage<T>(_ name: String, _ body: () throws(DiagnosticError) -> Staged<T>) throws(DiagnosticError) -> T {
        do {
            let result = try time(name, body)
            warnings += result.warnings
            return result.value
        } catch {
            throw DiagnosticError(stage: error.stage, diagnostics: warnings + error.diagnostics)
        }
    }

    /// Runs `body` and adds its time to the stage `name`: a stage done in several pieces
    /// (rendering and writing take turns) is listed once with its total.
    mutating func time<T>(_ name: String, _ body: () throws(DiagnosticError) -> T) throws(DiagnosticError) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let seconds = start.duration(to: clock.now).seconds
            if let index = timings.firstIndex(where: { $0.stage == name }) {
                timings[index].seconds += seconds
            } else {
                timings.append((name, seconds))
            }
        }
        return try body()
    }
}
