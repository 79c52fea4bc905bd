import AlmanacCore
import Foundation

/// Write stage: puts the finished site in place of the output folder, all at once.
///
/// Pages are written to a fresh folder beside the output and swapped in only when every file
/// is written, so a failed build never leaves a half-written site behind.
public struct OutputWriter: Sendable {
    public var outputRoot: String

    public init(outputRoot: String) {
        self.outputRoot = outputRoot
    }

    /// Writes `pages` and returns how many files were written.
    @discardableResult
    public func write(_ pages: [RenderedPage]) throws(DiagnosticError) -> Int {
        let output = URL(fileURLWithPath: outputRoot).standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).building-\(getpid())")
        let retired = parent.appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
        let files = FileManager.default
        do {
            try? files.removeItem(at: staging)
            try files.createDirectory(at: staging, withIntermediateDirectories: true)
            try writeAll(pages, into: staging.path)
            if files.fileExists(atPath: output.path) {
                try files.moveItem(at: output, to: retired)
            }
            try files.moveItem(at: staging, to: output)
            try? files.removeItem(at: retired)
        } catch {
            try? files.removeItem(at: staging)
            throw DiagnosticError(stage: "write", diagnostics: [.error(
                "cannot write the site: \(error); check that the folder is writable",
                at: SourceLocation(path: outputRoot))])
        }
        return pages.count
    }
}

private extension OutputWriter {
    struct WriteFailure: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    func writeAll(_ pages: [RenderedPage], into root: String) throws {
        let folders = Set(pages.map { ($0.path as NSString).deletingLastPathComponent }).sorted()
        for folder in folders where !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        let failures = ConcurrentMap.map(pages) { page in Self.writeFile(root + "/" + page.path, page.bytes) }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Plain POSIX calls: Foundation's file APIs cost several times more per small file on Linux.
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> WriteFailure? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return WriteFailure(path: path, code: errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            guard written > 0 else { return WriteFailure(path: path, code: errno) }
            offset += written
        }
        return nil
    }
}
