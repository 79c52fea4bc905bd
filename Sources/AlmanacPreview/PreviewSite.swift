import AlmanacBuild
import AlmanacCore

/// The site as the preview server shows it: rebuilt in memory on every change, or the build's
/// errors while there are any.
actor PreviewSite {
    private let session: SiteSession
    private let basePath: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Called after every build attempt with what it did, for the server's log.
    let log: @Sendable (String) -> Void

    init(input: SiteInput, basePath: String, log: @escaping @Sendable (String) -> Void) {
        self.session = SiteSession(input: input)
        self.basePath = basePath
        self.log = log
    }

    /// Builds everything; returns false when the sources have errors.
    @discardableResult
    func rebuildAll() -> Bool {
        record { () throws(DiagnosticError) in try session.rebuildAll() }
    }

    /// Rebuilds what `paths` affect; returns true when open pages should reload.
    func apply(_ paths: [String]) -> Bool {
        let hadErrors = !diagnostics.isEmpty
        let clock = ContinuousClock()
        let start = clock.now
        var changed = false
        let succeeded = record { () throws(DiagnosticError) in
            let update = hadErrors ? try session.rebuildAll() : try session.update(changedFiles: paths)
            changed = !update.changedPages.isEmpty || !update.removedPages.isEmpty
            return update
        }
        let elapsed = start.duration(to: clock.now)
        if succeeded && changed { log("rebuilt in \(elapsed.formatted(.units(allowed: [.milliseconds])))") }
        return hadErrors || !succeeded || changed
    }

    /// The bytes of a page, with the reload script in HTML; nil when there is no such page.
    func page(_ path: PreviewPath) -> [UInt8]? {
        guard let page = fresh(path.page) else { return nil }
        return path.contentType.hasPrefix("text/html") ? LiveReload.inject(into: page.bytes, basePath: basePath) : page.bytes
    }

    /// A page brought up to date; a failure is logged and shown on the pages until fixed.
    private func fresh(_ path: String) -> RenderedPage? {
        do {
            return try session.page(at: path)
        } catch {
            diagnostics = error.diagnostics
            for diagnostic in error.diagnostics { log(diagnostic.description) }
            return nil
        }
    }

    /// The same path without the published site path a frozen page linked with
    /// (`/almanac/zh/2025/` → `/zh/2025/`); nil for any other path.
    func unfrozenPath(_ requestPath: String) -> String? {
        session.frozenBasePaths.first { requestPath.hasPrefix($0) }.map { "/" + requestPath.dropFirst($0.count) }
    }

    /// The site's own 404 page, when it has one.
    func notFoundPage() -> [UInt8]? {
        fresh("404.html").map { LiveReload.inject(into: $0.bytes, basePath: basePath) }
    }

    private func record(_ body: () throws(DiagnosticError) -> SessionUpdate) -> Bool {
        do {
            let update = try body()
            diagnostics = []
            for warning in update.warnings { log(warning.description) }
            return true
        } catch {
            diagnostics = error.diagnostics
            for diagnostic in error.diagnostics { log(diagnostic.description) }
            return false
        }
    }
}
