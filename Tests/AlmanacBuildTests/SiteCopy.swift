import AlmanacCore
import Foundation
@testable import AlmanacBuild

/// A copy of the bilingual fixture site with the repository's templates, in a folder of its
/// own, for tests that break a site on purpose.
struct SiteCopy {
    let folder = TemporaryFolder()
    var root: String { folder.path }
    var input: SiteInput { SiteInput(siteRoot: root) }
    var output: String { root + "/Output" }

    init() throws {
        try FileManager.default.copyItem(atPath: TestSupport.fixtures.appendingPathComponent("Sites/bilingual/Content").path,
                                         toPath: root + "/Content")
        try FileManager.default.copyItem(atPath: TestSupport.repositoryTemplates, toPath: root + "/Templates")
    }

    func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: ((root + "/" + path) as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
    }

    func append(_ text: String, to path: String) throws {
        try write((try String(contentsOfFile: root + "/" + path, encoding: .utf8)) + text, to: path)
    }

    /// Every file below `folder`, hidden ones included, with its bytes.
    func snapshot(_ folder: String = "Output") -> [String: Data] {
        var files: [String: Data] = [:]
        let base = root + "/" + folder
        for path in FileManager.default.enumerator(atPath: base)?.allObjects as? [String] ?? [] {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: base + "/" + path)
            }
        }
        return files
    }

    /// The diagnostics of a build that must fail.
    func failingBuild(_ builder: SiteBuilder? = nil) -> [Diagnostic] {
        do {
            _ = try (builder ?? SiteBuilder(input: input)).build()
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }
        }
    }

    /// Names in the folder holding the output, for checking that nothing was left beside it.
    var siblings: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted() }
}

extension Diagnostic {
    /// `path:line:column: message`, with the path relative to `root`.
    func short(_ root: String) -> String {
        let path = location.map { $0.description.replacingOccurrences(of: root + "/", with: "") } ?? "-"
        return "\(path): \(message)"
    }
}
