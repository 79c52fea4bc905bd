import AlmanacCore
import Foundation

/// Write stage: puts the finished site in place of the output folder, all at once.
///
/// Pages are written to a fresh folder beside the output and swapped in only when every file
/// is written, so a failed build never leaves a half-written site behind. A kept folder (the
/// frozen editions in `archive/`) is moved into the new output as it is, never written.
public struct OutputWriter: Sendable {
    public var outputRoot: String
    /// Folder inside the output that every build carries over untouched.
    public var kept: String?

    public init(outputRoot: String, keeping kept: String? = nil) {
        self.outputRoot = outputRoot
        self.kept = kept
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
            try carryKeptFolder(from: output, to: staging)
            if files.fileExists(atPath: output.path) {
                try files.moveItem(at: output, to: retired)
            }
            try files.moveItem(at: staging, to: output)
            try? files.removeItem(at: retired)
        } catch {
            restoreKeptFolder(from: staging, to: output)
            try? files.removeItem(at: staging)
            throw DiagnosticError(stage: "write", diagnostics: [.error(
                "cannot write the site: \(error); check that the folder is writable",
                at: SourceLocation(path: outputRoot))])
        }
        return pages.count
    }
}

private extension OutputWriter {
    /// A rename, so the kept files stay the very same files, dates and all.
    func carryKeptFolder(from output: URL, to staging: URL) throws {
        guard let kept else { return }
        let source = output.appendingPathComponent(kept)
        guard FileManager.default.fileExists(atPath: source.path) else { return }
        let target = staging.appendingPathComponent(kept)
        if FileManager.default.fileExists(atPath: target.path) {
            throw WriteFailure(path: target.path, code: EEXIST)
        }
        try FileManager.default.moveItem(at: source, to: target)
    }

    /// Puts the kept folder back when the swap failed after it was moved.
    func restoreKeptFolder(from staging: URL, to output: URL) {
        guard let kept else { return }
        let moved = staging.appendingPathComponent(kept), original = output.appendingPathComponent(kept)
        if FileManager.default.fileExists(atPath: moved.path), FileManager.default.fileExists(atPath: output.path),
           !FileManager.default.fileExists(atPath: original.path) {
            try? FileManager.default.moveItem(at: moved, to: original)
        }
    }

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
