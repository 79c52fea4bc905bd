import AlmanacCore
import Foundation

/// `manifest.json` of a frozen edition: what was frozen, when, by what, and from which sources.
///
/// Schema `almanac-archive/1` (documented in the README). File paths are relative to the
/// edition's folder (`site/zh/2025/index.html`); source paths are relative to the site root's
/// content and template folders (`content/2025/report.zh.md`, `templates/base.mustache`).
public struct ArchiveManifest: Codable, Equatable, Sendable {
    public static let schemaName = "almanac-archive/1"
    public static let fileName = "manifest.json"

    public struct Tool: Codable, Equatable, Sendable {
        public var name: String
        public var version: String
    }

    public struct File: Codable, Equatable, Sendable {
        public var path: String
        public var size: Int
        public var sha256: String
    }

    public struct Source: Codable, Equatable, Sendable {
        public var path: String
        public var sha256: String
    }

    public var schema: String
    public var edition: Int
    /// The day the edition was frozen, `2026-11-21`.
    public var frozen: String
    public var generator: Tool
    public var baseURL: String
    public var files: [File]
    public var sources: [Source]

    enum CodingKeys: String, CodingKey {
        case schema, edition, frozen, generator, files, sources
        case baseURL = "base_url"
    }

    /// A manifest for `files`, hashed now.
    public init(edition: Int, frozen: String, baseURL: String, files: [String: [UInt8]], sources: [String: [UInt8]]) {
        self.schema = Self.schemaName
        self.edition = edition
        self.frozen = frozen
        self.generator = Tool(name: Generator.name, version: Generator.version)
        self.baseURL = baseURL
        self.files = files.keys.sorted().map { File(path: $0, size: files[$0]!.count, sha256: SHA256Digest.hex(files[$0]!)) }
        self.sources = sources.keys.sorted().map { Source(path: $0, sha256: SHA256Digest.hex(sources[$0]!)) }
    }

    /// Sorted keys and one field a line, so manifests diff well in version control.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        return Array(try! encoder.encode(self)) + [0x0A]
    }

    /// Reads a manifest and checks every path and field in it before anything it names is
    /// touched (`ManifestRules`); `label` names the file in diagnostics.
    public static func decode(_ bytes: [UInt8], label: String) throws(DiagnosticError) -> ArchiveManifest {
        let manifest: ArchiveManifest
        do {
            manifest = try JSONDecoder().decode(ArchiveManifest.self, from: Data(bytes))
        } catch {
            throw DiagnosticError(stage: .archive, diagnostics: [.error(
                "unreadable archive manifest; restore it from version control (git checkout -- \(label))",
                at: SourceLocation(path: label), reasons: ["\(error)"])])
        }
        guard manifest.schema == schemaName else {
            throw DiagnosticError(stage: .archive, diagnostics: [.error(
                "unknown manifest schema \"\(manifest.schema)\"; this version of Almanac reads \(schemaName)",
                at: SourceLocation(path: label))])
        }
        let problems = ManifestRules.problems(manifest, bytes: bytes, label: label)
        if !problems.isEmpty { throw DiagnosticError(stage: .archive, diagnostics: problems) }
        return manifest
    }
}
