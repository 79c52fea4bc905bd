import Foundation

/// What a set of changed files means for the site: the smallest kind of rebuild that is correct.
struct ChangeSet: Equatable {
    /// Articles edited, added or deleted, by path below the content folder.
    var articles: Set<String> = []
    /// Templates edited, by name (`article`, `partials/head`).
    var templates: Set<String> = []
    /// Something every page depends on changed: configuration, catalogue, strings, assets, data.
    var everything = false

    /// Sorts absolute file paths by what they are; files outside the site are ignored.
    init(paths: [String], input: SiteInput) {
        let contentRoot = Self.absolute(input.contentRoot), templatesRoot = Self.absolute(input.templatesRoot)
        for path in paths.map(Self.absolute) {
            // A whole folder reported as changed (the watcher lost track): rebuild everything.
            if path == contentRoot || path == templatesRoot {
                everything = true
            } else if let relative = Self.relative(path, to: contentRoot) {
                if ArticlePath(relative) != nil {
                    articles.insert(relative)
                } else if !relative.hasSuffix(".md") && !Self.isEditorLeftover(relative) {
                    everything = true
                }
            } else if let relative = Self.relative(path, to: templatesRoot), !Self.isEditorLeftover(relative) {
                if relative.hasSuffix(".mustache") {
                    templates.insert(String(relative.dropLast(".mustache".count)))
                } else {
                    everything = true
                }
            }
        }
    }

    var isEmpty: Bool { articles.isEmpty && templates.isEmpty && !everything }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private static func relative(_ path: String, to root: String) -> String? {
        let root = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : nil
    }

    /// Swap and backup files editors write beside the real one.
    private static func isEditorLeftover(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".tmp")
    }
}
