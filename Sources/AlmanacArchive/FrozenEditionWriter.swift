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
        if files.fileExists(atPath: target) && !replacing {
            throw DiagnosticError(stage: "archive", diagnostics: [.error(
                "edition \(edition.year) is already frozen; its pages stay as they were published. "
                    + "Use `almanac archive \(edition.year) --force` to freeze it again",
                at: SourceLocation(path: shelf.label(edition.year)))])
        }
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
            throw DiagnosticError(stage: "archive", diagnostics: [.error(
                "cannot write the frozen edition: \(error); check that the folder is writable",
                at: SourceLocation(path: shelf.label(edition.year)))])
        }
    }
}
