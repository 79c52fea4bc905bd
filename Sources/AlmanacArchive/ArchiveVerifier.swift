import AlmanacCore

/// Checks frozen editions against their manifests and names every changed, missing or extra file.
public struct ArchiveVerifier: Sendable {
    public var shelf: ArchiveShelf

    public init(shelf: ArchiveShelf) {
        self.shelf = shelf
    }

    /// Every mismatch on the shelf, as errors naming the file; empty when all editions are intact.
    public func verify() -> (editions: [ArchiveManifest], problems: [Diagnostic]) {
        var manifests: [ArchiveManifest] = []
        var problems: [Diagnostic] = shelf.shelfProblems() + shelf.strayEntries().map { name in
            .error("extra: not a frozen edition; the archive holds one folder per year, remove it",
                   at: SourceLocation(path: "\(shelf.label)/\(name)"))
        }
        for year in shelf.years() {
            do {
                let shelved = try shelf.read(year)
                manifests.append(shelved.edition.manifest)
                problems += check(shelved)
            } catch {
                problems += error.diagnostics
            }
        }
        return (manifests, problems)
    }

    /// Mismatches between an edition as read from its folder and its manifest.
    func check(_ shelved: ShelvedEdition) -> [Diagnostic] {
        let edition = shelved.edition, manifest = edition.manifest, year = edition.year
        let restore = "restore it from version control, or freeze again with `almanac archive \(year) --force`"
        let located = { (path: String) in SourceLocation(path: "\(shelf.label(year))/\(path)") }
        var problems: [Diagnostic] = []
        let links = Set(shelved.folder.links)
        for entry in manifest.files where !links.contains(entry.path) {
            guard let bytes = edition.files[entry.path] else {
                problems.append(.error("missing: this frozen file is gone; \(restore)", at: located(entry.path)))
                continue
            }
            let digest = SHA256Digest.hex(bytes)
            if bytes.count != entry.size || digest != entry.sha256 {
                problems.append(.error("changed: this frozen file differs from the manifest; \(restore)", at: located(entry.path),
                                       reasons: ["expected \(entry.size) bytes with SHA-256 \(entry.sha256)",
                                                 "found \(bytes.count) bytes with SHA-256 \(digest)"]))
            }
        }
        let listed = Set(manifest.files.map(\.path) + [ArchiveManifest.fileName])
        for path in shelved.folder.files.keys.sorted() where !listed.contains(path) {
            problems.append(.error("extra: this file is not part of the frozen edition; remove it", at: located(path)))
        }
        problems += shelved.folder.links.sorted().map {
            .error("link: a frozen file must be the file itself, not a symbolic link, which is never followed; \(restore)",
                   at: located($0))
        }
        problems += shelved.folder.specialFiles.sorted().map {
            .error("extra: not a regular file; remove it", at: located($0))
        }
        let listedFolders = Set(manifest.files.flatMap { entry -> [String] in
            let folders = entry.path.split(separator: "/").dropLast()
            return folders.indices.map { folders[...$0].joined(separator: "/") }
        })
        problems += shelved.folder.emptyFolders.filter { !listedFolders.contains($0) }.sorted().map {
            .error("extra: an empty folder that is not part of the frozen edition; remove it", at: located($0))
        }
        problems += shelved.folder.unreadable.map {
            .error("cannot read: \($0.reason); check the permissions", at: located($0.path))
        }
        return problems + ManifestAgreement(edition: edition, label: shelf.label(year)).problems()
    }
}

extension ArchiveVerifier {
    /// Published copies in the built site (`Output/zh/2025/index.html`) that differ from their
    /// frozen files: the site was built before the edition was frozen, or edited by hand.
    public func publishedCopies(in outputRoot: String, label: String, editions: [ArchiveManifest]) -> [Diagnostic] {
        editions.flatMap { manifest in
            manifest.files.filter { $0.path.hasPrefix(FrozenEdition.siteFolder) }.compactMap { entry -> Diagnostic? in
                let published = String(entry.path.dropFirst(FrozenEdition.siteFolder.count))
                guard let bytes = try? shelf.io.readRegular("\(outputRoot)/\(published)") else {
                    return .error("missing: the published copy of a frozen file is gone; run `almanac build`",
                                  at: SourceLocation(path: "\(label)/\(published)"))
                }
                guard SHA256Digest.hex(bytes) != entry.sha256 else { return nil }
                return .error("changed: the published page differs from frozen edition \(manifest.edition); run `almanac build`",
                              at: SourceLocation(path: "\(label)/\(published)"))
            }
        }
    }
}
