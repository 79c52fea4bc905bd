import Foundation
import Synchronization

/// Watches folders (recursively) and reports changed files in batches: quick successive saves,
/// such as an editor writing a temporary file and renaming it, arrive as one batch.
///
/// Uses inotify on Linux, which costs nothing while nothing changes; elsewhere, or when inotify
/// is not available, it compares modification times every 200 ms. Whatever keeps an edit from
/// being noticed is said through `warn`, never passed over.
public final class FileWatcher: Sendable {
    public let folders: [String]
    /// How long to wait for more changes before reporting a batch.
    public let settleMilliseconds: Int32

    public init(folders: [String], settleMilliseconds: Int32 = 15) {
        self.folders = folders.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        self.settleMilliseconds = settleMilliseconds
    }

    /// Batches of absolute paths that changed; watching stops when the stream's reader goes away.
    public func changes(warn: @escaping @Sendable (String) -> Void = { _ in }) -> AsyncStream<[String]> {
        let (stream, continuation) = AsyncStream<[String]>.makeStream()
        let report: @Sendable ([String]) -> Void = { continuation.yield($0) }
        #if os(Linux)
        let source: any ChangeSource
        switch InotifySource.make(folders: folders, settleMilliseconds: settleMilliseconds, report: report, warn: warn) {
        case let .success(inotify): source = inotify
        case let .failure(problem):
            warn("file events are not available (\(problem)); looking for changes every 200 ms instead")
            source = PollingSource(folders: folders, report: report)
        }
        #else
        let source = PollingSource(folders: folders, report: report)
        #endif
        continuation.onTermination = { _ in source.stop() }
        source.start()
        return stream
    }
}

/// Something that reports changed files until stopped.
protocol ChangeSource: Sendable {
    func start()
    func stop()
}

/// Compares modification times of every file every 200 ms.
final class PollingSource: ChangeSource {
    private let folders: [String]
    private let report: @Sendable ([String]) -> Void
    private let running = Mutex(true)

    init(folders: [String], report: @escaping @Sendable ([String]) -> Void) {
        self.folders = folders
        self.report = report
    }

    func start() {
        Thread.detachNewThread { [self] in
            var known = snapshot()
            while running.withLock({ $0 }) {
                Thread.sleep(forTimeInterval: 0.2)
                let now = snapshot()
                let changed = Set(now.keys).union(known.keys).filter { now[$0] != known[$0] }
                if !changed.isEmpty { report(changed.sorted()) }
                known = now
            }
        }
    }

    func stop() {
        running.withLock { $0 = false }
    }

    private func snapshot() -> [String: Date] {
        var times: [String: Date] = [:]
        for folder in folders {
            let enumerator = FileManager.default.enumerator(atPath: folder)
            while let relative = enumerator?.nextObject() as? String {
                let path = folder + "/" + relative
                times[path] = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
            }
        }
        return times
    }
}
