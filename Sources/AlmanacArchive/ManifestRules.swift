import AlmanacCore

/// What a manifest must say before anything it names is read, written or bundled. A manifest is
/// committed to version control with the site, so it is input from whoever can open a pull
/// request: a path like `site/../../victim` must never reach the file system.
enum ManifestRules {
    /// The folders a frozen edition's files lie in, and the roots its sources are named under.
    static let fileFolders = ["site", "assets"]
    static let sourceFolders = ["content", "templates"]

    /// Every problem of `manifest`, each located at the line of `bytes` that holds it.
    static func problems(_ manifest: ArchiveManifest, bytes: [UInt8], label: String) -> [Diagnostic] {
        let text = String(decoding: bytes, as: UTF8.self)
        let locate = { (value: String) in Self.location(of: value, in: text, label: label) }
        var problems: [Diagnostic] = []
        var seen = Set<String>()
        for (path, folders) in manifest.files.map({ ($0.path, fileFolders) }) + manifest.sources.map({ ($0.path, sourceFolders) }) {
            if let reason = pathProblem(path, folders: folders) {
                problems.append(.error("unsafe path \"\(path)\" in the manifest: \(reason); "
                                       + "restore the manifest from version control", at: locate(path)))
            } else if !seen.insert(path).inserted {
                problems.append(.error("the manifest lists \"\(path)\" twice; restore it from version control", at: locate(path)))
            }
        }
        for entry in manifest.files where entry.size < 0 || !isDigest(entry.sha256) {
            problems.append(.error("the manifest entry for \"\(entry.path)\" needs a size and a 64-digit SHA-256",
                                   at: locate(entry.path)))
        }
        problems += fieldProblems(manifest, locate: locate)
        return problems
    }

    /// Why `path` may not name a file of the edition, or nil when it is a plain relative path
    /// below one of `folders`.
    static func pathProblem(_ path: String, folders: [String]) -> String? {
        if path.isEmpty { return "it is empty" }
        if path.hasPrefix("/") { return "it is absolute" }
        if path.unicodeScalars.contains(where: { $0 == "\\" }) { return "it contains a backslash" }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "it contains a control character" }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) { return "it has an empty, \".\" or \"..\" part" }
        if segments.count < 2 || !folders.contains(String(segments[0])) {
            return "it is not below \(folders.map { "\($0)/" }.joined(separator: " or "))"
        }
        return nil
    }

    /// The manifest's own fields: the freeze date, the generator and the base URL.
    static func fieldProblems(_ manifest: ArchiveManifest, locate: (String) -> SourceLocation) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if !(1000...9999).contains(manifest.edition) {
            problems.append(.error("\"edition\" must be a four-digit year, found \(manifest.edition)", at: locate("\"edition\"")))
        }
        if CalendarDate(manifest.frozen) == nil {
            problems.append(.error("\"frozen\" must be a calendar date written YYYY-MM-DD, found \"\(manifest.frozen)\"",
                                   at: locate(manifest.frozen)))
        }
        if manifest.generator.name.isEmpty || !isVersion(manifest.generator.version) {
            problems.append(.error("\"generator\" must name the program and its version, such as {\"name\": \"Almanac\", \"version\": \"1.0.0\"}",
                                   at: locate("\"generator\"")))
        }
        if !isBaseURL(manifest.baseURL) {
            problems.append(.error("\"base_url\" must be an absolute http(s) URL ending in \"/\", found \"\(manifest.baseURL)\"",
                                   at: locate(manifest.baseURL)))
        }
        return problems
    }

    static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    static func isVersion(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 64
            && text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".+-".unicodeScalars.contains($0)) }
    }

    static func isBaseURL(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && text.hasSuffix("/") && text.count > "https://x/".count - 1
            && !text.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\"" || $0 == "<" || $0 == ">" }
    }

    /// Where `value` is first written in the manifest's JSON; line 1 when it cannot be found.
    static func location(of value: String, in text: String, label: String) -> SourceLocation {
        let needle = value.hasPrefix("\"") ? value : JSONText.quoted(value)
        guard let range = text.range(of: needle) else { return SourceLocation(path: label) }
        let before = text[..<range.lowerBound]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let column = before.reversed().prefix { $0 != "\n" }.count + 1
        return SourceLocation(path: label, line: line, column: column)
    }
}
