import AlmanacFiles
import AlmanacCore

/// Load stage: finds and reads every source file of a site.
public struct ContentLoader: Sendable {
    public var input: SiteInput
    public var io: FileIO

    public init(input: SiteInput, io: FileIO = .disk) {
        self.input = input
        self.io = io
    }

    /// Reads the site; warns about files it does not know what to do with.
    public func load() throws(DiagnosticError) -> Staged<SiteSources> {
        var problems: [Diagnostic] = []
        let content = list(input.contentRoot, label: input.contentLabel, problems: &problems)
        let templateFiles = list(input.templatesRoot, label: input.templatesLabel, problems: &problems)
        problems += Self.badNames(content, label: input.contentLabel) + Self.badNames(templateFiles, label: input.templatesLabel)
        var articlePaths: [String] = []
        var dataFiles: [String: SourceFile] = [:]
        var editionFiles: [Int: SourceFile] = [:]
        for path in content {
            if let year = EditionInfoParser.edition(ofPath: path) {
                editionFiles[year] = read(path, in: .content, problems: &problems)
            } else if path.hasPrefix("data/") {
                dataFiles[String(path.dropFirst(5))] = read(path, in: .content, problems: &problems)
            } else if ArticlePath(path) != nil {
                articlePaths.append(path)
            } else if path.hasSuffix(".md") {
                problems.append(.warning(
                    "ignored: articles live at <edition>/<slug>.<language>.md (e.g. 2026/report.zh.md), pages at pages/<slug>.<language>.md",
                    at: SourceLocation(path: "\(input.contentLabel)/\(path)")))
            }
        }
        // Articles are most of a site: read on every core.
        let loaded = ConcurrentMap.map(articlePaths) { path in
            var found: [Diagnostic] = []
            return (read(path, in: .content, problems: &found), found)
        }
        let articles = loaded.map(\.0)
        problems += loaded.flatMap(\.1)
        let sources = SiteSources(
            config: required("site.yml", in: content, problems: &problems),
            catalogue: required("indicators.yml", in: content, problems: &problems),
            articles: articles,
            dataFiles: dataFiles,
            editionFiles: editionFiles,
            templates: templates(templateFiles, problems: &problems),
            stringTables: stringTables(templateFiles, problems: &problems),
            assets: assets(templateFiles, problems: &problems),
            templatesLabel: input.templatesLabel
        )
        if problems.hasErrors { throw DiagnosticError(stage: .load, diagnostics: problems.sortedByLocation()) }
        return Staged(sources, warnings: problems)
    }
}

extension ContentLoader {
    /// Reads one article again after it changed; nil when it was deleted. A file that exists but
    /// cannot be read is an error, not a deletion.
    func reloadArticle(_ relative: String) throws(DiagnosticError) -> SourceFile? {
        guard io.exists("\(input.contentRoot)/\(relative)") else { return nil }
        guard io.isInside("\(input.contentRoot)/\(relative)", input.contentRoot) else {
            throw DiagnosticError(stage: .load, diagnostics: [.error(
                "a link to a file outside the folder; the site reads only its own files: copy the file in or remove the link",
                at: SourceLocation(path: "\(input.contentLabel)/\(relative)"))])
        }
        var problems: [Diagnostic] = []
        let file = read(relative, in: .content, problems: &problems)
        if problems.hasErrors { throw DiagnosticError(stage: .load, diagnostics: problems) }
        return file
    }

    /// Reads every template again after one changed.
    func reloadTemplates() throws(DiagnosticError) -> [String: SourceFile] {
        var problems: [Diagnostic] = []
        let files = list(input.templatesRoot, label: input.templatesLabel, problems: &problems)
        let sources = templates(files, problems: &problems)
        if problems.hasErrors { throw DiagnosticError(stage: .load, diagnostics: problems) }
        return sources
    }
}

private extension ContentLoader {
    enum Root { case content, templates }

