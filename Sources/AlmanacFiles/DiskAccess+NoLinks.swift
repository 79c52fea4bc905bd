import Foundation

/// The calls the archive makes: none of them follows a link.
extension DiskAccess {
    @Sendable static func kind(_ path: String) -> FileKind? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return fileKind(status.st_mode)
    }

    @Sendable static func entries(_ folder: String) throws -> [FolderEntry] {
        guard let directory = opendir(folder) else { throw FileFailure(path: folder, code: errno) }
        defer { closedir(directory) }
        var entries: [FolderEntry] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var status = stat()
            guard lstat(folder + "/" + name, &status) == 0 else { throw FileFailure(path: folder + "/" + name, code: errno) }
            entries.append(FolderEntry(name: name, kind: fileKind(status.st_mode)))
        }
        return entries
    }

    /// The bytes of a regular file, opened without following a link swapped in meanwhile.
    @Sendable static func readRegular(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { throw FileFailure(path: path, code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileFailure(path: path, code: errno) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw FileFailure(path: path, code: EINVAL) }
        return try read(path)
    }

    @Sendable static func write(_ path: String, _ bytes: [UInt8]) throws {
        try makeFolders(String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]))
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileFailure(path: path, code: errno) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileFailure(path: path, code: errno)
            }
            written += count
        }
    }

    @Sendable static func rename(_ from: String, _ to: String) throws {
        guard Foundation.rename(from, to) == 0 else { throw FileFailure(path: from, code: errno) }
    }

    /// Removes a file, a link (not what it points to) or a folder with everything in it.
    @Sendable static func remove(_ path: String) throws {
        guard let kind = kind(path) else { return }
        if kind == .folder {
            for entry in try entries(path) { try remove(path + "/" + entry.name) }
            guard rmdir(path) == 0 else { throw FileFailure(path: path, code: errno) }
        } else {
            guard unlink(path) == 0 || errno == ENOENT else { throw FileFailure(path: path, code: errno) }
        }
    }

    static func makeFolders(_ path: String) throws {
        guard !path.isEmpty, kind(path) != .folder else { return }
        try makeFolders(String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]))
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw FileFailure(path: path, code: errno) }
    }

    static func fileKind(_ mode: mode_t) -> FileKind {
        switch mode & S_IFMT {
        case S_IFREG: .file
        case S_IFDIR: .folder
        case S_IFLNK: .link
        default: .special
        }
    }
}
