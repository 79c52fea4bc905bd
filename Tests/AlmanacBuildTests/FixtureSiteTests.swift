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

    func input(_ site: URL, output: String) -> SiteInput {
        SiteInput(contentRoot: site.appendingPathComponent("Content").path, templatesRoot: TestSupport.repositoryTemplates,
                  outputRoot: output)
    }

    func files(in folder: String) throws -> [String] {
        try FileIO.disk.listFiles(folder).sorted()
    }
}
