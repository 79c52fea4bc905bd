import Foundation

/// The file access the Load stage needs, as closures so tests can serve a site from memory.
public struct FileIO: Sendable {
    /// Contents of the file at an absolute path.
    public var read: @Sendable (String) throws -> [UInt8]
    /// Paths of every regular file below a folder, relative to it, in no particular order;
    /// empty when the folder does not exist.
    public var listFiles: @Sendable (String) throws -> [String]

    public init(
        read: @escaping @Sendable (String) throws -> [UInt8],
        listFiles: @escaping @Sendable (String) throws -> [String]
    ) {
        self.read = read
        self.listFiles = listFiles
    }

    /// The real file system, through plain POSIX calls: on Linux, Foundation's file APIs cost
    /// several times more per small file.
    public static let disk = FileIO(read: DiskAccess.read, listFiles: DiskAccess.listFiles)
}

/// A failed POSIX call on a file: its path and `errno`, printed as the system words it.
struct FileFailure: Error, CustomStringConvertible {
    var path: String
    var code: Int32
    var description: String { "\(path): \(String(cString: strerror(code)))" }
}

private enum DiskAccess {
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

    /// Regular files below `folder` (following links to files), skipping hidden names.
    @Sendable static func listFiles(_ folder: String) throws -> [String] {
        var files: [String] = []
        collect(folder, relative: "", into: &files)
        return files
    }

    static func collect(_ folder: String, relative: String, into files: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard !name.hasPrefix(".") else { continue }
            let path = folder + "/" + name
            let child = relative.isEmpty ? name : relative + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                collect(path, relative: child, into: &files)
            case Int32(DT_REG):
                files.append(child)
            default:
                var status = stat()
                guard stat(path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFREG { files.append(child) }
                // Links to folders are not followed, so a link loop cannot hang the build.
                else if status.st_mode & S_IFMT == S_IFDIR, Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                    var own = stat()
                    if lstat(path, &own) == 0, own.st_mode & S_IFMT == S_IFDIR { collect(path, relative: child, into: &files) }
                }
            }
        }
    }
}
