import AlmanacCore
import Foundation

/// The folder of frozen editions, `Output/archive/`: one folder per year, each with its manifest.
public struct ArchiveShelf: Sendable {
    /// Folder holding the editions.
    public var root: String
    /// How `root` is named in diagnostics, e.g. `Output/archive`.
    public var label: String

    public init(root: String, label: String) {
        self.root = root
        self.label = label
    }

    /// Years with a folder on the shelf, oldest first.
    public func years() -> [Int] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return entries.compactMap { name in name.count == 4 ? Int(name) : nil }
            .filter { isDirectory(folder($0)) }.sorted()
    }

    /// Anything on the shelf besides the year folders.
    func strayEntries() -> [String] {
        let years = Set(years().map(String.init))
        return ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { !years.contains($0) }.sorted()
    }

    public func folder(_ year: Int) -> String { "\(root)/\(year)" }
    public func label(_ year: Int) -> String { "\(label)/\(year)" }

    /// Every frozen edition, each checked against its manifest: a build never publishes a frozen
    /// edition that differs from what was frozen.
    public func load(excluding excluded: Set<Int> = []) throws(DiagnosticError) -> [FrozenEdition] {
        var editions: [FrozenEdition] = []
        var problems: [Diagnostic] = []
        for year in years() where !excluded.contains(year) {
            do {
                let edition = try read(year)
                let mismatches = ArchiveVerifier(shelf: self).check(edition)
                if mismatches.isEmpty { editions.append(edition) } else { problems += mismatches }
            } catch {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticError(stage: "archive", diagnostics: problems) }
        return editions
    }

    /// The manifest and the files it lists for `year`, as they are on disk; missing files are absent.
    public func read(_ year: Int) throws(DiagnosticError) -> FrozenEdition {
        let (manifest, manifestBytes) = try self.manifest(year)
        var files: [String: [UInt8]] = [:]
        for entry in manifest.files {
            if let bytes = Self.readFile("\(folder(year))/\(entry.path)") { files[entry.path] = bytes }
        }
        return FrozenEdition(manifest: manifest, manifestBytes: manifestBytes, files: files)
    }

    /// The manifest of `year`, with its bytes as stored.
    func manifest(_ year: Int) throws(DiagnosticError) -> (ArchiveManifest, [UInt8]) {
        let path = "\(folder(year))/\(ArchiveManifest.fileName)"
        let label = "\(label(year))/\(ArchiveManifest.fileName)"
        guard let bytes = Self.readFile(path) else {
            throw DiagnosticError(stage: "archive", diagnostics: [.error(
                "frozen edition \(year) has no manifest; restore it from version control or remove the folder",
                at: SourceLocation(path: label))])
        }
        let manifest = try ArchiveManifest.decode(bytes, label: label)
        guard manifest.edition == year else {
            throw DiagnosticError(stage: "archive", diagnostics: [.error(
                "manifest is for edition \(manifest.edition) but lies in the folder of \(year)", at: SourceLocation(path: label))])
        }
        return (manifest, bytes)
    }

    /// Every regular file under `year`'s folder, by relative path.
    func listFiles(_ year: Int) -> [String] {
        let base = folder(year)
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        while let path = walker.nextObject() as? String {
            if !isDirectory("\(base)/\(path)") { files.append(path) }
        }
        return files.sorted()
    }

    static func readFile(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map(Array.init)
    }

    private func isDirectory(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
