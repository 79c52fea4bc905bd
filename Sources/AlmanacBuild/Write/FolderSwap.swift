import AlmanacFiles
import AlmanacCore
import Foundation

#if canImport(Glibc)
/// glibc's `renameat2`, which its Swift module does not export.
@_silgen_name("renameat2")
private func renameat2(_ oldDirectory: Int32, _ old: UnsafePointer<CChar>, _ newDirectory: Int32,
                       _ new: UnsafePointer<CChar>, _ flags: UInt32) -> Int32
private let exchangeFlag: UInt32 = 2 // RENAME_EXCHANGE
#endif

/// The renames that put a new site in place, as closures returning 0 or an `errno` code, so
/// tests can make any one of them fail.
public struct FolderRenames: Sendable {
    /// Swaps two existing paths in one step.
    public var exchange: @Sendable (String, String) -> Int32
    public var rename: @Sendable (String, String) -> Int32

    public init(exchange: @escaping @Sendable (String, String) -> Int32,
                rename: @escaping @Sendable (String, String) -> Int32) {
        self.exchange = exchange
        self.rename = rename
    }

    public static let system = FolderRenames(
        exchange: { first, second in
            #if canImport(Glibc)
            return renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0 ? 0 : errno
            #else
            return ENOSYS
            #endif
        },
        rename: { from, to in Foundation.rename(from, to) == 0 ? 0 : errno })
}

/// Puts a staging folder in place of the output folder so that, whatever fails and wherever
/// the process is killed, the output path holds either the whole old site or the whole new one.
struct FolderSwap {
    var renames: FolderRenames

    /// Swaps `staging` in for `output`. Afterwards `staging` holds the previous site, if any.
    /// Throws an `errno` code, with `output` as it was.
    func swap(_ staging: String, into output: String, outputExists: Bool) throws(FileFailure) {
        guard outputExists else {
            let code = renames.rename(staging, output)
            if code != 0 { throw FileFailure(path: output, code: code) }
            return
        }
        let code = renames.exchange(staging, output)
        if code == 0 { return }
        // File systems without RENAME_EXCHANGE: the output is missing only between two renames,
        // and the next build puts the old site back if the process dies there (`recover`).
        guard code == EINVAL || code == ENOSYS || code == EOPNOTSUPP else { throw FileFailure(path: output, code: code) }
        let retired = Self.retiredPath(output)
        let first = renames.rename(output, retired)
        if first != 0 { throw FileFailure(path: output, code: first) }
        let second = renames.rename(staging, output)
        if second != 0 {
            _ = renames.rename(retired, output)
            throw FileFailure(path: output, code: second)
        }
        _ = renames.rename(retired, staging)
    }

    static func stagingPath(_ output: String) -> String { hidden(output, "building-\(getpid())") }
    static func retiredPath(_ output: String) -> String { hidden(output, "old-\(getpid())") }

    /// `.Output.<suffix>` beside `output`.
    static func hidden(_ output: String, _ suffix: String) -> String {
        let parent = (output as NSString).deletingLastPathComponent
        return parent + "/." + (output as NSString).lastPathComponent + "." + suffix
    }

    /// What builds killed or failed before this one left beside `output`: the old site put back
    /// when the output went missing between two renames, every other leftover removed. Run
    /// under the output's lock, so no other build is using them. Returns a note for each.
    func recover(_ output: String, label: String) -> [Diagnostic] {
        let parent = (output as NSString).deletingLastPathComponent
        let prefix = "." + (output as NSString).lastPathComponent + "."
        let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [])
            .filter { $0.hasPrefix(prefix) && ($0.dropFirst(prefix.count).hasPrefix("building-") || $0.dropFirst(prefix.count).hasPrefix("old-")) }
            .sorted()
        var notes: [Diagnostic] = []
        var outputExists = access(output, F_OK) == 0
        for name in leftovers {
            let path = parent + "/" + name
            if !outputExists, name.dropFirst(prefix.count).hasPrefix("old-"), renames.rename(path, output) == 0 {
                outputExists = true
                notes.append(.warning("put back the previous site, which an interrupted build had left at \(name)",
                                      at: SourceLocation(path: label)))
                continue
            }
            if (try? FileManager.default.removeItem(atPath: path)) != nil {
                notes.append(.warning("removed \(name), left behind by an interrupted build", at: SourceLocation(path: label)))
            } else {
                notes.append(.warning("cannot remove \(name), left behind by an interrupted build; remove it by hand",
                                      at: SourceLocation(path: label)))
            }
        }
        return notes
    }
}
