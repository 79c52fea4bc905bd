import AlmanacFiles

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
    init(walking root: String, io: FileIO) {
        walk(root, relative: "", io: io)
    }

    private mutating func walk(_ folder: String, relative: String, io: FileIO) {
        let entries: [FolderEntry]
        do {
            entries = try io.entries(folder)
        } catch {
            unreadable.append((relative, Self.reason(error)))
            return
        }
        if entries.isEmpty && !relative.isEmpty { emptyFolders.append(relative) }
        for entry in entries {
            add(entry, path: folder + "/" + entry.name, relative: relative.isEmpty ? entry.name : relative + "/" + entry.name, io: io)
        }
    }

    private mutating func add(_ entry: FolderEntry, path: String, relative: String, io: FileIO) {
        switch entry.kind {
        case .folder: walk(path, relative: relative, io: io)
        case .link: links.append(relative)
        case .special: specialFiles.append(relative)
        case .file:
            do { files[relative] = try io.readRegular(path) } catch { unreadable.append((relative, Self.reason(error))) }
        }
    }

    static func reason(_ error: any Error) -> String {
        (error as? FileFailure)?.reason ?? "\(error)"
    }
}
