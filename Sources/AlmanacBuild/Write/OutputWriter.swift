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
        let staging = try begin()
        try staging.add(pages)
        return try staging.commit()
    }

    /// Starts a new site in a fresh staging folder beside the output. Pages are then added in
    /// batches as they are rendered, so the whole site never has to be held in memory, and
    /// `commit` swaps it in.
    public func begin() throws(DiagnosticError) -> OutputStaging {
        let output = URL(fileURLWithPath: outputRoot).standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).building-\(getpid())")
        let files = FileManager.default
        do {
            try? files.removeItem(at: staging)
            try files.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw OutputStaging.failure(error, outputRoot: outputRoot)
        }
        return OutputStaging(outputRoot: outputRoot, output: output, staging: staging,
                             previous: files.fileExists(atPath: output.path) ? output.path : nil, kept: kept)
    }
}

/// A site being written into its staging folder; `commit` puts it in place of the output folder.
public final class OutputStaging: @unchecked Sendable {
    let outputRoot: String
    let output: URL
    let staging: URL
    /// The output folder of the previous build, whose unchanged files are hard-linked.
    let previous: String?
    let kept: String?
    /// Every file of the new site, below the output folder, in the order they were added.
    public private(set) var writtenPaths: [String] = []

    init(outputRoot: String, output: URL, staging: URL, previous: String?, kept: String?) {
        self.outputRoot = outputRoot
        self.output = output
        self.staging = staging
        self.previous = previous
        self.kept = kept
    }

    /// Writes a batch of pages into the staging folder. On failure the staging folder is removed.
    public func add(_ pages: [RenderedPage]) throws(DiagnosticError) {
        do {
            try Self.writeAll(pages, into: staging.path, previous: previous)
        } catch {
            abandon()
            throw Self.failure(error, outputRoot: outputRoot)
        }
        writtenPaths += pages.map(\.path)
    }

    /// Swaps the staging folder in place of the output folder; returns how many files the site has.
    @discardableResult
    public func commit() throws(DiagnosticError) -> Int {
        let retired = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
        let files = FileManager.default
        do {
            try carryKeptFolder()
            if files.fileExists(atPath: output.path) {
                try files.moveItem(at: output, to: retired)
            }
            try files.moveItem(at: staging, to: output)
            try? files.removeItem(at: retired)
        } catch {
            restoreKeptFolder()
            abandon()
            throw Self.failure(error, outputRoot: outputRoot)
        }
        return writtenPaths.count
    }

    /// Removes the staging folder, leaving the output folder as it was.
    public func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }

    static func failure(_ error: any Error, outputRoot: String) -> DiagnosticError {
        DiagnosticError(stage: "write", diagnostics: [.error(
            "cannot write the site: \(error); check that the folder is writable",
            at: SourceLocation(path: outputRoot))])
    }
}

private extension OutputStaging {
    /// A rename, so the kept files stay the very same files, dates and all.
    func carryKeptFolder() throws {
        guard let kept else { return }
        let source = output.appendingPathComponent(kept)
        guard FileManager.default.fileExists(atPath: source.path) else { return }
        let target = staging.appendingPathComponent(kept)
        if FileManager.default.fileExists(atPath: target.path) {
            throw FileFailure(path: target.path, code: EEXIST)
        }
        try FileManager.default.moveItem(at: source, to: target)
    }

    /// Puts the kept folder back when the swap failed after it was moved.
    func restoreKeptFolder() {
        guard let kept else { return }
        let moved = staging.appendingPathComponent(kept), original = output.appendingPathComponent(kept)
        if FileManager.default.fileExists(atPath: moved.path), FileManager.default.fileExists(atPath: output.path),
           !FileManager.default.fileExists(atPath: original.path) {
            try? FileManager.default.moveItem(at: moved, to: original)
        }
    }

    /// Pages identical to the previous build's are hard-linked from it rather than written again.
    /// A page's own folder (`…/index.html`) is made before its file; any other missing folder
    /// when a file fails for want of it.
    static func writeAll(_ pages: [RenderedPage], into root: String, previous: String?) throws {
        let failures = ConcurrentMap.map(pages) { page -> FileFailure? in
            let target = root + "/" + page.path
            if page.path.hasSuffix("/index.html") { _ = mkdir((target as NSString).deletingLastPathComponent, 0o755) }
            if let previous, isUnchanged(previous + "/" + page.path, page.bytes),
               retryingInMissingFolder(target, { link(previous + "/" + page.path, target) == 0 ? 0 : errno }) == 0 {
                return nil
            }
            let code = retryingInMissingFolder(target) { writeFile(target, page.bytes) }
            return code == 0 ? nil : FileFailure(path: target, code: code)
        }
        if let failure = failures.compactMap({ $0 }).first { throw failure }
    }

    /// Runs `attempt` (which returns 0 or an errno code); when it fails because the file's folder
    /// does not exist yet, makes the folder and runs it once more.
    static func retryingInMissingFolder(_ path: String, _ attempt: () -> Int32) -> Int32 {
        let code = attempt()
        guard code == ENOENT else { return code }
        guard makeFolders((path as NSString).deletingLastPathComponent) else { return errno }
        return attempt()
    }

    /// `mkdir -p` with plain POSIX calls; folders made meanwhile by another thread are fine.
    static func makeFolders(_ path: String) -> Bool {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return true }
        guard errno == ENOENT else { return false }
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path, makeFolders(parent) else { return false }
        return mkdir(path, 0o755) == 0 || errno == EEXIST
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
    /// Returns 0 or the errno code of the failure.
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            guard written > 0 else { return errno }
            offset += written
        }
        return 0
    }
}
