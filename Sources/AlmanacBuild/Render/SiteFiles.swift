import AlmanacCore

/// The files search engines and feed readers read: Atom feeds, the sitemap, robots.txt.
struct SiteFiles {
    var context: PageContext
    /// Feeds list the newest articles; older ones stay reachable through the editions.
    static let feedEntries = 50

    /// `/<lang>/atom.xml`: the newest articles of one language (summaries, not whole bodies).
    func feed(language: String) -> RenderedPage {
        let urls = context.urls
        let config = context.model.config
        let articles = context.model.articles.filter { $0.language == language && !$0.id.isPage }
            .sorted { ($0.date, $0.id) > ($1.date, $1.id) }.prefix(Self.feedEntries)
        let updated = articles.first.map { timestamp($0.date) } ?? "1970-01-01T00:00:00Z"
        let title = config.title.resolved(language, fallback: config.defaultLanguage)
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escape(config.language(language)?.bcp47 ?? language))">
            <title>\(escape(title))</title>
            <subtitle>\(escape(config.description.resolved(language, fallback: config.defaultLanguage)))</subtitle>
            <link rel="self" type="application/atom+xml" href="\(escape(urls.absolute(urls.feed(language))))"/>
            <link rel="alternate" type="text/html" href="\(escape(urls.absolute(urls.home(language))))"/>
            <id>\(escape(urls.absolute(urls.home(language))))</id>
            <updated>\(updated)</updated>
            <author><name>\(escape(title))</name></author>

            """
        for article in articles {
            let url = escape(urls.absolute(urls.article(article.id, language)))
            xml += "<entry>\n<title>\(escape(article.title))</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"\(url)\"/>\n"
            xml += "<id>\(url)</id>\n<published>\(timestamp(article.date))</published>\n<updated>\(timestamp(article.date))</updated>\n"
            if let summary = article.summary { xml += "<summary>\(escape(summary))</summary>\n" }
            for tag in article.tags { xml += "<category term=\"\(escape(tag))\"/>\n" }
            xml += "</entry>\n"
        }
        return RenderedPage(path: urls.feed(language), text: xml + "</feed>\n")
    }

    /// `/sitemap.xml`: every page for readers, each with its other-language versions.
    func sitemap() -> RenderedPage {
        let urls = context.urls
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        for (path, alternates) in PageAlternates(model: context.model, urls: urls).all() {
            xml += "<url>\n<loc>\(escape(urls.absolute(path)))</loc>\n"
            for (language, other) in alternates {
                let hreflang = context.model.config.language(language)?.bcp47 ?? language
                xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(escape(hreflang))\" href=\"\(escape(urls.absolute(other)))\"/>\n"
            }
            xml += "</url>\n"
        }
        return RenderedPage(path: "sitemap.xml", text: xml + "</urlset>\n")
    }

    /// `/robots.txt`: everything may be crawled; the sitemap says what there is.
    func robots() -> RenderedPage {
        RenderedPage(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(context.urls.absolute("sitemap.xml"))\n")
    }

    private func timestamp(_ date: CalendarDate) -> String {
        "\(date.description)T00:00:00Z"
    }

    /// Escaped, and without the characters XML forbids: sources are checked for them, and a
    /// feed or sitemap with one would be refused whole by every reader.
    private func escape(_ text: String) -> String {
        HTMLEscaping.escape(XMLCharacters.removingForbidden(text))
    }
}

/// Which page exists in which languages, for sitemaps: page path → [(language, path)].
struct PageAlternates {
    var model: SiteModel
    var urls: SiteURLs

    func all() -> [(String, [(String, String)])] {
        let languages = model.config.languages.map(\.code)
        var groups: [[(String, String)]] = []
        let everyLanguage = { (path: (String) -> String) in languages.map { ($0, path($0)) } }
        groups.append(everyLanguage(urls.home))
        groups.append(everyLanguage(urls.indicators))
        groups.append(everyLanguage(urls.tags))
        groups.append(everyLanguage(urls.search))
        if !model.frozenEditions.isEmpty { groups.append(everyLanguage(urls.archive)) }
        for year in model.editions {
            groups.append(languages.filter { !model.articles(in: year, language: $0).isEmpty }.map { ($0, urls.edition(year, $0)) })
        }
        for id in model.dataset.reports.keys.sorted() {
            groups.append(everyLanguage { urls.indicator(id, $0) })
        }
        for id in model.translations.keys.sorted() {
            groups.append(languages.filter { model.translations[id]?[$0] != nil }.map { ($0, urls.article(id, $0)) })
        }
        for language in languages {
            groups += model.tags(language: language).keys.sorted().map { [(language, urls.tag($0, language))] }
        }
        return groups.flatMap { group in group.map { ($0.1, group) } }
    }
}
