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
            try writeAll(pages, into: staging.path, previous: files.fileExists(atPath: output.path) ? output.path : nil)
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

    /// Pages identical to the previous build's are hard-linked from it rather than written again.
    func writeAll(_ pages: [RenderedPage], into root: String, previous: String?) throws {
        let folders = Set(pages.map { ($0.path as NSString).deletingLastPathComponent }).sorted()
        for folder in folders where !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        let failures = ConcurrentMap.map(pages) { page -> WriteFailure? in
            if let previous, Self.isUnchanged(previous + "/" + page.path, page.bytes),
               link(previous + "/" + page.path, root + "/" + page.path) == 0 {
                return nil
            }
            return Self.writeFile(root + "/" + page.path, page.bytes)
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// True when the file at `path` holds exactly `bytes`.
    static func isUnchanged(_ path: String, _ bytes: [UInt8]) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, Int(status.st_size) == bytes.count else { return false }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var existing = [UInt8](repeating: 0, count: bytes.count)
        let count = existing.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, bytes.count) }
        return count == bytes.count && existing == bytes
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
