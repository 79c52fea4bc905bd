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

    /// The real file system.
    public static let disk = FileIO(
        read: { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            return [UInt8](data)
        },
        listFiles: { folder in
            guard let enumerator = FileManager.default.enumerator(
                at: URL(fileURLWithPath: folder, isDirectory: true),
                includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles]
            ) else { return [] }
            let prefix = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.path
            var files: [String] = []
            for case let url as URL in enumerator {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                let full = url.standardizedFileURL.path
                files.append(String(full.dropFirst(prefix.count).drop { $0 == "/" }))
            }
            return files
        }
    )
}
