import AlmanacArchive
import AlmanacCore

/// The page at the top of an edition's bundle (`index.html`): what the bundle is, and links into
/// it to the edition's page, articles and data in every language. Made from the frozen pages
/// themselves (their `<h1>` titles, the edition page's reading order), so it lists what was
/// published, whatever the content folder says today.
struct BundleEntryPage {
    var edition: FrozenEdition
    var config: SiteConfig
    var strings: [String: UIStrings]

    func html() -> [UInt8] {
        let year = edition.year
        let titles = config.languages.map { language in
            "<span lang=\"\(language.bcp47)\">\(HTMLEscaping.escape(config.title.resolved(language.code)))</span>"
        }
        let stylesheet = edition.files.keys.sorted().first { $0.hasPrefix("assets/") && $0.hasSuffix(".css") }
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"\(config.language(config.defaultLanguage)?.bcp47 ?? config.defaultLanguage)\">",
            "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLEscaping.escape(config.title.resolved(config.defaultLanguage))) · \(year)</title>",
        ]
        if let stylesheet { lines.append("<link rel=\"stylesheet\" href=\"data/\(stylesheet)\">") }
        lines += ["</head>", "<body>", "<main id=\"main\" class=\"wrap bundle-entry\">", "<h1>\(titles.joined(separator: " / "))</h1>"]
        for language in config.languages { lines += section(language) }
        lines += ["</main>", "</body>", "</html>", ""]
        return Array(lines.joined(separator: "\n").utf8)
    }
}

private extension BundleEntryPage {
    func section(_ language: Language) -> [String] {
        let code = language.code, year = edition.year
        let ui = strings[code] ?? strings.values.first!
        let pages = edition.publishedFiles
        let editionPath = "\(code)/\(year)/index.html"
        guard let editionPage = pages[editionPath] else { return [] }
        let editionHTML = String(decoding: editionPage, as: UTF8.self)
        let frozenOn = CalendarDate(edition.manifest.frozen).map(FigureFormatter(language: code, words: ui.figures).date)
            ?? edition.manifest.frozen
        var lines = ["<section lang=\"\(language.bcp47)\" aria-labelledby=\"bundle-\(code)\">",
                     "<h2 id=\"bundle-\(code)\"><a href=\"data/\(editionPath)\">\(Self.heading(editionHTML) ?? "\(year)")</a></h2>",
                     "<p>\(HTMLEscaping.escape(ui("bundle_intro", ["date": frozenOn, "url": edition.manifest.baseURL])))</p>",
                     "<h3>\(HTMLEscaping.escape(ui("articles")))</h3>", "<ul>"]
        for path in articlePaths(code, editionHTML: editionHTML) {
            let title = Self.heading(String(decoding: pages[path] ?? [], as: UTF8.self)) ?? path
            lines.append("<li><a href=\"data/\(path)\">\(title)</a></li>")
        }
        lines += ["</ul>", "<h3>\(HTMLEscaping.escape(ui("archive_downloads")))</h3>", "<ul>"]
        for (file, label) in [("indicators.csv", "CSV"), ("indicators.json", "JSON"), ("datapackage.zip", ui("data_package"))]
        where pages["\(code)/\(year)/\(file)"] != nil {
            lines.append("<li><a href=\"data/\(code)/\(year)/\(file)\">\(HTMLEscaping.escape(label))</a></li>")
        }
        lines += ["</ul>", "<p class=\"meta\">\(HTMLEscaping.escape(ui("bundle_offline")))</p>", "</section>"]
        return lines
    }

    /// The edition's article pages in one language (`zh/2025/<slug>/index.html`), in the order
    /// the edition page lists them.
    func articlePaths(_ language: String, editionHTML: String) -> [String] {
        let prefix = "\(language)/\(edition.year)/"
        let paths = edition.publishedFiles.keys.filter { path in
            path.hasPrefix(prefix) && path.hasSuffix("/index.html") && path.split(separator: "/").count == 4
                && !path.hasPrefix(prefix + "revisions/")
        }
        let base = SiteConfig.basePath(of: edition.manifest.baseURL)
        let position = { (path: String) -> Int in
            let link = "\"" + base + path.dropLast("index.html".count) + "\""
            return editionHTML.firstRange(of: link).map { editionHTML.distance(from: editionHTML.startIndex, to: $0.lowerBound) } ?? Int.max
        }
        return paths.sorted { (position($0), $0) < (position($1), $1) }
    }

    /// The text of a page's first `<h1>`, tags removed, still escaped for HTML.
    static func heading(_ html: String) -> String? {
        guard let open = html.firstRange(of: "<h1"), let start = html[open.upperBound...].firstIndex(of: ">"),
              let close = html[start...].firstRange(of: "</h1>") else { return nil }
        var text = "", inTag = false
        for character in html[html.index(after: start)..<close.lowerBound] {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text.isEmpty ? nil : text
    }
}
