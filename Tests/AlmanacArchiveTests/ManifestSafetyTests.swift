import AlmanacArchive
import AlmanacCore
import Foundation
import Testing

/// A manifest is input from whoever can change the repository: its paths and fields are
/// checked before anything they name is read, written or bundled.
struct ManifestSafetyTests {
    let root = NSTemporaryDirectory() + "archive-safety-\(UUID().uuidString)"
    var shelf: ArchiveShelf { ArchiveShelf(root: root, label: "Output/archive") }

    static let page = "<link rel=\"canonical\" href=\"https://example.org/zh/2025/\">"
        + "<p class=\"archive-notice\" role=\"note\"><time datetime=\"2026-11-21\">frozen</time></p>"

    func edition(paths: [String] = ["site/zh/2025/index.html", "assets/style.css"]) -> FrozenEdition {
        var files: [String: [UInt8]] = [:]
        for path in paths { files[path] = Array((path.hasSuffix(".html") ? Self.page : "body{}").utf8) }
        let manifest = ArchiveManifest(edition: 2025, frozen: "2026-11-21", baseURL: "https://example.org/",
                                       files: files, sources: ["content/2025/a.zh.md": Array("a".utf8)])
        return FrozenEdition(manifest: manifest, files: files)
    }

    func shelve(_ edition: FrozenEdition = ManifestSafetyTests().edition()) throws {
        try FrozenEditionWriter(shelf: shelf).write(edition, replacing: false)
    }

    /// The stored manifest with `change` applied to its JSON object.
    func rewriteManifest(_ change: (inout [String: Any]) -> Void) throws {
        let path = "\(root)/2025/manifest.json"
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        change(&object)
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: path))
    }

    @Test(arguments: ["site/../../../../victim/.bashrc", "/etc/passwd", "site//zh/index.html", "site/./a.html",
                      "site\\..\\a.html", "site/a\u{0}.html", "", "victim.html", "..", "site"])
    func unsafePathsAreRefusedWhereTheyAreWritten(path: String) throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manifest = ArchiveManifest(edition: 2025, frozen: "2026-11-21", baseURL: "https://example.org/",
                                       files: [path: Array("x".utf8)], sources: [:])
        let bytes = manifest.encoded()
        #expect {
            _ = try ArchiveManifest.decode(bytes, label: "Output/archive/2025/manifest.json")
        } throws: { error in
            let diagnostic = (error as! DiagnosticError).diagnostics[0]
            return diagnostic.message.hasPrefix("unsafe path") && diagnostic.location?.line ?? 0 > 1
        }
    }

    @Test func unsafeSourcePathsAreRefusedToo() {
        let manifest = ArchiveManifest(edition: 2025, frozen: "2026-11-21", baseURL: "https://example.org/",
                                       files: [:], sources: ["content/../../etc/passwd": Array("x".utf8)])
        #expect(throws: DiagnosticError.self) { try ArchiveManifest.decode(manifest.encoded(), label: "m") }
    }

    @Test func aCraftedManifestFailsLoadingAndVerifying() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try shelve()
        try rewriteManifest { object in
            var files = object["files"] as! [[String: Any]]
            files.append(["path": "site/../../../../victim/.bashrc", "size": 3, "sha256": String(repeating: "a", count: 64)])
            object["files"] = files
        }
        #expect(throws: DiagnosticError.self) { try shelf.load() }
        let problems = ArchiveVerifier(shelf: shelf).verify().problems
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("unsafe path \"site/../../../../victim/.bashrc\"") == true)
    }

    @Test func aLinkInAnEditionIsNamedAndNeverRead() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try shelve()
        let style = "\(root)/2025/assets/style.css"
        let outside = root + "-outside.css"
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try FileManager.default.moveItem(atPath: style, toPath: outside)
        try FileManager.default.createSymbolicLink(atPath: style, withDestinationPath: outside)
        let problems = ArchiveVerifier(shelf: shelf).verify().problems
        #expect(problems.map(\.location?.path) == ["Output/archive/2025/assets/style.css"])
        #expect(problems.first?.message.hasPrefix("link:") == true)
        #expect(problems.first?.reasons.isEmpty == true, "nothing about the link's target is printed")
        #expect(throws: DiagnosticError.self) { try shelf.load() }
    }

    @Test func aLinkedYearFolderOrShelfIsNoEdition() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try shelve()
        try FileManager.default.createSymbolicLink(atPath: "\(root)/2024", withDestinationPath: "\(root)/2025")
        #expect(shelf.years() == [2025])
        #expect(ArchiveVerifier(shelf: shelf).verify().problems.map(\.location?.path) == ["Output/archive/2024"])
    }

    @Test func editedManifestFieldsAreNamed() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try shelve()
        try rewriteManifest { $0["frozen"] = "2026-11-30" }
        #expect(ArchiveVerifier(shelf: shelf).verify().problems.map(\.message).first?.contains("its pages say 2026-11-21") == true)
        try rewriteManifest { $0["frozen"] = "2026-11-21"; $0["base_url"] = "https://evil.example/" }
        #expect(ArchiveVerifier(shelf: shelf).verify().problems.first?.message.contains("base_url https://evil.example/") == true)
        for (key, value) in [("frozen", "2026-02-30" as Any), ("base_url", "ftp://x/"), ("generator", ["name": "", "version": "1"])] {
            try rewriteManifest { $0["base_url"] = "https://example.org/"; $0["frozen"] = "2026-11-21"; $0[key] = value }
            let problems = ArchiveVerifier(shelf: shelf).verify().problems
            #expect(problems.first?.message.contains("\"\(key)\" must") == true, "\(key)")
        }
    }

    @Test func extraEmptyFoldersAreNamed() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try shelve()
        try FileManager.default.createDirectory(atPath: "\(root)/2025/site/empty", withIntermediateDirectories: true)
        #expect(ArchiveVerifier(shelf: shelf).verify().problems.map(\.location?.path) == ["Output/archive/2025/site/empty"])
    }
}
