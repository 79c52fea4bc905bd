import AlmanacCore
import AlmanacMarkdown

/// What every page template can use, prepared in Swift so templates stay logic-less.
/// The variables are listed in the README under "Template variables".
struct PageContext {
    var model: SiteModel
    var urls: SiteURLs
    var strings: [String: UIStrings]
    var stylesheet: String
    /// Path of the search script.
    var script: String
    /// The day the edition being frozen is frozen on; nil for live pages.
    var archivedOn: CalendarDate?

    /// The variables shared by all pages of `language`.
    ///
    /// `path` is the page's own path; `alternates` gives its path in each language that has it
    /// (a language without one links to that language's home and says so).
    func common(language: String, path: String, title: String, description: String,
                alternates: [String: String]) -> [String: Any] {
        let config = model.config
        let ui = strings[language] ?? UIStrings(values: [:])
        let siteTitle = config.title.resolved(language, fallback: config.defaultLanguage)
        let missing = config.languages.filter { alternates[$0.code] == nil }
        return [
            "lang": language,
            "bcp47": config.language(language)?.bcp47 ?? language,
            "site_title": siteTitle,
            "site_description": config.description.resolved(language, fallback: config.defaultLanguage),
            "page_title": title == siteTitle ? siteTitle : "\(title) · \(siteTitle)",
            "title": title,
            "meta_description": description,
            "canonical": urls.absolute(path),
            "og_url": urls.absolute(path),
            "stylesheet": urls.link(stylesheet),
            "search_url": urls.link(urls.search(language)),
            "indicators_url": urls.link(urls.indicators(language)),
            "tags_url": urls.link(urls.tags(language)),
            "feed_url": urls.link(urls.feed(language)),
            "home_url": urls.link(urls.home(language)),
            "root_url": urls.link(""),
            "alternates": alternateLinks(alternates),
            "x_default": urls.absolute(alternates[config.defaultLanguage] ?? urls.home(config.defaultLanguage)),
            "languages": switcher(language: language, alternates: alternates),
            "translation_missing": !missing.isEmpty,
            "t": ui.values,
            "nav_editions": model.editions.map { year in
                ["year": "\(year)", "url": urls.link(urls.edition(year, language))]
            },
            "nav_pages": model.pages(language: language).map { page in
                ["title": page.title, "url": urls.link(urls.article(page.id, language))]
            },
            "archive_url": model.frozenEditions.isEmpty ? nil : urls.link(urls.archive(language)) as Any?,
            "archived": archivedOn.map { archivedNotice($0, language: language) } as Any?,
        ].compactMapValues { $0 }
    }

    /// `本版已于2026年11月21日归档` / `Archived edition, frozen on 2026-11-21`.
    func archivedNotice(_ day: CalendarDate, language: String) -> [String: String] {
        let formatter = FigureFormatter(language: language)
        return ["notice": strings(language)("archived_notice", ["date": formatter.date(day), "iso_date": day.description]),
                "date": day.description]
    }

    /// A page every language has, at `path(language)`: its alternates for `common`.
    func everyLanguage(_ path: (String) -> String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: model.config.languages.map { ($0.code, path($0.code)) })
    }

    /// Links to every edition from an article or edition page: the article with the same slug
    /// in that edition when there is one (a yearly plan to last year's plan), else the edition.
    func editionSwitcher(language: String, current: Int, slug: String?) -> [[String: Any]] {
        model.editions.filter { !model.articles(in: $0, language: language).isEmpty }.map { year in
            let twin = slug.flatMap { slug in model.article(ArticleID(edition: year, slug: slug), language: language) }
            return [
                "year": "\(year)",
                "url": urls.link(twin.map { urls.article($0.id, language) } ?? urls.edition(year, language)),
                "current": year == current,
            ]
        }
    }

    /// Tags with the links to their pages.
    func tagLinks(_ tags: [String], language: String) -> [[String: Any]] {
        tags.map { ["name": $0, "url": urls.link(urls.tag($0, language))] }
    }

    func strings(_ language: String) -> UIStrings {
        strings[language] ?? UIStrings(values: [:])
    }
}

private extension PageContext {
    func alternateLinks(_ alternates: [String: String]) -> [[String: Any]] {
        model.config.languages.compactMap { language in
            alternates[language.code].map { ["hreflang": language.bcp47, "href": urls.absolute($0)] }
        }
    }

    /// One entry per other language: the same page in that language, or its home with a note.
    func switcher(language: String, alternates: [String: String]) -> [[String: Any]] {
        model.config.languages.filter { $0.code != language }.map { other in
            let target = alternates[other.code]
            return [
                "name": other.name,
                "bcp47": other.bcp47,
                "url": urls.link(target ?? urls.home(other.code)),
                "missing": target == nil,
                "missing_note": strings(language)("translation_missing", ["language": other.name]),
            ]
        }
    }
}
