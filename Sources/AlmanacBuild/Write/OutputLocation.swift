import AlmanacFiles
import AlmanacCore
import Foundation

/// Where a build may put its site, decided before anything is written.
///
/// The output folder is replaced as a whole by every build, so a wrong `--output` would delete
/// whatever is there. It must be a folder (or not exist yet), must neither be nor hold nor lie in
/// the sources, and, when not empty, must carry the marker an earlier build left in it.
struct OutputLocation: Sendable {
    /// The path as given, for diagnostics.
    let path: String
    /// The folder that is swapped: `path` itself, or the folder a link at `path` points to, so
    /// that a link (a web root's usual deploy pattern) keeps pointing where it pointed.
    let folder: String
    /// Whether `folder` exists now: asked each time, since recovering a killed build may put
    /// it back and a swap puts a new one in its place.
    var exists: Bool { access(folder, F_OK) == 0 }

    /// A hidden file in every output folder Almanac writes; its presence says the folder may be
    /// replaced.
    static let markerName = ".almanac-output"
    static let markerText = "This folder is written by Almanac. Each build replaces all of it except archive/.\n"

    var parent: String { (folder as NSString).deletingLastPathComponent }
    var name: String { (folder as NSString).lastPathComponent }

    /// Resolves `path` and refuses any folder a build must not replace.
    init(_ path: String, protecting sources: [String]) throws(DiagnosticError) {
        self.path = path
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let resolved = DiskAccess.realPath(absolute)
        folder = resolved ?? absolute
        var status = stat()
        let found = stat(folder, &status) == 0
        if found && status.st_mode & S_IFMT != S_IFDIR {
            throw Self.refusal("the output is a file, not a folder; a build replaces its output as a whole: "
                               + "choose another --output or move the file away", path)
        }
        let real = DiskAccess.realPath(folder) ?? DiskAccess.realPath(parent).map { $0 + "/" + name } ?? folder
        for source in sources {
            guard let source = DiskAccess.realPath(source) else { continue }
            if Self.contains(real, source) {
                throw Self.refusal("the output would replace \(source), which holds the site's sources; choose another --output", path)
            }
            if Self.contains(source, real) {
                throw Self.refusal("the output lies inside \(source), the site's sources; choose a folder outside it", path)
            }
        }
        if found, !Self.isReplaceable(folder) {
            throw Self.refusal("the output folder is not empty and was not written by Almanac (it has no \(Self.markerName)); "
                               + "a build would delete what it holds: empty it, remove it or choose another --output", path)
        }
    }

    /// Empty, holding only the frozen editions, marked by an earlier build, or a site written by
    /// a version of Almanac from before the marker.
    static func isReplaceable(_ folder: String) -> Bool {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
        return entries.allSatisfy { $0 == SiteURLs.archiveFolder } || entries.contains(markerName)
            || isUnmarkedAlmanacSite(folder, entries: entries)
    }

    /// A sitemap, robots.txt and a stylesheet named the way Almanac names it (`style.` and ten hex
    /// digits of its content), which other generators do not write.
    static func isUnmarkedAlmanacSite(_ folder: String, entries: [String]) -> Bool {
        guard entries.contains("sitemap.xml"), entries.contains("robots.txt"),
              let assets = try? FileManager.default.contentsOfDirectory(atPath: folder + "/assets") else { return false }
        return assets.contains { name in
            let parts = name.split(separator: ".")
            return parts.count == 3 && parts[0] == "style" && parts[2] == "css" && parts[1].count == 10
                && parts[1].allSatisfy(\.isHexDigit)
        }
    }

    /// True when `outer` is `inner` or one of its ancestors.
    static func contains(_ outer: String, _ inner: String) -> Bool {
        outer == inner || inner.hasPrefix(outer == "/" ? "/" : outer + "/")
    }

    static func refusal(_ message: String, _ path: String) -> DiagnosticError {
        DiagnosticError(stage: .write, diagnostics: [.error(message, at: SourceLocation(path: path))])
    }
}
