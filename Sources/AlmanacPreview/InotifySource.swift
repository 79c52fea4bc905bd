#if os(Linux)
import Foundation
import Glibc
import Synchronization

/// Linux file events through inotify, one watch per folder, on a thread of its own.
final class InotifySource: ChangeSource {
    private let folders: [String]
    private let settleMilliseconds: Int32
    private let report: @Sendable ([String]) -> Void
    private let warn: @Sendable (String) -> Void
    private let descriptor: Int32
    /// Writing to it wakes the thread so `stop` never waits for the next file event.
    private let wakePipe: [Int32]
    /// Folder of each watch; written by `start` and the watching thread.
    private let watches = Mutex<[Int32: String]>([:])
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE)

    /// A source, or why the system cannot give one (too many inotify instances, no descriptors).
    static func make(folders: [String], settleMilliseconds: Int32, report: @escaping @Sendable ([String]) -> Void,
                     warn: @escaping @Sendable (String) -> Void) -> Result<InotifySource, InotifyFailure> {
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return .failure(InotifyFailure(call: "inotify_init1", code: errno)) }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            let code = errno
            close(descriptor)
            return .failure(InotifyFailure(call: "pipe", code: code))
        }
        return .success(InotifySource(folders: folders, settleMilliseconds: settleMilliseconds, report: report, warn: warn,
                                      descriptor: descriptor, wakePipe: ends))
    }

    private init(folders: [String], settleMilliseconds: Int32, report: @escaping @Sendable ([String]) -> Void,
                 warn: @escaping @Sendable (String) -> Void, descriptor: Int32, wakePipe: [Int32]) {
        self.folders = folders
        self.settleMilliseconds = settleMilliseconds
        self.report = report
        self.warn = warn
        self.descriptor = descriptor
        self.wakePipe = wakePipe
    }

    func start() {
        for folder in folders { watchTree(folder) }
        Thread.detachNewThread { [self] in run() }
    }

    func stop() {
        var byte: UInt8 = 1
        _ = write(wakePipe[1], &byte, 1)
    }

    private func run() {
        defer {
            close(descriptor)
            close(wakePipe[0])
            close(wakePipe[1])
        }
        while wait(timeout: -1) {
            var batch = Set(readEvents())
            while wait(timeout: settleMilliseconds) { batch.formUnion(readEvents()) }
            if !batch.isEmpty { report(batch.sorted()) }
        }
    }

    /// True when events are ready; false on time-out or when woken to stop (then the loop ends).
    private func wait(timeout: Int32) -> Bool {
        var fds = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: wakePipe[0], events: Int16(POLLIN), revents: 0)]
        let ready = poll(&fds, 2, timeout)
        if fds[1].revents != 0 { return false }
        return ready > 0 && fds[0].revents != 0
    }

    private func readEvents() -> [String] {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0 else { return [] }
        var paths: [String] = []
        var offset = 0
        while offset + 16 <= count {
            let wd = buffer[offset..<offset + 4].withUnsafeBytes { $0.loadUnaligned(as: Int32.self) }
            let mask = buffer[offset + 4..<offset + 8].withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
            let length = Int(buffer[offset + 12..<offset + 16].withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) })
            let nameBytes = buffer[offset + 16..<offset + 16 + length].prefix { $0 != 0 }
            // Events were dropped: say that the whole of every folder changed, so the site is
            // rebuilt rather than left with edits nobody heard of.
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { paths += folders }
            if let folder = watches.withLock({ $0[wd] }), !nameBytes.isEmpty {
                let path = folder + "/" + String(decoding: nameBytes, as: UTF8.self)
                if mask & UInt32(IN_ISDIR) != 0 {
                    if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { watchTree(path) }
                } else {
                    paths.append(path)
                }
            }
            offset += 16 + length
        }
        return paths
    }

    private func watchTree(_ folder: String) {
        let wd = inotify_add_watch(descriptor, folder, Self.mask)
        guard wd >= 0 else {
            let failure = InotifyFailure(call: "inotify_add_watch", code: errno)
            let advice = failure.code == ENOSPC ? "; raise the limit with sysctl fs.inotify.max_user_watches" : ""
            warn("cannot watch \(folder) for changes (\(failure))\(advice): its edits will not reload the preview")
            return
        }
        watches.withLock { $0[wd] = folder }
        let children = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for child in children where !child.hasPrefix(".") {
            var isFolder: ObjCBool = false
            let path = folder + "/" + child
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { watchTree(path) }
        }
    }
}

/// A failed inotify call, printed as the system words it.
struct InotifyFailure: Error, CustomStringConvertible {
    var call: String
    var code: Int32
    var description: String { "\(call): \(String(cString: strerror(code)))" }
}
#endif
