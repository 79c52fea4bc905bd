import AlmanacArchive
import AlmanacCore
import AlmanacFiles
import Foundation
import Testing

struct ArchiveShelfTests {
    let root = NSTemporaryDirectory() + "archive-\(UUID().uuidString)"
    var shelf: ArchiveShelf { ArchiveShelf(root: root, label: "Output/archive") }

    func frozen(_ year: Int = 2025) -> FrozenEdition {
        let files: [String: [UInt8]] = [
            "site/zh/\(year)/index.html": Array("<p>二〇二五</p>".utf8),
            "site/en/\(year)/index.html": Array("<p>2025</p>".utf8),
            "assets/style.css": Array("body{}".utf8),
        ]
        let manifest = ArchiveManifest(edition: year, frozen: "2026-11-21", baseURL: "https://example.org/",
                                       files: files, sources: ["content/\(year)/a.zh.md": Array("a".utf8)])
        return FrozenEdition(manifest: manifest, files: files)
    }

    func write(_ text: String, at path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: "\(root)/\(path)"))
    }

    @Test func frozenEditionReadsBackAsWritten() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FrozenEditionWriter(shelf: shelf).write(frozen(), replacing: false)
        let loaded = try shelf.load()
        #expect(loaded.map(\.year) == [2025])
        #expect(loaded[0].files == frozen().files)
        #expect(loaded[0].publishedFiles.keys.sorted() == ["en/2025/index.html", "zh/2025/index.html"])
        #expect(ArchiveVerifier(shelf: shelf).verify().problems.isEmpty)
    }

    @Test func freezingAgainNeedsReplacing() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FrozenEditionWriter(shelf: shelf).write(frozen(), replacing: false)
        #expect(throws: DiagnosticError.self) { try FrozenEditionWriter(shelf: shelf).write(frozen(), replacing: false) }
        try FrozenEditionWriter(shelf: shelf).write(frozen(), replacing: true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["2025"])
    }

    @Test func aFreezeThatFailsHalfWayLeavesTheEarlierFreezeInPlace() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FrozenEditionWriter(shelf: shelf).write(frozen(), replacing: false)
        var failing = shelf
        failing.io.write = { path, bytes in
            if path.hasSuffix("assets/style.css") { throw FileFailure(path: path, code: ENOSPC) }
            try FileIO.disk.write(path, bytes)
        }
        var changed = frozen()
        changed.files["site/en/2025/index.html"] = Array("<p>changed</p>".utf8)
        #expect(throws: DiagnosticError.self) { try FrozenEditionWriter(shelf: failing).write(changed, replacing: true) }
        #expect(try shelf.load()[0].files == frozen().files)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["2025"], "no staging folder is left behind")
    }

    @Test func verifyNamesChangedMissingAndExtraFiles() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FrozenEditionWriter(shelf: shelf).write(frozen(), replacing: false)
        try write("<p>2O25</p>", at: "2025/site/en/2025/index.html")
        try FileManager.default.removeItem(atPath: "\(root)/2025/assets/style.css")
        try write("extra", at: "2025/site/notes.txt")
        try write("stray", at: "README.txt")
        let problems = ArchiveVerifier(shelf: shelf).verify().problems
        #expect(problems.map { "\($0.location!.path): \($0.message.prefix { $0 != ":" })" } == [
            "Output/archive/README.txt: extra",
            "Output/archive/2025/assets/style.css: missing",
            "Output/archive/2025/site/en/2025/index.html: changed",
            "Output/archive/2025/site/notes.txt: extra",
        ])
        #expect(throws: DiagnosticError.self) { try shelf.load() }
    }

    @Test func unreadableManifestIsNamed() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FrozenEditionWriter(shelf: shelf).write(frozen(), replacing: false)
        try write("{", at: "2025/manifest.json")
        let problems = ArchiveVerifier(shelf: shelf).verify().problems
        #expect(problems.map { $0.location?.path } == ["Output/archive/2025/manifest.json"])
    }

    @Test func manifestRecordsSizesAndSHA256() throws {
        let manifest = frozen().manifest
        let style = manifest.files.first { $0.path == "assets/style.css" }
        #expect(style?.size == 6)
        // `printf "body{}" | sha256sum`
        #expect(style?.sha256 == "7c98040a541657584690ae2a1cc3b42a8b53b159cc60c5d3abbfecbaeac6c94a")
        #expect(manifest.generator.name == "Almanac")
        #expect(try ArchiveManifest.decode(manifest.encoded(), label: "m") == manifest)
    }

    @Test func theBundleIsAValidBagWhosePagesLinkToEachOther() throws {
        let edition = frozen()
        let bundle = EditionBundle(edition: edition, basePath: "/", entryPage: Array("<h1>e</h1>".utf8),
                                   info: [("Source-Organization", "Office")])
        let zip = try bundle.zip()
        #expect(try bundle.zip() == zip)
        let unpacked = try EditionBundle.unzip(zip)
        let top = "almanac-edition-2025/"
        #expect(unpacked[top + "bagit.txt"] == Array("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".utf8))
        #expect(unpacked[top + "index.html"] == Array("<h1>e</h1>".utf8))
        #expect(try ArchiveManifest.decode(unpacked[top + "data/manifest.json"]!, label: "m") == edition.manifest)
        let info = String(decoding: unpacked[top + "bag-info.txt"]!, as: UTF8.self)
        let payload = unpacked.filter { $0.key.hasPrefix(top + "data/") }
        #expect(info.contains("Source-Organization: Office\n"))
        #expect(info.contains("Payload-Oxum: \(payload.values.reduce(0) { $0 + $1.count }).\(payload.count)\n"))
        let manifest = String(decoding: unpacked[top + "manifest-sha256.txt"]!, as: UTF8.self)
        for (path, bytes) in payload {
            #expect(manifest.contains("\(SHA256Digest.hex(bytes))  \(path.dropFirst(top.count))\n"), "\(path)")
        }
        let tags = String(decoding: unpacked[top + "tagmanifest-sha256.txt"]!, as: UTF8.self)
        for tag in ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "index.html"] {
            #expect(tags.contains("\(SHA256Digest.hex(unpacked[top + tag]!))  \(tag)\n"))
        }
    }
}
