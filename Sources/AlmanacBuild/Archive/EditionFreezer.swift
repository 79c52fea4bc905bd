import AlmanacFiles
import AlmanacArchive
import AlmanacCore

/// Freezes one edition: renders its pages and data files once more, pointing at private copies
/// of the stylesheet and scripts and carrying a notice, and shelves them with a manifest.
public struct EditionFreezer: Sendable {
    public var input: SiteInput
    public var io: FileIO

    public init(input: SiteInput, io: FileIO = .disk) {
        self.input = input
        self.io = io
    }

    /// Freezes `year` as of `day`; an edition already frozen is frozen again only when `replacing`.
    public func freeze(_ year: Int, on day: CalendarDate, replacing: Bool) throws(DiagnosticError) -> FreezeReport {
        let shelf = ArchiveShelf(root: input.archiveRoot, label: input.archiveLabel, io: io)
        let writer = FrozenEditionWriter(shelf: shelf)
        // Refused before rendering the whole site for nothing.
        if !replacing { try writer.refuseReplacing(year) }
        var builder = SiteBuilder(input: input, io: io)
        builder.thawed = [year]
        var run = StageRunner()
        // Only the edition's own articles are transformed: its pages are all that is rendered.
        var state = try builder.prepare(&run)
        let articles = state.model.config.languages.flatMap { state.model.articles(in: year, language: $0.code) }
        let transformer = builder.transformer(state)
        for article in try run.stage(.transform, { () throws(DiagnosticError) in try transformer.transformAll(articles) }) {
            state.transformed[article.article.key] = article
        }
        let files = try render(year, state, frozenOn: day)
        let manifest = ArchiveManifest(edition: year, frozen: day.description, baseURL: state.model.config.baseURL,
                                       files: files, sources: SourceFingerprint(input: input).files(state.sources))
        // Under the same lock as a build, so no build swaps the output while the edition is shelved.
        let output = try OutputLocation(input.outputRoot, protecting: [input.contentRoot, input.templatesRoot])
        let lock = try FolderLock(output.parent, for: input.outputRoot)
        defer { lock.release() }
        run.warnings += try writer.write(FrozenEdition(manifest: manifest, files: files), replacing: replacing)
        return FreezeReport(year: year, folder: shelf.label(year), files: files.count,
                            bytes: files.values.reduce(0) { $0 + $1.count }, warnings: run.warnings)
    }
}

/// What freezing an edition did.
public struct FreezeReport: Sendable {
    public var year: Int
    /// Where the frozen files are, e.g. `Output/archive/2025`.
    public var folder: String
    public var files: Int
    public var bytes: Int
    public var warnings: [Diagnostic]
}

private extension EditionFreezer {
    /// The edition's pages and data under `site/`, the assets under `assets/`.
    func render(_ year: Int, _ state: SiteState, frozenOn day: CalendarDate) throws(DiagnosticError) -> [String: [UInt8]] {
        let model = state.model
        let urls = model.urls
        let targets = model.config.languages.map(\.code).flatMap { language -> [PageTarget] in
            let articles = model.articles(in: year, language: language)
            guard !articles.isEmpty else { return [] }
            return [.edition(year, language: language)] + articles.map { .article($0.id, language: language) }
                + DataFormat.allCases.map { .editionData(year, language: language, format: $0) }
        }
        guard !targets.isEmpty else {
            throw DiagnosticError(stage: .archive, diagnostics: [.error(
                "edition \(year) has no published articles to freeze; write them in \(input.contentLabel)/\(year)/ first",
                at: SourceLocation(path: "\(input.contentLabel)/\(year)"))])
        }
        var renderer = state.renderer
        let folder = urls.archivedEdition(year)
        renderer.assets = renderer.assets.relocated(under: folder)
        renderer.archivedOn = day
        renderer.frozenPaths = []
        var files: [String: [UInt8]] = [:]
        for page in try renderer.render(targets, model: state.model, articles: state.transformed) {
            files[FrozenEdition.siteFolder + page.path] = page.bytes
        }
        for asset in renderer.assets.pages {
            files[String(asset.path.dropFirst(folder.count))] = asset.bytes
        }
        return files
    }
}
