import AlmanacCore
import Foundation
import Testing
@testable import AlmanacBuild

/// The output folder and the frozen archive in it survive any failure of the swap, a second
/// build at the same time, and an `--output` that points at something else.
@Suite struct OutputSafetyTests {
    let site: SiteCopy
    let frozen: [String: Data]

    init() throws {
        site = try SiteCopy()
        _ = try SiteBuilder(input: site.input).build()
        _ = try EditionFreezer(input: site.input).freeze(2025, on: CalendarDate(year: 2026, month: 11, day: 21), replacing: false)
        _ = try SiteBuilder(input: site.input).build()
        frozen = site.snapshot("Output/archive")
    }

    /// Renames that fail with `code` at the call numbered `failing` (1-based, both kinds counted).
    static func failing(at failing: Int, with code: Int32, exchange exchangeCode: Int32? = nil) -> FolderRenames {
        let calls = Counter()
        return FolderRenames(
            exchange: { first, second in
                if let exchangeCode { return exchangeCode }
                return calls.next() == failing ? code : FolderRenames.system.exchange(first, second)
            },
            rename: { from, to in calls.next() == failing ? code : FolderRenames.system.rename(from, to) })
    }

    func builder(_ renames: FolderRenames) -> SiteBuilder {
        var builder = SiteBuilder(input: site.input)
        builder.renames = renames
        return builder
    }

    @Test func aFailedSwapLeavesOutputAndArchiveAsTheyWere() throws {
        let before = site.snapshot()
        let problems = site.failingBuild(builder(Self.failing(at: 1, with: EIO)))
        #expect(problems.first?.message.contains("Input/output error") == true)
        #expect(site.snapshot() == before)
        #expect(site.siblings == ["Content", "Output", "Templates"])
    }

    @Test(arguments: [1, 2])
    func withoutExchangeAFailedRenameLeavesOutputAsItWas(failing: Int) throws {
        let before = site.snapshot()
        let problems = site.failingBuild(builder(Self.failing(at: failing, with: EIO, exchange: EINVAL)))
        #expect(problems.count == 1)
        #expect(site.snapshot() == before)
        #expect(site.siblings == ["Content", "Output", "Templates"])
    }

    @Test func withoutExchangeTheSwapStillWorks() throws {
        try site.append("\nMore.\n", to: "Content/2025/review.en.md")
        _ = try builder(Self.failing(at: 0, with: 0, exchange: EINVAL)).build()
        #expect(site.snapshot("Output/archive") == frozen)
        #expect(site.siblings == ["Content", "Output", "Templates"])
    }

    @Test func theArchiveStaysTheSameFilesAcrossBuilds() throws {
        let file = site.output + "/archive/2025/manifest.json"
        let inode = try FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? UInt64
        _ = try SiteBuilder(input: site.input).build()
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? UInt64 == inode)
        #expect(site.snapshot("Output/archive") == frozen)
    }

    @Test func aBuildKilledBetweenRenamesIsPutBackByTheNext() throws {
        let before = site.snapshot()
        // What a kill between the two renames of the fallback leaves: the old site set aside,
        // the new one half-made, no output.
        try FileManager.default.moveItem(atPath: site.output, toPath: site.root + "/.Output.old-99999")
        try site.write("half", to: ".Output.building-99998/en/index.html")
        let report = try SiteBuilder(input: site.input).build()
        #expect(report.warnings.map(\.message).contains("put back the previous site, which an interrupted build had left at .Output.old-99999"))
        #expect(report.warnings.map(\.message).contains("removed .Output.building-99998, left behind by an interrupted build"))
        #expect(site.snapshot() == before, "frozen editions are published as frozen, not rendered live")
        #expect(site.siblings == ["Content", "Output", "Templates"])
    }

    @Test func aSecondBuildAtTheSameTimeIsRefused() throws {
        let first = try OutputWriter(outputRoot: site.output, keeping: SiteURLs.archiveFolder).begin()
        defer { first.abandon() }
        let problems = site.failingBuild()
        #expect(problems.map(\.message) == ["another almanac build or archive is writing this output right now; run this again once it has finished"])
        #expect(site.snapshot("Output/archive") == frozen)
    }

    @Test func anOutputThatIsALinkKeepsPointingWhereItPointed() throws {
        let webRoot = site.root + "-www"
        defer { try? FileManager.default.removeItem(atPath: webRoot) }
        try FileManager.default.moveItem(atPath: site.output, toPath: webRoot)
        try FileManager.default.createSymbolicLink(atPath: site.output, withDestinationPath: webRoot)
        _ = try SiteBuilder(input: site.input).build()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site.output) == webRoot)
        #expect(site.snapshot("Output/archive") == frozen)
        #expect(FileManager.default.fileExists(atPath: webRoot + "/en/index.html"))
    }

    @Test func outputsThatWouldDestroySomethingAreRefused() throws {
        try site.write("precious", to: "notes.txt")
        try site.write("mine", to: "docs/a.txt")
        let cases = [("notes.txt", "the output is a file"), ("Content", "would replace"), (".", "would replace"),
                     ("Templates/site", "lies inside"), ("docs", "not empty and was not written by Almanac")]
        for (path, message) in cases {
            var input = site.input
            input.outputRoot = site.root + "/" + path
            let problems = site.failingBuild(SiteBuilder(input: input))
            #expect(problems.first?.message.contains(message) == true, "\(path)")
        }
        #expect(site.siblings == ["Content", "Output", "Templates", "docs", "notes.txt"])
        try FileManager.default.removeItem(atPath: site.output + "/" + OutputLocation.markerName)
        _ = try SiteBuilder(input: site.input).build()
        #expect(FileManager.default.fileExists(atPath: site.output + "/" + OutputLocation.markerName),
                "a site an earlier version wrote, without the marker, is still replaced, and marked")
        #expect(FileManager.default.contents(atPath: site.root + "/notes.txt") == Data("precious".utf8))
        #expect(FileManager.default.contents(atPath: site.root + "/docs/a.txt") == Data("mine".utf8))
    }
}

/// Counts calls from any thread.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        count += 1
        return count
    }
}
