import AlmanacCore
import AlmanacFiles
import Foundation

/// Puts a newly frozen edition on the shelf, all at once: the files are written to a hidden
/// folder beside it and renamed into place, so an interrupted freeze leaves nothing half-done.
public struct FrozenEditionWriter: Sendable {
    public var shelf: ArchiveShelf

    public init(shelf: ArchiveShelf) {
        self.shelf = shelf
    }

    /// Writes `edition`; replaces an earlier freeze of the same year only when `replacing`.
    /// Returns a warning when the earlier freeze, set aside, cannot be removed.
    @discardableResult
    public func write(_ edition: FrozenEdition, replacing: Bool) throws(DiagnosticError) -> [Diagnostic] {
        let io = shelf.io
        let target = shelf.folder(edition.year)
        if !replacing { try refuseReplacing(edition.year) }
        let process = getpid()
        let staging = "\(shelf.root)/.\(edition.year).freezing-\(process)"
        let retired = "\(shelf.root)/.\(edition.year).replaced-\(process)"
        do {
            try io.remove(staging)
            for (path, bytes) in edition.storedFiles { try io.write("\(staging)/\(path)", bytes) }
            if io.kind(target) != nil { try io.rename(target, retired) }
            try io.rename(staging, target)
        } catch {
            try? io.remove(staging)
            if io.kind(target) == nil { try? io.rename(retired, target) }
            throw DiagnosticError(stage: .archive, diagnostics: [.error(
                "cannot write the frozen edition: \(error); check that the folder is writable",
                at: SourceLocation(path: shelf.label(edition.year)))])
        }
        // The edition is in place; an old copy that will not go is only clutter, and said so.
        do { try io.remove(retired) } catch {
            return [.warning("the previous freeze was set aside but cannot be removed: \(error); remove it by hand",
                             at: SourceLocation(path: "\(shelf.label)/.\(edition.year).replaced-\(process)"))]
        }
        return []
    }

    /// Fails when `year` is already frozen: a frozen edition is replaced only on request.
    public func refuseReplacing(_ year: Int) throws(DiagnosticError) {
        guard shelf.io.kind(shelf.folder(year)) != nil else { return }
        throw DiagnosticError(stage: .archive, diagnostics: [.error(
            "edition \(year) is already frozen and stays as it was published; "
                + "use `almanac archive \(year) --force` to freeze it again from the current sources",
            at: SourceLocation(path: shelf.label(year)))])
    }
}
