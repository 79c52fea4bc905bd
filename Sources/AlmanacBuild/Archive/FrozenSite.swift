import AlmanacArchive
import AlmanacCore

/// Frozen editions as a build sees them: files published as they are at their original URLs,
/// and figures that later edits cannot change.
struct FrozenSite: Sendable {
    var editions: [FrozenEdition]
    /// Output paths the frozen editions publish; the build renders none of them.
    var publishedPaths: Set<String>
    /// `.zip` of each frozen edition, by year.
    var bundles: [Int: [UInt8]]
    /// Where the shelf is named in diagnostics, e.g. `Output/archive`.
    var label: String

    static let empty = FrozenSite()

    private init() {
        editions = []
        publishedPaths = []
        bundles = [:]
        label = ""
    }

    /// The editions with their bundles; a bundle that cannot be made is an error, never an
    /// empty file published for deposit.
    init(editions: [FrozenEdition], label: String) throws(DiagnosticError) {
        self.editions = editions.sorted { $0.year > $1.year }
        self.label = label
        publishedPaths = Set(editions.flatMap(\.publishedFiles.keys))
        bundles = [:]
        for edition in editions {
            do {
                bundles[edition.year] = try EditionBundle.zip(edition)
            } catch {
                throw DiagnosticError(stage: .archive, diagnostics: [.error(
                    "cannot make the bundle of frozen edition \(edition.year): \(error)",
                    at: SourceLocation(path: "\(label)/\(edition.year)"))])
            }
        }
    }

    /// Frozen pages, data files and bundles, at the paths they are published at.
    func pages(_ urls: SiteURLs) -> [RenderedPage] {
        editions.flatMap { edition in
            edition.publishedFiles.sorted { $0.key < $1.key }.map { RenderedPage(path: $0.key, bytes: $0.value) }
                + (bundles[edition.year].map { [RenderedPage(path: urls.archiveBundle(edition.year), bytes: $0)] } ?? [])
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
    /// SHA-256 of the edition's `manifest.json`, in hex: what a citation of the edition quotes.
    public var manifestDigest: String = ""
}

extension FrozenSite {
    var summaries: [FrozenEditionSummary] {
        editions.map { edition in
            FrozenEditionSummary(year: edition.year, frozenOn: edition.manifest.frozen,
                                 generatorVersion: edition.manifest.generator.version, files: edition.manifest.files.count,
                                 bytes: edition.manifest.files.reduce(0) { $0 + $1.size },
                                 bundleBytes: bundles[edition.year]?.count ?? 0,
                                 manifestDigest: SHA256Digest.hex(edition.manifestBytes))
        }
    }
}
