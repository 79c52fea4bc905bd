import Foundation
import Testing

/// Compares output with files in `Tests/AlmanacChartsTests/Golden/`, found next to this source
/// file so no bundle resources are needed. `ALMANAC_RECORD=1 swift test` rewrites them; review
/// the diff like code.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["ALMANAC_RECORD"] == "1" }

    static func check(_ actual: String, file name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try (actual + "\n").write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name): run with ALMANAC_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual + "\n" == expected, "differs from \(name); run with ALMANAC_RECORD=1 to re-record",
                sourceLocation: sourceLocation)
    }
}