    /// File names become URLs and sitemap entries: a control character in one is an error.
    static func badNames(_ paths: [String], label: String) -> [Diagnostic] {
        paths.compactMap { path in
            XMLCharacters.firstForbidden(in: path).map { character in
                .error("the file name contains the control character \(character); rename the file",
                       at: SourceLocation(path: "\(label)/\(path)"))
            }
        }
    }

    func list(_ folder: String, label: String, problems: inout [Diagnostic]) -> [String] {
        do {
            return try io.listFiles(folder).sorted()
        } catch let error as FolderProblems {
            problems += error.problems.map { .error($0.message, at: SourceLocation(path: $0.path.isEmpty ? label : "\(label)/\($0.path)")) }
            return []
        } catch {
            problems.append(.error("cannot list the folder: \(error)", at: SourceLocation(path: label)))
            return []
        }
    }

    func read(_ relative: String, in root: Root, problems: inout [Diagnostic]) -> SourceFile {
        let bytes = readBytes(relative, in: root, problems: &problems)
        let label = root == .content ? input.contentLabel : input.templatesLabel
        let path = "\(label)/\(relative)"
        guard let text = String(validating: bytes, as: UTF8.self) else {
            problems.append(.error("the file is not valid UTF-8; save it as UTF-8", at: SourceLocation(path: path)))
            return SourceFile(path: path, text: "")
        }
        return SourceFile(path: path, text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }

    func readBytes(_ relative: String, in root: Root, problems: inout [Diagnostic]) -> [UInt8] {
        let folder = root == .content ? input.contentRoot : input.templatesRoot
        let label = root == .content ? input.contentLabel : input.templatesLabel
        do {
            return try io.read("\(folder)/\(relative)")
        } catch {
            problems.append(.error("cannot read the file: \(error)", at: SourceLocation(path: "\(label)/\(relative)")))
            return []
        }
    }

    func required(_ name: String, in files: [String], problems: inout [Diagnostic]) -> SourceFile {
        guard files.contains(name) else {
            problems.append(.error("missing \(name); every site needs one (see README, \"Content format\")",
                                   at: SourceLocation(path: "\(input.contentLabel)/\(name)")))
            return SourceFile(path: "\(input.contentLabel)/\(name)", text: "")
        }
        return read(name, in: .content, problems: &problems)
    }

    func templates(_ files: [String], problems: inout [Diagnostic]) -> [String: SourceFile] {
        var templates: [String: SourceFile] = [:]
        for path in files where path.hasSuffix(".mustache") {
            templates[String(path.dropLast(".mustache".count))] = read(path, in: .templates, problems: &problems)
        }
        return templates
    }

    func stringTables(_ files: [String], problems: inout [Diagnostic]) -> [String: SourceFile] {
        var tables: [String: SourceFile] = [:]
        for path in files where path.hasPrefix("strings/") && path.hasSuffix(".yml") {
            let language = String(path.dropFirst("strings/".count).dropLast(".yml".count))
            tables[language] = read(path, in: .templates, problems: &problems)
        }
        return tables
    }

    func assets(_ files: [String], problems: inout [Diagnostic]) -> [String: [UInt8]] {
        var assets: [String: [UInt8]] = [:]
        for path in files where path.hasPrefix("assets/") {
            assets[String(path.dropFirst("assets/".count))] = readBytes(path, in: .templates, problems: &problems)
        }
        return assets
    }
}

/// The parts of an article's path below `Content/`: `2026/report.zh.md`, or `pages/charts.zh.md`
/// for a standalone page.
struct ArticlePath: Hashable, Sendable {
    var edition: Int?
    var slug: String
    var language: String

    init?(_ relative: String) {
        let parts = relative.split(separator: "/")
        guard parts.count == 2, parts[1].hasSuffix(".md") else { return nil }
        let edition = parts[0].count == 4 ? Int(parts[0]) : nil
        guard edition != nil || parts[0] == "pages" else { return nil }
        let name = parts[1].dropLast(3)
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return nil }
        let language = name[name.index(after: dot)...]
        guard !language.isEmpty, language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        self.edition = edition
        self.slug = String(name[..<dot])
        self.language = String(language)
    }
}
