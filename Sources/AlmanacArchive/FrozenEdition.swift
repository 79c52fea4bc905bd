import AlmanacCore

/// One frozen edition as stored under `Output/archive/<year>/`: its manifest and its files.
public struct FrozenEdition: Sendable {
    /// Pages and data files, under `site/` at the paths they are published at.
    public static let siteFolder = "site/"
    /// Private copies of the stylesheet and scripts the frozen pages use.
    public static let assetsFolder = "assets/"

    public var manifest: ArchiveManifest
    /// `manifest.json` as stored, so bundles and the preview carry the very bytes that were frozen.
    public var manifestBytes: [UInt8]
    /// By path relative to the edition's folder, manifest excluded.
    public var files: [String: [UInt8]]

    /// A newly frozen edition, its manifest encoded now.
    public init(manifest: ArchiveManifest, files: [String: [UInt8]]) {
        self.init(manifest: manifest, manifestBytes: manifest.encoded(), files: files)
    }

    public init(manifest: ArchiveManifest, manifestBytes: [UInt8], files: [String: [UInt8]]) {
        self.manifest = manifest
        self.manifestBytes = manifestBytes
        self.files = files
    }

    public var year: Int { manifest.edition }

    /// Frozen pages and data files by the path they are published at (`zh/2025/index.html`).
    public var publishedFiles: [String: [UInt8]] {
        var published: [String: [UInt8]] = [:]
        for (path, bytes) in files where path.hasPrefix(Self.siteFolder) {
            published[String(path.dropFirst(Self.siteFolder.count))] = bytes
        }
        return published
    }

    /// Every file of the edition's folder, manifest included, by path relative to that folder.
    public var storedFiles: [String: [UInt8]] {
        files.merging([ArchiveManifest.fileName: manifestBytes]) { kept, _ in kept }
    }
}
