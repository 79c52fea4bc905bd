import AlmanacFiles
import AlmanacCore
import Foundation
import Synchronization

/// Write stage: puts the finished site in place of the output folder, all at once.
///
/// Pages are written to a fresh folder beside the output and swapped in only when every file
/// is written, so a failed build never leaves a half-written site behind. The swap is one
/// `renameat2(RENAME_EXCHANGE)`: the output path always holds a whole site. A kept folder (the
/// frozen editions in `archive/`) is hard-linked into the new site before the swap, so it never
/// leaves the output and its files stay the very same files. The whole write runs under an
/// exclusive lock on the output's folder.
public struct OutputWriter: Sendable {
    public var outputRoot: String
    /// Folder inside the output that every build carries over untouched.
    public var kept: String?
    /// Folders the output must neither be, hold nor lie in: the site's sources.
    public var protected: [String]
    public var renames: FolderRenames

    public init(outputRoot: String, keeping kept: String? = nil, protecting protected: [String] = [],
                renames: FolderRenames = .system) {
        self.outputRoot = outputRoot
        self.kept = kept
        self.protected = protected
        self.renames = renames
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
    /// `commit` swaps it in. Folders left by interrupted builds are recovered first (`notes`).
    public func begin() throws(DiagnosticError) -> OutputStaging {
        let output = try OutputLocation(outputRoot, protecting: protected)
        let lock = try FolderLock(output.parent, for: outputRoot)
        let swap = FolderSwap(renames: renames)
        let notes = swap.recover(output.folder, label: outputRoot)
        let staging = FolderSwap.stagingPath(output.folder)
        do {
            try? FileManager.default.removeItem(atPath: staging)
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
            try Data(OutputLocation.markerText.utf8).write(to: URL(fileURLWithPath: staging + "/" + OutputLocation.markerName))
        } catch {
            throw OutputStaging.failure(error, outputRoot: outputRoot)
        }
        return OutputStaging(outputRoot: outputRoot, output: output, staging: staging, kept: kept, swap: swap,
                             lock: lock, notes: notes)
    }
}

/// A site being written into its staging folder; `commit` puts it in place of the output folder.
public final class OutputStaging: Sendable {
    let outputRoot: String
    let output: OutputLocation
    let staging: String
    /// The output folder of the previous build, whose unchanged files are hard-linked.
    let previous: String?
    let kept: String?
    let swap: FolderSwap
    let lock: FolderLock
    private let log: Mutex<(written: [String], notes: [Diagnostic])>
    /// Every file of the new site, below the output folder, in the order they were added.
    public var writtenPaths: [String] { log.withLock { $0.written } }
    /// What the writer did besides writing: leftovers of interrupted builds recovered, a
    /// previous site that could not be removed.
    public var notes: [Diagnostic] { log.withLock { $0.notes } }

    init(outputRoot: String, output: OutputLocation, staging: String, kept: String?, swap: FolderSwap,
         lock: FolderLock, notes: [Diagnostic]) {
        self.outputRoot = outputRoot
        self.output = output
        self.staging = staging
        self.previous = output.exists ? output.folder : nil
        self.kept = kept
        self.swap = swap
        self.lock = lock
        self.log = Mutex(([], notes))
    }

    /// Writes a batch of pages into the staging folder. On failure the staging folder is removed.
    public func add(_ pages: [RenderedPage]) throws(DiagnosticError) {
        do {
            try Self.writeAll(pages, into: staging, previous: previous)
        } catch {
            abandon()
            throw Self.failure(error, outputRoot: outputRoot)
        }
        log.withLock { $0.written += pages.map(\.path) }
    }

    /// Swaps the staging folder in place of the output folder; returns how many files the site has.
    @discardableResult
    public func commit() throws(DiagnosticError) -> Int {
        defer { lock.release() }
        let replacing = output.exists
        do {
            try carryKeptFolder()
            try swap.swap(staging, into: output.folder, outputExists: replacing)
        } catch {
            abandon()
            throw Self.failure(error, outputRoot: outputRoot)
        }
        // The staging path now holds the previous site, if there was one.
        guard replacing else { return writtenPaths.count }
        do {
            try FileManager.default.removeItem(atPath: staging)
        } catch {
            let note = Diagnostic.warning("cannot remove the previous site, kept at \(staging): \(error); remove it by hand",
                                          at: SourceLocation(path: outputRoot))
            log.withLock { $0.notes.append(note) }
        }
        return writtenPaths.count
    }

    /// Removes the staging folder, leaving the output folder as it was.
    public func abandon() {
        try? FileManager.default.removeItem(atPath: staging)
        lock.release()
    }

    static func failure(_ error: any Error, outputRoot: String) -> DiagnosticError {
        DiagnosticError(stage: .write, diagnostics: [.error(
            "cannot write the site: \(error); check that the folder is writable",
            at: SourceLocation(path: outputRoot))])
    }
}

private extension OutputStaging {
    /// Hard links, so the kept files stay the very same files, dates and all, and never leave
    /// the output: the new site holds them before it is swapped in.
    func carryKeptFolder() throws {
        guard let kept, output.exists else { return }
        let source = output.folder + "/" + kept
        var status = stat()
        guard lstat(source, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return }
        try Self.linkTree(source, to: staging + "/" + kept)
    }

    /// `cp -al`: folders made anew, regular files hard-linked. Links and other kinds of file
    /// are not carried; the archive check refuses them before any build gets here.
    static func linkTree(_ source: String, to target: String) throws {
        guard mkdir(target, 0o755) == 0 || errno == EEXIST else { throw FileFailure(path: target, code: errno) }
        for name in try FileManager.default.contentsOfDirectory(atPath: source) {
            let from = source + "/" + name, to = target + "/" + name
            var status = stat()
            guard lstat(from, &status) == 0 else { throw FileFailure(path: from, code: errno) }
            switch status.st_mode & S_IFMT {
            case S_IFDIR: try linkTree(from, to: to)
            case S_IFREG: if link(from, to) != 0 { throw FileFailure(path: to, code: errno) }
            default: continue
            }
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
