import AlmanacCore
import Testing
@testable import AlmanacArchive

/// `verify` checks the bundle and the web archive against the frozen files and names what differs.
struct DownloadVerifierTests {
    let edition: FrozenEdition = {
        let files: [String: [UInt8]] = [
            "site/zh/2025/index.html": Array(#"<a href="/zh/2025/a/">a</a>"#.utf8),
            "site/zh/2025/a/index.html": Array("<h1>甲</h1>".utf8),
            "site/zh/2025/indicators.csv": Array("indicator,value\r\ngdp,1\r\n".utf8),
            "assets/style.css": Array("body{}".utf8),
        ]
        let manifest = ArchiveManifest(edition: 2025, frozen: "2026-11-21", baseURL: "https://example.org/",
                                       files: files, sources: [:])
        return FrozenEdition(manifest: manifest, files: files)
    }()

    var bundle: EditionBundle { EditionBundle(edition: edition, basePath: "/", entryPage: Array("<h1>e</h1>".utf8), info: []) }
    var verifier: DownloadVerifier { DownloadVerifier(edition: edition, label: "Output/downloads") }

    @Test func intactDownloadsPass() throws {
        #expect(verifier.bundleProblems(try bundle.zip()).isEmpty)
        #expect(verifier.warcProblems(try bundle.warc().bytes).isEmpty)
    }

    @Test func aChangedFileInTheBagIsNamed() throws {
        var files = try EditionBundle.unzip(try bundle.zip())
        files["almanac-edition-2025/data/zh/2025/indicators.csv"] = Array("indicator,value\r\ngdp,2\r\n".utf8)
        let messages = verifier.bundleProblems(try ZipWriter.zip(files, day: "2026-11-21")).map(\.description)
        #expect(messages.contains { $0.hasPrefix("Output/downloads/almanac-edition-2025.zip/almanac-edition-2025/data/zh/2025/indicators.csv:1:1: error: changed: its SHA-256 differs from manifest-sha256.txt") })
        #expect(messages.contains { $0.contains("differs from frozen file site/zh/2025/indicators.csv") })
    }

    @Test func aMissingBundleOrArchiveIsNamed() {
        #expect(verifier.bundleProblems(nil).map(\.message).first?.hasPrefix("missing: the bundle of frozen edition 2025") == true)
        #expect(verifier.warcProblems(nil).map(\.message).first?.hasPrefix("missing: the web archive") == true)
    }

    @Test func aDamagedOrForeignRecordIsNamed() throws {
        let (bytes, records) = try bundle.warc()
        var damaged = bytes
        let page = try #require(records.first { $0.uri == "https://example.org/zh/2025/a/" })
        damaged[page.offset + 20] ^= 0xFF
        let messages = verifier.warcProblems(damaged).map(\.message)
        #expect(messages.contains { $0.contains("the record at byte \(page.offset)") && $0.contains("damaged") })
        #expect(messages.contains { $0.hasPrefix("missing: no record for https://example.org/zh/2025/a/") })

        let extra = try WARCWriter(fileName: "x", info: [], date: "2026-11-21T12:00:00Z")
            .write([.init(uri: "https://example.org/zh/2025/b/", bytes: [1])]).bytes
        let more = verifier.warcProblems(bytes + extra)
        #expect(more.map(\.message).contains { $0.hasPrefix("extra: https://example.org/zh/2025/b/") })
    }

    @Test func recordsReadBackWithTheirPayloads() throws {
        let records = WARCReader.records(try bundle.warc().bytes)
        #expect(records.first?.type == "warcinfo")
        let csv = try #require(records.first { $0.uri == "https://example.org/zh/2025/indicators.csv" })
        #expect(csv.payload == Array("indicator,value\r\ngdp,1\r\n".utf8))
        #expect(csv.problems.isEmpty)
    }
}
