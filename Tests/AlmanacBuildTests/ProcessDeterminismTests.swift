import Foundation
import Testing

/// Two builds in two processes write the same bytes. Each process seeds Swift's hashing afresh,
/// so an order that depends on a dictionary or set shows up here and not within one process.
@Suite struct ProcessDeterminismTests {
    /// The command-line tool built beside the test bundle.
    static let almanac = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("almanac").path

    @Test("two processes build the same site", .enabled(if: FileManager.default.isExecutableFile(atPath: almanac),
                                                      "the almanac binary is not built beside the tests"))
    func twoProcessesWriteTheSameBytes() throws {
        let site = try SiteCopy()
        var trees: [[String: Data]] = []
        for run in 1...2 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.almanac)
            process.arguments = ["build", "--root", site.root, "--output", site.root + "/Output\(run)"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            trees.append(site.snapshot("Output\(run)"))
        }
        #expect(trees[0].count > 40)
        #expect(trees[0] == trees[1])
    }
}
