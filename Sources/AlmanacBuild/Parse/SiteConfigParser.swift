import AlmanacCore

/// Parse stage, site configuration: `Content/site.yml` → `SiteConfig`.
struct SiteConfigParser {
    static let knownKeys = ["title", "description", "base_url", "default_language", "languages", "unsafe_html", "publisher", "license"]

    func parse(_ file: SourceFile) throws(DiagnosticError) -> Staged<SiteConfig> {
        let root = try YAMLReader(allowsAliases: true).read(file.text, path: file.path)
        var reader = DataReader()
        let fileStart = SourceLocation(path: file.path)
        guard let entries = reader.mapping(root, "site.yml") else {
            throw DiagnosticError(stage: .parse, diagnostics: reader.problems)
        }
        reader.checkKeys(entries, known: Self.knownKeys, in: "site.yml")
        let languages = root["languages"].map { parseLanguages($0, reader: &reader) } ?? []
        if root["languages"] == nil { reader.missing("languages", in: "site.yml", at: fileStart) }
        let codes = languages.map(\.code)
        var config = SiteConfig(
            title: localized(root, "title", codes, &reader, at: fileStart),
            description: localized(root, "description", codes, &reader, at: fileStart),
            baseURL: baseURL(root["base_url"], reader: &reader),
            defaultLanguage: defaultLanguage(root["default_language"], codes: codes, reader: &reader, at: fileStart),
            languages: languages,
            unsafeHTML: reader.bool(root["unsafe_html"], key: "unsafe_html") ?? false
        )
        config.publisher = root["publisher"].flatMap { reader.localized($0, key: "publisher", languages: codes) }
        if let node = root["license"], let entries = reader.mapping(node, "\"license\"") {
            reader.checkKeys(entries, known: ["name", "path", "title"], in: "\"license\"")
            if let name = reader.text(node["name"], key: "license.name") {
                config.license = SiteLicense(name: name, path: reader.text(node["path"], key: "license.path"),
                                             title: reader.text(node["title"], key: "license.title"))
            } else if node["name"] == nil {
                reader.missing("name", in: "\"license\"", at: node.location)
            }
        }
        if reader.problems.hasErrors { throw DiagnosticError(stage: .parse, diagnostics: reader.problems.sortedByLocation()) }
        return Staged(config, warnings: reader.problems)
    }
}

private extension SiteConfigParser {
    func parseLanguages(_ node: DataNode, reader: inout DataReader) -> [Language] {
        guard let items = node.items, !items.isEmpty else {
            reader.problems.append(.error(
                "\"languages\" must list at least one language, e.g. - {code: en, name: English, bcp47: en}", at: node.location))
            return []
        }
        var languages: [Language] = []
        for item in items {
            guard let entries = reader.mapping(item, "a language") else { continue }
            reader.checkKeys(entries, known: ["code", "name", "bcp47"], in: "a language")
            let fields = ["code", "name", "bcp47"].map { key -> String? in
                guard let value = item[key] else { reader.missing(key, in: "a language", at: item.location); return nil }
                return reader.text(value, key: key)
            }
            guard let code = fields[0], let name = fields[1], let bcp47 = fields[2] else { continue }
            if !code.allSatisfy({ $0.isASCII && $0.isLowercase }) || code.isEmpty {
                reader.problems.append(.error("language code \"\(code)\" must be lowercase letters such as zh or en", at: item.location))
            } else if languages.contains(where: { $0.code == code }) {
                reader.problems.append(.error("language \"\(code)\" is listed twice; keep one", at: item.location))
            } else {
                languages.append(Language(code: code, name: name, bcp47: bcp47))
            }
        }
        return languages
    }

    func localized(_ root: DataNode, _ key: String, _ codes: [String], _ reader: inout DataReader,
                   at location: SourceLocation) -> LocalizedText {
        guard let node = root[key] else {
            reader.missing(key, in: "site.yml", at: location)
            return LocalizedText([:])
        }
        return reader.localized(node, key: key, languages: codes) ?? LocalizedText([:])
    }

    func baseURL(_ node: DataNode?, reader: inout DataReader) -> String {
        guard let node else { return "/" }
        guard let text = reader.text(node, key: "base_url") else { return "/" }
        guard text.hasPrefix("https://") || text.hasPrefix("http://") || text.hasPrefix("/") else {
            reader.problems.append(.error(
                "\"base_url\" must be an absolute URL such as https://example.org/almanac/ or a path such as /almanac/",
                at: node.location))
            return "/"
        }
        return text.hasSuffix("/") ? text : text + "/"
    }

    func defaultLanguage(_ node: DataNode?, codes: [String], reader: inout DataReader, at location: SourceLocation) -> String {
        guard let node else { return codes.first ?? "en" }
        guard let code = reader.text(node, key: "default_language") else { return codes.first ?? "en" }
        if !codes.isEmpty && !codes.contains(code) {
            reader.problems.append(.error(
                "default_language \"\(code)\" is not one of the languages (\(codes.joined(separator: ", ")))", at: node.location))
        }
        return code
    }
}
