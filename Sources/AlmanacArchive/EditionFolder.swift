import Foundation

/// What lies in a folder of the archive, walked without following a single link: a frozen
/// edition is made of regular files only, and a link in it could point anywhere on the machine.
struct EditionFolder: Sendable {
    /// Regular files by path relative to the folder.
    var files: [String: [UInt8]] = [:]
    /// Symbolic links, by relative path; never followed, never read.
    var links: [String] = []
    /// Pipes, sockets and devices.
    var specialFiles: [String] = []
    var emptyFolders: [String] = []
    /// Folders and files that could not be opened, with the system's reason.
    var unreadable: [(path: String, reason: String)] = []

    /// Walks `root`; an unreadable `root` itself is listed as `""` in `unreadable`.
    init(walking root: String) {
        walk(root, relative: "")
    }

    private mutating func walk(_ folder: String, relative: String) {
        guard let directory = opendir(folder) else {
            unreadable.append((relative, String(cString: strerror(errno))))
            return
        }
        defer { closedir(directory) }
        var empty = true
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            empty = false
            add(folder + "/" + name, relative: relative.isEmpty ? name : relative + "/" + name)
        }
        if empty && !relative.isEmpty { emptyFolders.append(relative) }
    }

    private mutating func add(_ path: String, relative: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            unreadable.append((relative, String(cString: strerror(errno))))
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: walk(path, relative: relative)
        case S_IFLNK: links.append(relative)
        case S_IFREG:
            if let bytes = Self.readRegularFile(path) { files[relative] = bytes }
            else { unreadable.append((relative, String(cString: strerror(errno)))) }
        default: specialFiles.append(relative)
        }
    }

    /// The bytes of a regular file, opened without following a link swapped in meanwhile.
    static func readRegularFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { errno = EINVAL; return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { if errno == EINTR { continue }; return nil }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    /// The kind of the entry at `path` itself, links not followed; nil when there is none.
    static func kind(_ path: String) -> mode_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }
}
