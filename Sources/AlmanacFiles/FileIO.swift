import Foundation

/// The file access of the Load stage and of the archive, as closures so tests can serve a site
/// from memory or fail any call on purpose (Saga's `FileIO`). The archive's calls never follow
/// a link: a frozen edition is made of regular files, and a link in it could point anywhere.
public struct FileIO: Sendable {
    /// Contents of the file at an absolute path.
    public var read: @Sendable (String) throws -> [UInt8]
    /// Paths of every regular file below a folder, relative to it, in no particular order;
    /// empty when the folder does not exist. Fails with `FolderProblems` when a folder below
    /// cannot be read or a link points outside the folder.
    public var listFiles: @Sendable (String) throws -> [String]
    /// Whether the file at a path, links resolved, lies inside a root folder.
    public var isInside: @Sendable (_ path: String, _ root: String) -> Bool
    /// Whether anything is at a path.
    public var exists: @Sendable (String) -> Bool
    /// What is at a path itself, links not followed; nil when nothing is.
    public var kind: @Sendable (String) -> FileKind?
    /// The names in one folder with what each is, links not followed.
    public var entries: @Sendable (String) throws -> [FolderEntry]
    /// A regular file's bytes; fails for a link, a folder or anything else.
    public var readRegular: @Sendable (String) throws -> [UInt8]
    /// Writes a file, making the folders above it.
    public var write: @Sendable (_ path: String, _ bytes: [UInt8]) throws -> Void
    public var rename: @Sendable (_ from: String, _ to: String) throws -> Void
    /// Removes a file or a whole folder; nothing there is not a failure.
    public var remove: @Sendable (String) throws -> Void

    public init(
        read: @escaping @Sendable (String) throws -> [UInt8],
        listFiles: @escaping @Sendable (String) throws -> [String],
        isInside: @escaping @Sendable (String, String) -> Bool = { _, _ in true },
        exists: @escaping @Sendable (String) -> Bool = { _ in true },
        kind: @escaping @Sendable (String) -> FileKind? = { _ in nil },
        entries: @escaping @Sendable (String) throws -> [FolderEntry] = { _ in [] },
        readRegular: (@Sendable (String) throws -> [UInt8])? = nil,
        write: @escaping @Sendable (String, [UInt8]) throws -> Void = { path, _ in throw FileFailure(path: path, code: EROFS) },
        rename: @escaping @Sendable (String, String) throws -> Void = { path, _ in throw FileFailure(path: path, code: EROFS) },
        remove: @escaping @Sendable (String) throws -> Void = { path in throw FileFailure(path: path, code: EROFS) }
    ) {
        self.read = read
        self.listFiles = listFiles
        self.isInside = isInside
        self.exists = exists
        self.kind = kind
        self.entries = entries
        self.readRegular = readRegular ?? read
        self.write = write
        self.rename = rename
        self.remove = remove
    }

    /// The real file system, through plain POSIX calls: on Linux, Foundation's file APIs cost
    /// several times more per small file.
    public static let disk = FileIO(read: DiskAccess.read, listFiles: DiskAccess.listFiles, isInside: DiskAccess.isInside,
                                    exists: { access($0, F_OK) == 0 || errno != ENOENT },
                                    kind: DiskAccess.kind, entries: DiskAccess.entries, readRegular: DiskAccess.readRegular,
                                    write: DiskAccess.write, rename: DiskAccess.rename, remove: DiskAccess.remove)
}

/// What a path names, links not followed.
public enum FileKind: Sendable, Equatable {
    case file, folder, link, special
}

/// One name in a folder and what it is.
public struct FolderEntry: Sendable, Equatable {
    public var name: String
    public var kind: FileKind

    public init(name: String, kind: FileKind) {
        self.name = name
        self.kind = kind
    }
}

/// What kept a folder from being listed in full: each entry names a path below the folder
/// and what is wrong with it.
public struct FolderProblems: Error, CustomStringConvertible {
    public var problems: [(path: String, message: String)]
    public var description: String { problems.map { "\($0.path): \($0.message)" }.joined(separator: "; ") }
}

/// A failed POSIX call on a file: its path and `errno`, printed as the system words it.
public struct FileFailure: Error, CustomStringConvertible {
    public var path: String
    public var code: Int32
    /// What the system says of `code` alone, for messages that name the file themselves.
    public var reason: String { String(cString: strerror(code)) }
    public var description: String { "\(path): \(reason)" }

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }
}

/// The POSIX calls behind `FileIO.disk`.
public enum DiskAccess {
    @Sendable static func read(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw FileFailure(path: path, code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileFailure(path: path, code: errno) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw FileFailure(path: path, code: EISDIR) }
        // One byte more than the file, so the read that meets its end needs no larger buffer.
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, count))) }
            let got = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw FileFailure(path: path, code: errno)
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// Regular files below `folder`, skipping hidden names. A link to a file is followed only
    /// when its target lies inside `folder`: a site must never publish or serve a file from
    /// elsewhere on the machine. Links to folders are not followed, so a loop cannot hang the build.
    @Sendable static func listFiles(_ folder: String) throws -> [String] {
        var walk = FolderWalk(root: folder)
        guard let directory = opendir(folder) else {
            if errno == ENOENT { return [] }
            throw FolderProblems(problems: [("", "cannot open the folder: \(String(cString: strerror(errno)))")])
        }
        walk.collect(directory, folder, relative: "")
        if !walk.problems.isEmpty { throw FolderProblems(problems: walk.problems) }
        return walk.files
    }

    @Sendable static func isInside(_ path: String, _ root: String) -> Bool {
        guard let real = realPath(path), let realRoot = realPath(root) else { return false }
        return real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }

    /// The path with links and `..` resolved; nil when nothing is there.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// One listing of a folder tree: the files found and what could not be listed.
private struct FolderWalk {
    let root: String
    var files: [String] = []
    var problems: [(path: String, message: String)] = []

    mutating func collect(_ directory: OpaquePointer, _ folder: String, relative: String) {
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard !name.hasPrefix(".") else { continue }
            add(folder + "/" + name, relative: relative.isEmpty ? name : relative + "/" + name, type: Int32(entry.pointee.d_type))
        }
    }

    mutating func add(_ path: String, relative: String, type: Int32) {
        var own = stat()
        let kind = type == Int32(DT_UNKNOWN) ? (lstat(path, &own) == 0 ? own.st_mode & S_IFMT : 0) : Self.mode(type)
        switch kind {
        case S_IFDIR:
            guard let child = opendir(path) else {
                problems.append((relative, "cannot open the folder: \(String(cString: strerror(errno))); check its permissions"))
                return
            }
            collect(child, path, relative: relative)
        case S_IFREG:
            files.append(relative)
        case S_IFLNK:
            var target = stat()
            guard stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFREG else { return }
            if DiskAccess.isInside(path, root) {
                files.append(relative)
            } else {
                let destination = DiskAccess.realPath(path) ?? "?"
                problems.append((relative, "a link to \(destination), outside the folder; the site reads only its own files: "
                                 + "copy the file in or remove the link"))
            }
        default:
            return
        }
    }

    static func mode(_ type: Int32) -> mode_t {
        switch type {
        case Int32(DT_DIR): S_IFDIR
        case Int32(DT_REG): S_IFREG
        case Int32(DT_LNK): S_IFLNK
        default: 0
        }
    }
}
