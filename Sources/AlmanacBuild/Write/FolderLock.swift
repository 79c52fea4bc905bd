import AlmanacCore
import Foundation
import Synchronization

/// An exclusive lock on the folder that holds the output, for as long as a build or a freeze
/// writes there: two builds swapping the same output at once could otherwise lose each
/// other's work or the frozen editions.
final class FolderLock: Sendable {
    private let descriptor: Mutex<Int32>

    /// Takes the lock on `folder`, or fails at once when another process holds it.
    init(_ folder: String, for output: String) throws(DiagnosticError) {
        let opened = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard opened >= 0 else {
            throw DiagnosticError(stage: .write, diagnostics: [.error(
                "cannot open the folder that holds the output: \(String(cString: strerror(errno))); check that it exists and is readable",
                at: SourceLocation(path: output))])
        }
        guard flock(opened, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            close(opened)
            throw DiagnosticError(stage: .write, diagnostics: [.error(
                busy ? "another almanac build or archive is writing this output right now; run this again once it has finished"
                     : "cannot lock the output's folder: \(String(cString: strerror(errno)))",
                at: SourceLocation(path: output))])
        }
        descriptor = Mutex(opened)
    }

    func release() {
        descriptor.withLock { descriptor in
            guard descriptor >= 0 else { return }
            flock(descriptor, LOCK_UN)
            close(descriptor)
            descriptor = -1
        }
    }

    deinit { release() }
}
