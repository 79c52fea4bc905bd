import AlmanacArchive
import AlmanacCore

/// Frozen editions as a build sees them: files published as they are at their original URLs,
/// and figures that later edits cannot change.
struct FrozenSite: Sendable {
    var editions: [FrozenEdition]
    /// Output paths the frozen editions publish; the build renders none of them.
    var publishedPaths: Set<String>
    /// The downloads of each frozen edition, by year: made by `package` once the site's
    /// configuration is read, since the bundles name the site and its publisher.
    var downloads: [Int: EditionDownloads]
    /// Where the shelf is named in diagnostics, e.g. `Output/archive`.
    var label: String

    static let empty = FrozenSite()

    private init() {
        editions = []
        publishedPaths = []
        downloads = [:]
        label = ""
    }

    init(editions: [FrozenEdition], label: String) {
        self.editions = editions.sorted { $0.year > $1.year }
        self.label = label
        publishedPaths = Set(editions.flatMap(\.publishedFiles.keys))
        downloads = [:]
    }

    /// Makes every edition's bundle and web archive; one that cannot be made is an error, never
    /// an empty file published for deposit.
    mutating func package(config: SiteConfig, strings: [String: UIStrings]) throws(DiagnosticError) {
        for edition in editions {
            do {
                downloads[edition.year] = try EditionDownloads(edition, config: config, strings: strings)
            } catch {
                throw DiagnosticError(stage: .archive, diagnostics: [.error(
                    "cannot make the bundle of frozen edition \(edition.year): \(error)",
                    at: SourceLocation(path: "\(label)/\(edition.year)"))])
            }
        }
    }

    /// Frozen pages, data files, bundles and web archives, at the paths they are published at.
    func pages(_ urls: SiteURLs) -> [RenderedPage] {
        editions.flatMap { edition in
            edition.publishedFiles.sorted { $0.key < $1.key }.map { RenderedPage(path: $0.key, bytes: $0.value) }
                + (downloads[edition.year].map { [RenderedPage(path: urls.archiveBundle(edition.year), bytes: $0.bundle),
                                                  RenderedPage(path: urls.archiveWARC(edition.year), bytes: $0.warc)] } ?? [])
        }
    }

    /// The shelf itself (`archive/2025/…`): a build keeps the folder as it is, the preview serves it from memory.
    func storedPages() -> [RenderedPage] {
        editions.flatMap { edition in
            edition.storedFiles.map { RenderedPage(path: "archive/\(edition.year)/\($0.key)", bytes: $0.value) }
        }
    }

    /// Whether `article` was published as part of a frozen edition.
    func froze(_ article: Article, urls: SiteURLs) -> Bool {
        publishedPaths.contains(urls.file(urls.article(article.id, article.language)))
    }
}

/// What pages say about a frozen edition: when it was frozen, by what, and how big it is.
public struct FrozenEditionSummary: Hashable, Sendable {
    public var year: Int
    /// `2026-11-21`.
    public var frozenOn: String
    public var generatorVersion: String
    public var files: Int
    public var bytes: Int
    public var bundleBytes: Int
    public var warcBytes: Int = 0
    /// SHA-256 of the edition's `manifest.json`, in hex: what a citation of the edition quotes.
    public var manifestDigest: String = ""
}

extension FrozenSite {
    var summaries: [FrozenEditionSummary] {
        editions.map { edition in
            FrozenEditionSummary(year: edition.year, frozenOn: edition.manifest.frozen,
                                 generatorVersion: edition.manifest.generator.version, files: edition.manifest.files.count,
                                 bytes: edition.manifest.files.reduce(0) { $0 + $1.size },
                                 bundleBytes: downloads[edition.year]?.bundle.count ?? 0,
                                 warcBytes: downloads[edition.year]?.warc.count ?? 0,
                                 manifestDigest: SHA256Digest.hex(edition.manifestBytes))
        }
    }
}

/// What a frozen edition offers for download besides its pages: the bundle (a BagIt bag that
/// opens from a folder) and the web archive (WARC).
struct EditionDownloads: Sendable {
    var bundle: [UInt8]
    var warc: [UInt8]

    init(_ edition: FrozenEdition, config: SiteConfig, strings: [String: UIStrings]) throws {
        let packer = EditionBundle(edition: edition, basePath: SiteConfig.basePath(of: edition.manifest.baseURL),
                                   entryPage: BundleEntryPage(edition: edition, config: config, strings: strings).html(),
                                   info: Self.info(edition, config: config))
        bundle = try packer.zip()
        warc = try packer.warc().bytes
    }

    /// `Source-Organization` (the publisher, else the site's title) and `External-Description`,
    /// in every language of the site, joined by " / ".
    static func info(_ edition: FrozenEdition, config: SiteConfig) -> [(label: String, value: String)] {
        let codes = config.languages.map(\.code)
        let both = { (text: LocalizedText) in codes.map { text.resolved($0) }.uniqued().joined(separator: " / ") }
        return [("Source-Organization", both(config.publisher ?? config.title)),
                ("External-Description", "\(both(config.title)), \(edition.year)")]
    }
}

private extension Array where Element == String {
    func uniqued() -> [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}
