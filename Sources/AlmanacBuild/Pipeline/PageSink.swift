import AlmanacCore
import Synchronization

/// Where the pipeline puts the pages it renders: a staging folder swapped in for the output
/// (`OutputStaging`), or memory for `check`, the preview and freezing (`MemoryPages`). The
/// stages before it are the same for every sink.
protocol PageSink: Sendable {
    /// Whether the transformed articles must stay in memory once their pages are rendered (the
    /// preview re-renders from them); a build lets their HTML go batch by batch.
    var keepsArticles: Bool { get }
    func add(_ pages: [RenderedPage]) throws(DiagnosticError)
    /// Puts the pages in place; returns how many there are.
    func finish() throws(DiagnosticError) -> Staged<Int>
    /// Drops what was added; the sink's destination stays as it was.
    func abandon()
}

/// Pages kept in memory, in the order they were rendered.
final class MemoryPages: PageSink {
    private let added = Mutex<[RenderedPage]>([])
    var keepsArticles: Bool { true }
    var pages: [RenderedPage] { added.withLock { $0 } }

    func add(_ pages: [RenderedPage]) {
        added.withLock { $0 += pages }
    }

    func finish() -> Staged<Int> {
        Staged(pages.count)
    }

    func abandon() {
        added.withLock { $0 = [] }
    }
}

extension OutputStaging: PageSink {
    var keepsArticles: Bool { false }

    /// Swaps the site in; what recovering or cleaning up found comes back as warnings.
    func finish() throws(DiagnosticError) -> Staged<Int> {
        let before = notes.count
        let count = try commit()
        return Staged(count, warnings: Array(notes.dropFirst(before)))
    }
}
