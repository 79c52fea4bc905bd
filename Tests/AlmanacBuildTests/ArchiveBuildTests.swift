import AlmanacArchive
import AlmanacCore
import Foundation
import Testing
@testable import AlmanacBuild

/// Freezing editions of a copy of the bilingual fixture site, and building around them.
@Suite struct ArchiveBuildTests {
    let folder = TemporaryFolder()
    var root: String { folder.path }
    var input: SiteInput { SiteInput(siteRoot: root) }
    var output: String { root + "/Output" }
    let day = CalendarDate(year: 2026, month: 11, day: 21)

    init() throws {
        let files = FileManager.default
        try files.copyItem(atPath: TestSupport.fixtures.appendingPathComponent("Sites/bilingual/Content").path, toPath: root + "/Content")
        try files.copyItem(atPath: TestSupport.repositoryTemplates, toPath: root + "/Templates")
    }

    func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: "\(root)/\(path)").map(Array.init)
    }

    func text(_ path: String) -> String {
        read(path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        try change(text(path)).write(toFile: "\(root)/\(path)", atomically: true, encoding: .utf8)
    }

    /// Every file under `folder`, by relative path.
    func snapshot(_ folder: String) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let base = "\(root)/\(folder)"
        for path in FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? [] {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(base)/\(path)", isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = read("\(folder)/\(path)")
            }
        }
        return files
    }

    func freeze(_ year: Int, replacing: Bool = false) throws -> FreezeReport {
        try EditionFreezer(input: input).freeze(year, on: day, replacing: replacing)
    }

    var verifier: ArchiveVerifier { ArchiveVerifier(shelf: ArchiveShelf(root: input.archiveRoot, label: input.archiveLabel)) }

    @Test func frozenPagesSurviveARestyleByteForByte() throws {
        try SiteBuilder(input: input).build()
        try freeze(2025)
        try SiteBuilder(input: input).build()
        let frozenPages = ["zh/2025/index.html", "en/2025/index.html", "zh/2025/review/index.html", "en/2025/review/index.html",
                           "zh/2025/notes/index.html", "en/2025/indicators.csv", "zh/2025/indicators.json"]
        let published = Dictionary(uniqueKeysWithValues: frozenPages.map { ($0, read("Output/\($0)")) })
        let archive = snapshot("Output/archive")
        let livePage = read("Output/en/2024/review/index.html")

        try edit("Templates/base.mustache") { $0.replacingOccurrences(of: "<main id=\"main\">", with: "<main id=\"main\" class=\"restyled\">") }
        try edit("Templates/assets/style.css") { $0 + "\nbody { background: papayawhip; }\n" }
        try SiteBuilder(input: input).build()

        for (path, bytes) in published {
            #expect(bytes != nil, "\(path) was published")
            #expect(read("Output/\(path)") == bytes, "\(path) stays as frozen")
        }
        #expect(snapshot("Output/archive") == archive, "a build never writes inside the archive")
        #expect(read("Output/en/2024/review/index.html") != livePage, "live pages take the new style")
        #expect(text("Output/en/2024/review/index.html").contains("restyled"))
        #expect(text("Output/en/2025/index.html").contains("/archive/2025/assets/style."), "frozen pages use their own stylesheet")
        #expect(text("Output/en/2025/index.html").contains("Archived edition, frozen on 2026-11-21"))
        #expect(text("Output/zh/2025/review/index.html").contains("本版已于2026年11月21日归档"))
        #expect(verifier.verify().problems.isEmpty)
    }

    @Test func frozenFiguresWinOverLaterEdits() throws {
        try freeze(2024)
        for language in ["zh", "en"] {
            try edit("Content/2024/review.\(language).md") { $0.replacingOccurrences(of: "3300.25", with: "9999.99") }
        }
        let report = try SiteBuilder(input: input).build()
        #expect(report.warnings.filter { $0.message.contains("changed since edition 2024 was frozen") }.compactMap(\.location?.path)
            == ["Content/2024/review.en.md", "Content/2024/review.zh.md"])
        let indicatorPage = text("Output/en/indicators/gdp/index.html")
        #expect(indicatorPage.contains("330.025 billion yuan"))
        #expect(!indicatorPage.contains("999.999 billion"))
        #expect(!text("Output/en/2024/review/index.html").contains("999.999 billion"))
    }

    @Test func freezingTwiceNeedsForceAndAnEmptyYearIsAnError() throws {
        try freeze(2025)
        #expect(throws: DiagnosticError.self) { try freeze(2025) }
        try edit("Content/2025/review.en.md") { $0 + "\nA late addition.\n" }
        try freeze(2025, replacing: true)
        #expect(text("Output/archive/2025/site/en/2025/review/index.html").contains("A late addition."))
        let missing = #expect(throws: DiagnosticError.self) { try freeze(2019) }
        #expect(missing?.diagnostics.first?.message.contains("no published articles") == true)
        #expect(missing?.diagnostics.first?.location?.path == "Content/2019")
    }

    @Test func verifyNamesTamperedMissingAndAddedFiles() throws {
        try SiteBuilder(input: input).build()
        try freeze(2025)
        try SiteBuilder(input: input).build()
        #expect(verifier.verify().problems.isEmpty)
        let page = "Output/archive/2025/site/en/2025/review/index.html"
        var bytes = read(page)!
        bytes[bytes.count / 2] ^= 1
        FileManager.default.createFile(atPath: "\(root)/\(page)", contents: Data(bytes))
        try FileManager.default.removeItem(atPath: "\(root)/Output/archive/2025/site/zh/2025/indicators.csv")
        FileManager.default.createFile(atPath: "\(root)/Output/archive/2025/site/zh/2025/extra.html", contents: Data("<p>".utf8))
        let problems = verifier.verify().problems
        #expect(problems.map { "\($0.message.prefix { $0 != ":" }) \($0.location!.path)" } == [
            "changed Output/archive/2025/site/en/2025/review/index.html",
            "missing Output/archive/2025/site/zh/2025/indicators.csv",
            "extra Output/archive/2025/site/zh/2025/extra.html",
        ])
        let failed = #expect(throws: DiagnosticError.self) { try SiteBuilder(input: input).build() }
        #expect(failed?.diagnostics.count == 3, "a build refuses to publish a tampered edition")
    }

    @Test func aFailedBuildKeepsTheArchiveAndTheSite() throws {
        try SiteBuilder(input: input).build()
        try freeze(2025)
        try SiteBuilder(input: input).build()
        let before = snapshot("Output")
        try edit("Content/2024/review.en.md") { $0.replacingOccurrences(of: "gdp: 3300.25", with: "gdp: [") }
        #expect(throws: DiagnosticError.self) { try SiteBuilder(input: input).build() }
        #expect(snapshot("Output") == before)
    }

    @Test func theBundleIsABagOfTheFrozenFilesWithLinksThatWorkFromAFolder() throws {
        try freeze(2025)
        try SiteBuilder(input: input).build()
        let manifest = try ArchiveManifest.decode(read("Output/archive/2025/manifest.json")!, label: "manifest")
        let unpacked = try EditionBundle.unzip(read("Output/downloads/almanac-edition-2025.zip")!)
        let data = "almanac-edition-2025/data/"
        #expect(unpacked[data + "manifest.json"] == read("Output/archive/2025/manifest.json"))
        for entry in manifest.files {
            let inBag = entry.path.hasPrefix("site/") ? String(entry.path.dropFirst(5)) : entry.path
            let bytes = try #require(unpacked[data + inBag], "\(entry.path)")
            if entry.path.hasSuffix(".html") {
                let page = String(decoding: bytes, as: UTF8.self)
                #expect(!page.contains("href=\"/almanac/"), "\(entry.path) still links to the site's own path")
            } else {
                #expect(bytes == read("Output/archive/2025/\(entry.path)"), "\(entry.path)")
            }
        }
        let edition = String(decoding: unpacked[data + "en/2025/index.html"]!, as: UTF8.self)
        #expect(edition.contains("href=\"review/index.html\""))
        #expect(edition.contains("href=\"../../assets/style."))
        #expect(edition.contains("href=\"https://example.org/almanac/en/indicators/\""))
        let entry = String(decoding: unpacked["almanac-edition-2025/index.html"]!, as: UTF8.self)
        #expect(entry.contains("<a href=\"data/zh/2025/index.html\">"))
        #expect(entry.contains("<a href=\"data/en/2025/review/index.html\">"))
        let info = String(decoding: unpacked["almanac-edition-2025/bag-info.txt"]!, as: UTF8.self)
        #expect(info.contains("Source-Organization: "))
        #expect(info.contains("Bagging-Date: \(manifest.frozen)\n"))
    }

    @Test func theWebArchiveHoldsEveryFrozenFileAtItsAddress() throws {
        try freeze(2025)
        try SiteBuilder(input: input).build()
        let warc = try #require(read("Output/downloads/almanac-edition-2025.warc.gz"))
        #expect(Array(warc.prefix(2)) == [0x1F, 0x8B])
        let manifest = try ArchiveManifest.decode(read("Output/archive/2025/manifest.json")!, label: "manifest")
        let edition = FrozenEdition(manifest: manifest, manifestBytes: read("Output/archive/2025/manifest.json")!,
                                    files: Dictionary(uniqueKeysWithValues: manifest.files.map { ($0.path, read("Output/archive/2025/\($0.path)")!) }))
        let records = try EditionBundle(edition: edition, basePath: "/almanac/", entryPage: [], info: []).warc().records
        #expect(records.count == manifest.files.count + 2, "warcinfo, each file, the manifest")
        #expect(records.map(\.uri).contains("https://example.org/almanac/zh/2025/"))
        #expect(records.map(\.uri).contains("https://example.org/almanac/archive/2025/manifest.json"))
    }

    @Test func manifestRecordsSourcesAndGenerator() throws {
        try freeze(2025)
        let manifest = try ArchiveManifest.decode(read("Output/archive/2025/manifest.json")!, label: "manifest")
        #expect(manifest.frozen == "2026-11-21")
        #expect(manifest.generator.version == Generator.version)
        let sources = Set(manifest.sources.map(\.path))
        #expect(sources.isSuperset(of: ["content/site.yml", "content/indicators.yml", "content/2025/review.en.md",
                                        "templates/base.mustache", "templates/strings/zh.yml"]))
        #expect(manifest.sources.first { $0.path == "content/2025/review.en.md" }?.sha256
            == SHA256Digest.hex(read("Content/2025/review.en.md")!))
        #expect(manifest.files.map(\.path).contains("site/en/2025/review/index.html"))
        #expect(!manifest.files.map(\.path).contains { $0.hasPrefix("site/en/2024/") })
    }

    @Test func theArchiveIndexListsFrozenEditions() throws {
        try SiteBuilder(input: input).build()
        #expect(read("Output/en/archive/index.html") == nil, "no archive page before anything is frozen")
        try freeze(2024)
        try SiteBuilder(input: input).build()
        let page = text("Output/zh/archive/index.html")
        #expect(page.contains("2026年11月21日"))
        #expect(page.contains("/downloads/almanac-edition-2024.zip"))
        #expect(page.contains("/archive/2024/manifest.json"))
        #expect(text("Output/en/index.html").contains("/en/archive/\">Archived editions</a>"))
        #expect(text("Output/sitemap.xml").contains("/en/archive/"))
    }

    @Test func thePreviewServesFrozenPagesAndTheirAssets() throws {
        try freeze(2025)
        let session = SiteSession(input: input)
        try session.rebuildAll()
        let frozen = read("Output/archive/2025/site/en/2025/review/index.html")
        #expect(try session.page(at: "en/2025/review/index.html")?.bytes == frozen)
        let stylesheet = try #require(snapshot("Output/archive/2025/assets").keys.first { $0.hasPrefix("style.") })
        #expect(try session.page(at: "archive/2025/assets/\(stylesheet)") != nil)
        let path = root + "/Content/2025/review.en.md"
        try edit("Content/2025/review.en.md") { $0 + "\nA late addition.\n" }
        try session.update(changedFiles: [path])
        #expect(try session.page(at: "en/2025/review/index.html")?.bytes == frozen, "edits do not reach a frozen page")
    }
}

