import AlmanacCore
import AlmanacMarkdown
import AlmanacTemplates

/// What every page template can use, prepared in Swift so templates stay logic-less.
/// The variables are listed in the README under "Template variables".
struct PageContext {
    let model: SiteModel
    let urls: SiteURLs
    let strings: [String: UIStrings]
    let stylesheet: String
    /// Path of the search script.
    let script: String
    /// The day the edition being frozen is frozen on; nil for live pages.
    let archivedOn: CalendarDate?
    /// The variables that are the same on every page of a language, made once rather than per page.
    private var shared = SharedVariables()

    init(model: SiteModel, urls: SiteURLs, strings: [String: UIStrings], stylesheet: String, script: String,
         archivedOn: CalendarDate? = nil) {
        self.model = model
        self.urls = urls
        self.strings = strings
        self.stylesheet = stylesheet
        self.script = script
        self.archivedOn = archivedOn
        for language in model.config.languages.map(\.code) {
            // Tables and lists converted for the renderer once here, not again on every page that
            // shows them; text stays text, which page builders read back.
            shared.byLanguage[language] = languageVariables(language).mapValues { $0 is String ? $0 : TemplateData(any: $0) }
        }
    }

    /// The variables shared by all pages of `language`.
    ///
    /// `path` is the page's own path; `alternates` gives its path in each language that has it
    /// (a language without one links to that language's home and says so).
    func common(language: String, path: String, title: String, description: String,
                alternates: [String: String]) -> [String: Any] {
        let config = model.config
        var page = shared.byLanguage[language] ?? languageVariables(language)
        let siteTitle = page["site_title"] as? String ?? ""
        page["page_title"] = title == siteTitle ? siteTitle : "\(title) · \(siteTitle)"
        page["title"] = title
        page["meta_description"] = description
        page["canonical"] = urls.absolute(path)
        page["og_url"] = page["canonical"]
        page["alternates"] = alternateLinks(alternates)
        page["x_default"] = urls.absolute(alternates[config.defaultLanguage] ?? urls.home(config.defaultLanguage))
        page["languages"] = switcher(language: language, alternates: alternates)
        page["translation_missing"] = config.languages.contains { alternates[$0.code] == nil }
        return page
    }

    /// The variables of `common` that do not depend on the page.
    private func languageVariables(_ language: String) -> [String: Any] {
        let config = model.config
        var variables: [String: Any] = [
            "lang": language,
            "bcp47": config.language(language)?.bcp47 ?? language,
            "site_title": config.title.resolved(language, fallback: config.defaultLanguage),
            "site_description": config.description.resolved(language, fallback: config.defaultLanguage),
            "stylesheet": urls.link(stylesheet),
            "search_url": urls.link(urls.search(language)),
            "indicators_url": urls.link(urls.indicators(language)),
            "tags_url": urls.link(urls.tags(language)),
            "feed_url": urls.link(urls.feed(language)),
            "home_url": urls.link(urls.home(language)),
            "root_url": urls.link(""),
            "t": self.strings(language).values,
            "nav_editions": model.editions.map { year in
                ["year": "\(year)", "url": urls.link(urls.edition(year, language))]
            },
            "nav_pages": model.pages(language: language).map { page in
                ["title": page.title, "url": urls.link(urls.article(page.id, language))]
            },
        ]
        if !model.frozenEditions.isEmpty { variables["archive_url"] = urls.link(urls.archive(language)) }
        if let archivedOn { variables["archived"] = archivedNotice(archivedOn, language: language) }
        return variables
    }

    /// `本版已于2026年11月21日归档` / `Archived edition, frozen on 2026-11-21`.
    func archivedNotice(_ day: CalendarDate, language: String) -> [String: String] {
        let formatter = model.format(language)
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
        strings[language] ?? UIStrings(values: [:], figures: .standard(for: language))
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

/// Page variables made once and only read afterwards, by every core.
///
/// Unchecked because Mustache's values are `Any`, which the compiler cannot prove Sendable;
/// they are strings, numbers, arrays and dictionaries of them, never mutated once made.
private struct SharedVariables: @unchecked Sendable {
    var byLanguage: [String: [String: Any]] = [:]
}
