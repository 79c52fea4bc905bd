import AlmanacFiles
import AlmanacCore
import Foundation
import Testing
@testable import AlmanacBuild

/// Golden sites: each `Fixtures/Sites/<case>/` is built with the repository's templates and
/// compared file by file with its `Expected/` folder. `ALMANAC_RECORD=1 swift test` re-records.
@Suite struct FixtureSiteTests {
    static let cases = ["bilingual"]
    let folder = TemporaryFolder()

    @Test(arguments: cases)
    func buildsExactlyTheExpectedFiles(name: String) throws {
        let site = TestSupport.fixtures.appendingPathComponent("Sites/\(name)")
        let output = folder.path + "/Output"
        let report = try SiteBuilder(input: input(site, output: output)).build()
        let expected = site.appendingPathComponent("Expected").path
        if ProcessInfo.processInfo.environment["ALMANAC_RECORD"] == "1" {
            try? FileManager.default.removeItem(atPath: expected)
            try FileManager.default.copyItem(atPath: output, toPath: expected)
        }
        let actualFiles = try files(in: output)
        #expect(actualFiles == (try files(in: expected)))
        for file in actualFiles {
            let actual = FileManager.default.contents(atPath: output + "/" + file)
            let wanted = FileManager.default.contents(atPath: expected + "/" + file)
            #expect(actual == wanted, "\(file) differs from Expected/\(file); re-record with ALMANAC_RECORD=1 if the change is intended")
        }
        #expect(report.warnings.map(\.description) == [
            "Content/2025/notes.zh.md:1:1: warning: untranslated: no en version of this article; readers are sent to that language's home",
        ])
    }

    /// The bilingual site with its 2025 edition frozen: the archive, the frozen pages published
    /// from it and the archive page, byte for byte, in `ExpectedArchived/`.
    @Test func aSiteWithAFrozenEditionBuildsExactlyTheExpectedFiles() throws {
        let site = TestSupport.fixtures.appendingPathComponent("Sites/bilingual")
        let output = folder.path + "/Output"
        let input = input(site, output: output)
        _ = try SiteBuilder(input: input).build()
        _ = try EditionFreezer(input: input).freeze(2025, on: CalendarDate(year: 2026, month: 11, day: 21), replacing: false)
        _ = try SiteBuilder(input: input).build()
        let expected = site.appendingPathComponent("ExpectedArchived").path
        if ProcessInfo.processInfo.environment["ALMANAC_RECORD"] == "1" {
            try? FileManager.default.removeItem(atPath: expected)
            try FileManager.default.copyItem(atPath: output, toPath: expected)
        }
        let actualFiles = try files(in: output)
        #expect(actualFiles.contains("archive/2025/manifest.json") && actualFiles.contains("downloads/almanac-edition-2025.zip"))
        #expect(actualFiles == (try files(in: expected)))
        for file in actualFiles {
            let actual = FileManager.default.contents(atPath: output + "/" + file)
            let wanted = FileManager.default.contents(atPath: expected + "/" + file)
            #expect(actual == wanted, "\(file) differs from ExpectedArchived/\(file); re-record with ALMANAC_RECORD=1 if the change is intended")
        }
    }

    func input(_ site: URL, output: String) -> SiteInput {
        SiteInput(contentRoot: site.appendingPathComponent("Content").path, templatesRoot: TestSupport.repositoryTemplates,
                  outputRoot: output)
    }

    func files(in folder: String) throws -> [String] {
        try FileIO.disk.listFiles(folder).sorted()
    }
}
