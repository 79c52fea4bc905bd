import AlmanacCore
import AlmanacFiles

/// The folder of frozen editions, `Output/archive/`: one folder per year, each with its manifest.
///
/// Everything on the shelf is read without following links (`EditionFolder`), and no path from
/// a manifest is joined to a folder before `ManifestRules` has accepted it.
public struct ArchiveShelf: Sendable {
    /// Folder holding the editions.
    public var root: String
    /// How `root` is named in diagnostics, e.g. `Output/archive`.
    public var label: String
    /// Every read and write of the shelf goes through it.
    public var io: FileIO

    public init(root: String, label: String, io: FileIO = .disk) {
        self.root = root
        self.label = label
        self.io = io
    }

    /// Years with a real folder on the shelf (a link named `2025` is not one), oldest first.
    public func years() -> [Int] {
        entries().compactMap { name in
            guard name.count == 4, let year = Int(name), io.kind(folder(year)) == .folder else { return nil }
            return year
        }.sorted()
    }

    /// Anything on the shelf besides the year folders, and the shelf itself when it is a link.
    func strayEntries() -> [String] {
        let years = Set(years().map(String.init))
        return entries().filter { !years.contains($0) }.sorted()
    }

    /// True when the shelf is a symbolic link rather than a folder of the output.
    var isLink: Bool { io.kind(root) == .link }

    public func folder(_ year: Int) -> String { "\(root)/\(year)" }
    public func label(_ year: Int) -> String { "\(label)/\(year)" }

    /// Every frozen edition, each checked against its manifest: a build never publishes a frozen
    /// edition that differs from what was frozen.
    public func load(excluding excluded: Set<Int> = []) throws(DiagnosticError) -> [FrozenEdition] {
        var editions: [FrozenEdition] = []
        var problems: [Diagnostic] = shelfProblems()
        for year in years() where !excluded.contains(year) {
            do {
                let shelved = try read(year)
                let mismatches = ArchiveVerifier(shelf: self).check(shelved)
                if mismatches.isEmpty { editions.append(shelved.edition) } else { problems += mismatches }
            } catch {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticError(stage: .archive, diagnostics: problems) }
        return editions
    }

    /// An error when the shelf is a link (frozen editions live inside the output, where every
    /// build carries them over) or cannot be listed (its editions would be rendered live).
    func shelfProblems() -> [Diagnostic] {
        if isLink {
            return [.error("the archive is a symbolic link; frozen editions must be a real folder inside the output: "
                           + "replace the link with the folder it points to", at: SourceLocation(path: label))]
        }
        guard case let .failure(error) = listing() else { return [] }
        return [.error("cannot list the frozen editions: \(error); check the folder's permissions", at: SourceLocation(path: label))]
    }

    /// The edition of `year` as it lies in its folder: the manifest, the files it lists, and
    /// everything else found there.
    func read(_ year: Int) throws(DiagnosticError) -> ShelvedEdition {
        let folder = EditionFolder(walking: self.folder(year), io: io)
        let label = "\(label(year))/\(ArchiveManifest.fileName)"
        guard let manifestBytes = folder.files[ArchiveManifest.fileName] else {
            throw DiagnosticError(stage: .archive, diagnostics: [.error(
                "frozen edition \(year) has no manifest; restore it from version control or remove the folder",
                at: SourceLocation(path: label))])
        }
        let manifest = try ArchiveManifest.decode(manifestBytes, label: label)
        guard manifest.edition == year else {
            throw DiagnosticError(stage: .archive, diagnostics: [.error(
                "manifest is for edition \(manifest.edition) but lies in the folder of \(year)", at: SourceLocation(path: label))])
        }
        var files: [String: [UInt8]] = [:]
        for entry in manifest.files {
            if let bytes = folder.files[entry.path] { files[entry.path] = bytes }
        }
        return ShelvedEdition(edition: FrozenEdition(manifest: manifest, manifestBytes: manifestBytes, files: files),
                              folder: folder)
    }

    /// The shelf's entries; none when there is no shelf (or only a link, named by `shelfProblems`).
    private func entries() -> [String] {
        (try? listing().get()) ?? []
    }

    private func listing() -> Result<[String], any Error> {
        guard io.kind(root) == .folder else { return .success([]) }
        return Result { try io.entries(root).map(\.name) }
    }
}

/// A frozen edition with what its folder holds besides the files its manifest lists.
struct ShelvedEdition: Sendable {
    var edition: FrozenEdition
    var folder: EditionFolder
}
