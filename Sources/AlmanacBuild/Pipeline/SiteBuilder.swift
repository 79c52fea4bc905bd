import AlmanacFiles
import AlmanacArchive
import AlmanacCore

/// The pipeline: load → archive → parse → model → transform → render → write. A build, `check`,
/// the preview and freezing all run these same stages; they differ only in where the pages go
/// (`PageSink`): the output folder, or memory.
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
        let output = try run.stage(.write) { () throws(DiagnosticError) in try openOutput() }
        let (state, written) = try stages(into: output, &run)
        return BuildReport(pagesWritten: written, warnings: run.warnings, timings: run.timings,
                           templates: state.renderer.templates.metrics.summary())
    }

    /// Runs every stage but writing: finds every problem without touching the output folder.
    public func check() throws(DiagnosticError) -> BuildReport {
        var run = StageRunner()
        let state = try render(&run)
        return BuildReport(pagesWritten: state.pages.count, warnings: run.warnings, timings: run.timings,
                           templates: state.renderer.templates.metrics.summary())
    }

    /// Every stage, with the pages kept in memory along with what each stage produced, for
    /// the preview's incremental rebuilds and for freezing.
    func render(_ run: inout StageRunner) throws(DiagnosticError) -> SiteState {
        let memory = MemoryPages()
        var (state, _) = try stages(into: memory, &run)
        state.pages = memory.pages
        return state
    }

    /// The stages, in order. Articles are transformed and rendered batch by batch, each batch
    /// handed to `sink` as soon as it is rendered. On failure `sink` is abandoned.
    func stages(into sink: some PageSink, _ run: inout StageRunner) throws(DiagnosticError) -> (SiteState, Int) {
        do {
            var state = try prepare(&run)
            let written = try transformRenderAndWrite(&state, into: sink, &run)
            return (state, written)
        } catch {
            sink.abandon()
            throw error
        }
    }

    /// The stages up to the model, and what rendering needs ready: freezing goes on from here
    /// with the articles of one edition only.
    func prepare(_ run: inout StageRunner) throws(DiagnosticError) -> SiteState {
        let sources = try run.stage(.load) { () throws(DiagnosticError) in try load() }
        var frozen = try run.stage(.archive) { () throws(DiagnosticError) in Staged(try readArchive()) }
        let site = try run.stage(.parse) { () throws(DiagnosticError) in try parse(sources, frozen: frozen) }
        try run.time(.archive) { () throws(DiagnosticError) in try frozen.package(config: site.config, strings: site.strings) }
        let modelled = try run.stage(.model) { () throws(DiagnosticError) in try model(site, frozen: frozen) }
        return try run.stage(.render) { () throws(DiagnosticError) in
            Staged(try prepareRendering(sources, modelled, frozen: frozen))
        }
    }
}

/// The stages' workers, each named after its stage.
extension SiteBuilder {
    /// Write, first part: the output's lock, leftovers of interrupted builds, a staging folder.
    func openOutput() throws(DiagnosticError) -> Staged<OutputStaging> {
        let staging = try OutputWriter(outputRoot: input.outputRoot, keeping: SiteURLs.archiveFolder,
                                       protecting: [input.contentRoot, input.templatesRoot], renames: renames).begin()
        return Staged(staging, warnings: staging.notes)
    }

    func load() throws(DiagnosticError) -> Staged<SiteSources> {
        try ContentLoader(input: input, io: io).load()
    }

    /// The frozen editions on the shelf, checked against their manifests, less the thawed ones.
    func readArchive() throws(DiagnosticError) -> FrozenSite {
        let shelf = ArchiveShelf(root: input.archiveRoot, label: input.archiveLabel, io: io)
        let editions = try shelf.load(excluding: thawed)
        return editions.isEmpty ? .empty : FrozenSite(editions: editions, label: shelf.label)
    }

