import AlmanacCore
import Foundation
import ZIPFoundation

/// A frozen edition as one `.zip` for deposit in a records system: a BagIt bag whose payload
/// opens from a folder (`file://`) with styles, charts and links working.
///
/// The pages are the frozen pages with their links rewritten (`OfflineLinks`), not rendered
/// again, so the bundle shows exactly what was published; the frozen `manifest.json` rides
/// along unchanged, and `bag-info.txt` quotes its SHA-256.
public struct EditionBundle: Sendable {
    public static func fileName(_ year: Int) -> String { "almanac-edition-\(year).zip" }
    public static func warcFileName(_ year: Int) -> String { "almanac-edition-\(year).warc.gz" }

    public var edition: FrozenEdition
    /// The site's path below its host (`/almanac/`), which the frozen pages' links start with.
    public var basePath: String
    /// The entry page at the bag's top, listing the edition's pages in every language.
    public var entryPage: [UInt8]
    /// `bag-info.txt` fields before those the bag adds itself (organisation, title, dates).
    public var info: [(label: String, value: String)]

    public init(edition: FrozenEdition, basePath: String, entryPage: [UInt8], info: [(label: String, value: String)]) {
        self.edition = edition
        self.basePath = basePath
        self.entryPage = entryPage
        self.info = info
    }

    /// The bag's folder inside the zip.
    public var folder: String { "almanac-edition-\(edition.year)/" }

    /// Where each published path of the edition is inside the payload: pages and data at their
    /// own paths, the private assets under `assets/`, the manifest at the top.
    public var payloadPaths: [String: String] {
        var paths: [String: String] = [:]
        let shelf = "archive/\(edition.year)/"
        for path in edition.files.keys {
            if path.hasPrefix(FrozenEdition.siteFolder) {
                let published = String(path.dropFirst(FrozenEdition.siteFolder.count))
                paths[published] = published
            } else {
                paths[shelf + path] = path
            }
        }
        paths[shelf + ArchiveManifest.fileName] = ArchiveManifest.fileName
        return paths
    }

    /// The payload: every frozen file, pages with their links made to work offline.
    public var payload: [String: [UInt8]] {
        let links = OfflineLinks(basePath: basePath, baseURL: edition.manifest.baseURL, bundlePaths: payloadPaths)
        var files: [String: [UInt8]] = [ArchiveManifest.fileName: edition.manifestBytes]
        for (path, bytes) in edition.files {
            guard path.hasPrefix(FrozenEdition.siteFolder) else { files[path] = bytes; continue }
            let published = String(path.dropFirst(FrozenEdition.siteFolder.count))
            files[published] = published.hasSuffix(".html") ? links.rewrite(bytes, at: published) : bytes
        }
        return files
    }

    public var bag: BagItBag {
        let manifest = edition.manifest
        let fields = info + [
            ("External-Identifier", "manifest.json SHA-256 \(SHA256Digest.hex(edition.manifestBytes))"),
            ("Bagging-Date", manifest.frozen),
            ("Bag-Software-Agent", "\(Generator.name) \(Generator.version)"),
            ("Almanac-Edition", "\(edition.year)"),
            ("Almanac-Frozen-By", "\(manifest.generator.name) \(manifest.generator.version)"),
            ("Almanac-Base-URL", manifest.baseURL),
        ]
        return BagItBag(payload: payload, info: fields, extraTags: ["index.html": entryPage])
    }

    /// The same edition always gives the same bytes: entries are sorted and carry the freeze date.
    public func zip() throws -> [UInt8] {
        try ZipWriter.zip(Dictionary(uniqueKeysWithValues: bag.files.map { (folder + $0.key, $0.value) }),
                          day: edition.manifest.frozen)
    }

    /// The edition as a web archive: every page, data file and asset at the address it is
    /// published at (a page at its folder's address, `…/zh/2025/`), the manifest included.
    public func warc() throws -> (bytes: [UInt8], records: [(offset: Int, uri: String)]) {
        let writer = WARCWriter(fileName: Self.warcFileName(edition.year), info: warcInfo,
                                date: edition.manifest.frozen + "T12:00:00Z")
        return try writer.write(webResources.map { WARCWriter.Resource(uri: $0.key, bytes: $0.value) })
    }

    /// Every file of the edition, the manifest included, by the address it is published at (a
    /// page at its folder's address): what the WARC holds, and what `verify` expects in it.
    public var webResources: [String: [UInt8]] {
        let base = edition.manifest.baseURL
        var resources: [String: [UInt8]] = [:]
        for (published, stored) in payloadPaths {
            let uri = published.hasSuffix("index.html") ? String(published.dropLast("index.html".count)) : published
            resources[base + uri] = stored == ArchiveManifest.fileName ? edition.manifestBytes : edition.files[storedPath(stored)] ?? []
        }
        return resources
    }

    /// The files of a bundle by their path inside it.
    public static func unzip(_ bytes: [UInt8]) throws -> [String: [UInt8]] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var files: [String: [UInt8]] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            files[entry.path] = Array(data)
        }
        return files
    }

    /// Noon UTC of the freeze day, so the date reads the same in every time zone.
    static func modificationDate(_ day: String) -> Date {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents()
        components.timeZone = TimeZone(identifier: "UTC")
        (components.year, components.month, components.day, components.hour) =
            parts.count == 3 ? (parts[0], parts[1], parts[2], 12) : (1980, 1, 1, 12)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }
}

private extension EditionBundle {
    /// The frozen file a payload path comes from: `zh/2025/index.html` ← `site/zh/2025/index.html`.
    func storedPath(_ payloadPath: String) -> String {
        edition.files[payloadPath] != nil ? payloadPath : FrozenEdition.siteFolder + payloadPath
    }

    var warcInfo: [(label: String, value: String)] {
        info.map { (label: $0.label == "External-Description" ? "description" : $0.label == "Source-Organization"
                    ? "publisher" : $0.label.lowercased(), value: $0.value) }
            + [("isPartOf", "\(edition.manifest.baseURL) edition \(edition.year)"),
               ("manifest-sha256", SHA256Digest.hex(edition.manifestBytes))]
    }
}
