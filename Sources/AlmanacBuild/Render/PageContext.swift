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
            shared.byLanguage[language] = languageVariables(language)
        }
    }

    /// The variables shared by all pages of `language`.
    ///
    /// `path` is the page's own path; `alternates` gives its path in each language that has it
    /// (a language without one links to that language's home and says so).
    func common(language: String, path: String, title: String, description: String,
                alternates: [String: String]) -> [String: TemplateData] {
        let config = model.config
        var page = shared.byLanguage[language] ?? languageVariables(language)
        let siteTitle = page["site_title"]?.text ?? ""
        page["page_title"] = .text(title == siteTitle ? siteTitle : "\(title) · \(siteTitle)")
        page["title"] = .text(title)
        page["meta_description"] = .text(description)
        page["canonical"] = .text(urls.absolute(path))
        page["og_url"] = page["canonical"]
        page["alternates"] = .list(alternateLinks(alternates))
        page["x_default"] = .text(urls.absolute(alternates[config.defaultLanguage] ?? urls.home(config.defaultLanguage)))
        page["languages"] = .list(switcher(language: language, alternates: alternates))
        page["translation_missing"] = .flag(config.languages.contains { alternates[$0.code] == nil })
        return page
    }

    /// The variables of `common` that do not depend on the page.
    private func languageVariables(_ language: String) -> [String: TemplateData] {
        let config = model.config
        var variables: [String: TemplateData] = [
            "lang": .text(language),
            "bcp47": .text(config.language(language)?.bcp47 ?? language),
            "site_title": .text(config.title.resolved(language, fallback: config.defaultLanguage)),
            "site_description": .text(config.description.resolved(language, fallback: config.defaultLanguage)),
            "stylesheet": .text(urls.link(stylesheet)),
            "search_url": .text(urls.link(urls.search(language))),
            "indicators_url": .text(urls.link(urls.indicators(language))),
            "tags_url": .text(urls.link(urls.tags(language))),
            "feed_url": .text(urls.link(urls.feed(language))),
            "home_url": .text(urls.link(urls.home(language))),
            "root_url": .text(urls.link("")),
            "t": .object(self.strings(language).values.mapValues(TemplateData.text)),
            "nav_editions": .list(model.editions.map { year in
                ["year": "\(year)", "url": .text(urls.link(urls.edition(year, language)))]
            }),
            "nav_pages": .list(model.pages(language: language).map { page in
                ["title": .text(page.title), "url": .text(urls.link(urls.article(page.id, language)))]
            }),
        ]
        if !model.frozenEditions.isEmpty { variables["archive_url"] = .text(urls.link(urls.archive(language))) }
        if let archivedOn { variables["archived"] = .object(archivedNotice(archivedOn, language: language).mapValues(TemplateData.text)) }
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
    func editionSwitcher(language: String, current: Int, slug: String?) -> [[String: TemplateData]] {
        model.editions.filter { !model.articles(in: $0, language: language).isEmpty }.map { year in
            let twin = slug.flatMap { slug in model.article(ArticleID(edition: year, slug: slug), language: language) }
            return [
                "year": "\(year)",
                "url": .text(urls.link(twin.map { urls.article($0.id, language) } ?? urls.edition(year, language))),
                "current": .flag(year == current),
            ]
        }
    }

    /// Tags with the links to their pages.
    func tagLinks(_ tags: [String], language: String) -> [[String: TemplateData]] {
        tags.map { ["name": .text($0), "url": .text(urls.link(urls.tag($0, language)))] }
    }

    func strings(_ language: String) -> UIStrings {
        strings[language] ?? UIStrings(values: [:], figures: .standard(for: language))
    }
}

private extension PageContext {
    func alternateLinks(_ alternates: [String: String]) -> [[String: TemplateData]] {
        model.config.languages.compactMap { language in
            alternates[language.code].map { ["hreflang": .text(language.bcp47), "href": .text(urls.absolute($0))] }
        }
    }

    /// One entry per other language: the same page in that language, or its home with a note.
    func switcher(language: String, alternates: [String: String]) -> [[String: TemplateData]] {
        model.config.languages.filter { $0.code != language }.map { other in
            let target = alternates[other.code]
            return [
                "name": .text(other.name),
                "bcp47": .text(other.bcp47),
                "url": .text(urls.link(target ?? urls.home(other.code))),
                "missing": .flag(target == nil),
                "missing_note": .text(strings(language)("translation_missing", ["language": other.name])),
            ]
        }
    }
}

/// Page variables made once and only read afterwards, by every core.
private struct SharedVariables: Sendable {
    var byLanguage: [String: [String: TemplateData]] = [:]
}
