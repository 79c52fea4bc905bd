import AlmanacCore
import Foundation

/// Puts a newly frozen edition on the shelf, all at once: the files are written to a hidden
/// folder beside it and renamed into place, so an interrupted freeze leaves nothing half-done.
public struct FrozenEditionWriter: Sendable {
    public var shelf: ArchiveShelf

    public init(shelf: ArchiveShelf) {
        self.shelf = shelf
    }

    /// Writes `edition`; replaces an earlier freeze of the same year only when `replacing`.
    public func write(_ edition: FrozenEdition, replacing: Bool) throws(DiagnosticError) {
        let target = shelf.folder(edition.year)
        let files = FileManager.default
        if !replacing { try refuseReplacing(edition.year) }
        let staging = "\(shelf.root)/.\(edition.year).freezing-\(getpid())"
        let retired = "\(shelf.root)/.\(edition.year).replaced-\(getpid())"
        do {
            try? files.removeItem(atPath: staging)
            for (path, bytes) in edition.storedFiles {
                let file = URL(fileURLWithPath: "\(staging)/\(path)")
                try files.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: file)
            }
            if files.fileExists(atPath: target) { try files.moveItem(atPath: target, toPath: retired) }
            try files.moveItem(atPath: staging, toPath: target)
            try? files.removeItem(atPath: retired)
        } catch {
            try? files.removeItem(atPath: staging)
            if !files.fileExists(atPath: target) { try? files.moveItem(atPath: retired, toPath: target) }
            throw DiagnosticError(stage: .archive, diagnostics: [.error(
                "cannot write the frozen edition: \(error); check that the folder is writable",
                at: SourceLocation(path: shelf.label(edition.year)))])
        }
    }

    /// Fails when `year` is already frozen: a frozen edition is replaced only on request.
    public func refuseReplacing(_ year: Int) throws(DiagnosticError) {
        guard FileManager.default.fileExists(atPath: shelf.folder(year)) else { return }
        throw DiagnosticError(stage: .archive, diagnostics: [.error(
            "edition \(year) is already frozen and stays as it was published; "
                + "use `almanac archive \(year) --force` to freeze it again from the current sources",
            at: SourceLocation(path: shelf.label(year)))])
    }
}
