import AlmanacCore
import AlmanacTemplates

/// The search page of each language and the site's bilingual 404 page.
struct UtilityPages {
    var context: PageContext

    /// `/<lang>/search/`: an instant search over the build-time index; without JavaScript it
    /// points readers to the indicator and tag indexes instead.
    func search(language: String) throws(DiagnosticError) -> PageVariables {
        let urls = context.urls
        let ui = context.strings(language)
        let path = urls.search(language)
        let alternates = context.everyLanguage(urls.search)
        var page = context.common(language: language, path: path, title: ui("search_title"), description: ui("search_title"),
                                  alternates: alternates)
        page["search"] = [
            "index_url": .text(urls.link(urls.searchIndex(language))),
            "script_url": .text(urls.link(context.script)),
        ]
        return PageVariables(path: urls.file(path), values: page)
    }

    /// `/404.html`: served by static hosts for any missing page, in every language at once.
    func notFound() throws(DiagnosticError) -> PageVariables {
        let urls = context.urls
        let config = context.model.config
        let language = config.defaultLanguage
        var page = context.common(language: language, path: "404.html", title: context.strings(language)("not_found_title"),
                                  description: context.strings(language)("not_found_title"), alternates: [:])
        page["noindex"] = true
        page["entries"] = .list(config.languages.map { language -> [String: TemplateData] in
            let ui = context.strings(language.code)
            return ["bcp47": .text(language.bcp47), "title": .text(ui("not_found_title")), "text": .text(ui("not_found_text")),
                    "home": .text(ui("not_found_home")), "url": .text(urls.link(urls.home(language.code))),
                    "search": .text(ui("search_title")), "search_url": .text(urls.link(urls.search(language.code)))]
        })
        return PageVariables(path: "404.html", values: page)
    }
}