/// The revision ledger reads frozen editions too, and never rewrites them.
extension ArchiveBuildTests {
    @Test func aLaterEditionRevisesAFrozenFigureOnTheLivePagesOnly() throws {
        try freeze(2024)
        let frozenReview = read("Output/archive/2024/site/en/2024/review/index.html")
        try SiteBuilder(input: input).build()
        let indicator = text("Output/en/indicators/gdp/index.html")
        #expect(indicator.contains("id=\"revisions-heading\""))
        #expect(indicator.contains("330.025 billion yuan <span class=\"note\">(2024, 28 December 2024)</span>"))
        #expect(indicator.contains("331.28 billion yuan <span class=\"note\">(2025, 30 December 2025)</span>"))
        #expect(indicator.contains("+1.255 billion yuan"))
        let revisions = text("Output/zh/2025/revisions/index.html")
        #expect(revisions.contains("3312.8亿元") && revisions.contains("+12.55亿元"))
        #expect(text("Output/en/2025/review/index.html").contains("id=\"gdp-2024\""), "the revised figure can be cited by its anchor")
        #expect(text("Output/en/2025/review/index.html").contains("title=\"revised\""), "the revising value is flagged")
        #expect(read("Output/en/2024/review/index.html") == frozenReview, "the frozen page is published as frozen")
    }

    @Test func citationsInEachLanguageAndPinnedToTheFrozenManifest() throws {
        try freeze(2024)
        try SiteBuilder(input: input).build()
        let en = text("Output/en/2025/review/index.html"), zh = text("Output/zh/2025/review/index.html")
        #expect(en.contains("<meta name=\"citation_title\" content=\"The year 2025 in review\">"))
        #expect(en.contains("<meta name=\"citation_publication_date\" content=\"2025/12/30\">"))
        #expect(en.contains("Test Almanac (30 December 2025). The year 2025 in review. Test Almanac, The 2025 edition. "
                            + "https://example.org/almanac/en/2025/review/ (accessed on …)."))
        #expect(zh.contains("2025年回顾[EB/OL]."))
        #expect(en.contains("@misc{almanac-2025-review-en,"))
        let manifest = try #require(read("Output/archive/2024/manifest.json"))
        let digest = String(SHA256Digest.hex(manifest).prefix(12))
        #expect(text("Output/en/archive/index.html").contains("the SHA-256 of its manifest.json begins \(digest)."))
    }
}
