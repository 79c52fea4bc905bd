import AlmanacFiles
import AlmanacCore
import Foundation
import Testing
@testable import AlmanacBuild

/// Broken sites: each `Fixtures/Invalid/<case>/` must fail with exactly the diagnostics in its
/// `expected-diagnostics.txt`, and must leave the previous output untouched.
@Suite struct InvalidSiteTests {
    static let cases = ["broken-front-matter", "unknown-indicator", "mismatched-values", "broken-references"]
    let folder = TemporaryFolder()

    @Test(arguments: cases)
    func failsWithTheExpectedDiagnostics(name: String) throws {
        let site = TestSupport.fixtures.appendingPathComponent("Invalid/\(name)")
        let output = folder.path + "/Output"
        try FileManager.default.createDirectory(atPath: output + "/zh", withIntermediateDirectories: true)
        try Data("previous site".utf8).write(to: URL(fileURLWithPath: output + "/zh/index.html"))
        try Data(OutputLocation.markerText.utf8).write(to: URL(fileURLWithPath: output + "/" + OutputLocation.markerName))

        let input = SiteInput(contentRoot: site.appendingPathComponent("Content").path,
                              templatesRoot: TestSupport.repositoryTemplates, outputRoot: output)
        let printed: String
        do {
            _ = try SiteBuilder(input: input).build()
            Issue.record("the build of \(name) should fail")
            return
        } catch {
            printed = error.diagnostics.map(\.description).joined(separator: "\n") + "\n"
        }
        let expectedFile = site.appendingPathComponent("expected-diagnostics.txt")
        if ProcessInfo.processInfo.environment["ALMANAC_RECORD"] == "1" {
            try Data(printed.utf8).write(to: expectedFile)
        }
        #expect(printed == (try String(contentsOf: expectedFile, encoding: .utf8)))
        #expect(try FileIO.disk.listFiles(output) == ["zh/index.html"])
        #expect(FileManager.default.contents(atPath: output + "/zh/index.html") == Data("previous site".utf8))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: (output as NSString).deletingLastPathComponent)
        #expect(siblings == ["Output"], "no staging folder may be left behind")
    }

    /// A full build transforms articles batch by batch as it writes them: problems in different
    /// batches are still all reported, and nothing of the site is left behind.
    @Test func reportsProblemsOfEveryBatchOfArticles() throws {
        let root = folder.path
        let content = root + "/Content"
        try FileManager.default.copyItem(
            atPath: TestSupport.fixtures.appendingPathComponent("Invalid/broken-references/Content").path, toPath: content)
        try FileManager.default.createDirectory(atPath: content + "/2019", withIntermediateDirectories: true)
        for number in 0..<(SiteBuilder.batchSize + 10) {
            try Data("---\ntitle: Note \(number)\ndate: 2019-03-01\n---\nText.\n".utf8)
                .write(to: URL(fileURLWithPath: content + "/2019/note-\(number).en.md"))
        }
        try Data("---\ntitle: Last\ndate: 2019-01-01\n---\nSee {{indicator no_such_thing}}.\n".utf8)
            .write(to: URL(fileURLWithPath: content + "/2019/last.en.md"))
        let input = SiteInput(contentRoot: content, templatesRoot: TestSupport.repositoryTemplates, outputRoot: root + "/Output")

        do {
            _ = try SiteBuilder(input: input).build()
            Issue.record("the build should fail")
        } catch {
            let paths = Set(error.diagnostics.filter { $0.severity == .error }.compactMap { $0.location?.path })
            #expect(paths == ["Content/2026/a.zh.md", "Content/2019/last.en.md"])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["Content"])
    }
}