    /// The sources parsed, with a warning for each frozen article changed since it was frozen.
    func parse(_ sources: SiteSources, frozen: FrozenSite) throws(DiagnosticError) -> Staged<ParsedSite> {
        var parsed = try SiteParser(contentLabel: input.contentLabel, baseURLOverride: input.baseURLOverride).parse(sources)
        parsed.warnings += SourceFingerprint(input: input).drift(sources, articles: parsed.value.articles, frozen: frozen)
        return parsed
    }

    /// The model of the site: frozen articles keep their frozen figures, frozen editions are
    /// listed, and no two pages may share a URL.
    func model(_ parsed: ParsedSite, frozen: FrozenSite) throws(DiagnosticError) -> Staged<ModelledSite> {
        var site = parsed
        let figures = try FrozenFigures(frozen, urls: SiteURLs(config: site.config), languages: site.config.languages.map(\.code))
        site.articles = figures.apply(to: site.articles)
        var built = try modelBuilder(site).build(site.articles)
        built.value.frozenEditions = frozen.summaries
        built.value.editionInfo = site.editions
        let collisions = URLCollisions(model: built.value, urls: built.value.urls).problems()
        if !collisions.isEmpty { throw DiagnosticError(stage: .model, diagnostics: collisions) }
        return Staged(ModelledSite(site: site, model: built.value, frozenFigures: figures), warnings: built.warnings)
    }

    /// Render, first part: templates compiled, assets named, the transformer set up.
    func prepareRendering(_ sources: SiteSources, _ modelled: ModelledSite, frozen: FrozenSite) throws(DiagnosticError) -> SiteState {
        let renderer = try PageRenderer(templates: TemplateSet(sources.templates, label: sources.templatesLabel),
                                        strings: modelled.site.strings, assets: SiteAssets(sources.assets),
                                        frozenPaths: frozen.publishedPaths)
        return SiteState(sources: sources, site: modelled.site, model: modelled.model, transformInputs: transformInputs(sources),
                         transformed: [:], renderer: renderer, pages: [], frozen: frozen, frozenFigures: modelled.frozenFigures)
    }

    func modelBuilder(_ site: ParsedSite) -> SiteModelBuilder {
        SiteModelBuilder(config: site.config, catalogue: site.catalogue, includeDrafts: input.includeDrafts,
                         figureWords: site.strings.mapValues(\.figures))
    }

    func transformInputs(_ sources: SiteSources) -> TransformInputs {
        TransformInputs(dataFiles: sources.dataFiles.mapValues(\.text),
                        layoutIDs: TemplateReference.literalIDs(in: sources.templates.values.map(\.text)))
    }

    /// The transformer for the state's model as it is now; made for each use, so no second copy of
    /// the model outlives it.
    func transformer(_ state: SiteState) -> ArticleTransformer {
        ArticleTransformer(transforms: transforms, context: TransformContext(model: state.model, inputs: state.transformInputs))
    }
}

/// What the model stage hands on: the parsed site with frozen figures in place, and its model.
struct ModelledSite: Sendable {
    var site: ParsedSite
    var model: SiteModel
    var frozenFigures: FrozenFigures
}

/// What every stage of a build produced. It holds the one model of the site.
struct SiteState: Sendable {
    var sources: SiteSources
    var site: ParsedSite
    var model: SiteModel
    var transformInputs: TransformInputs
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

    mutating func stage<T>(_ name: Stage, _ body: () throws(DiagnosticError) -> Staged<T>) throws(DiagnosticError) -> T {
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
    mutating func time<T>(_ name: Stage, _ body: () throws(DiagnosticError) -> T) throws(DiagnosticError) -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let seconds = start.duration(to: clock.now).seconds
            if let index = timings.firstIndex(where: { $0.stage == name.rawValue }) {
                timings[index].seconds += seconds
            } else {
                timings.append((name.rawValue, seconds))
            }
        }
        return try body()
    }
}
