import AlmanacCore
import AlmanacTemplates

/// The pages that list others: each language's home, each edition, and the bilingual root.
struct IndexPages {
    var context: PageContext

    /// `/<lang>/<year>/`: the edition's articles and a table of all its figures.
    func edition(_ year: Int, language: String) throws(DiagnosticError) -> PageVariables {
        let urls = context.urls
        let ui = context.strings(language)
        let path = urls.edition(year, language)
        let languages = context.model.config.languages.map(\.code)
            .filter { !context.model.articles(in: year, language: $0).isEmpty }
        let alternates = Dictionary(uniqueKeysWithValues: languages.map { ($0, urls.edition(year, $0)) })
        let info = context.model.editionInfo[year]
        let title = info?.title?[language] ?? ui("edition_title", ["year": "\(year)"])
        var page = context.common(language: language, path: path, title: title, description: info?.coverage?[language] ?? title,
                                  alternates: alternates)
        let dashboard = Dashboard(context: context)
        let headline = dashboard.headlineIndicators(in: year)
        let marks = FigureMarks(words: context.model.format(language).words)
        let figures = figures(in: year, language: language, marks: marks)
        page.merge(marks.variables()) { _, new in new }
        var edition: [String: TemplateData] = [
            "year": "\(year)",
            "title": .text(title),
            "articles": .list(articleList(context.model.articles(in: year, language: language))),
            "figures": .list(figures),
            "has_figures": .flag(!figures.isEmpty),
            "tiles": .list(dashboard.tiles(headline, in: year, language: language)),
            "charts": .texts(try keyFigureCharts(headline, in: year, language: language)),
            "editions": .list(context.editionSwitcher(language: language, current: year, slug: nil)),
            "data_csv": .text(urls.link(urls.editionData(year, language, .csv))),
            "data_json": .text(urls.link(urls.editionData(year, language, .json))),
            "data_package": .text(urls.link(urls.editionData(year, language, .zip))),
        ]
        // Set only when given: an empty text would still open its section in a template.
        let format = context.model.format(language)
        edition["coverage"] = info?.coverage?[language].map(TemplateData.text)
        edition["about"] = info?.about?[language].map(TemplateData.text)
        edition["published"] = info?.published.map { .text(format.date($0)) }
        edition["published_iso"] = info?.published.map { .text($0.description) }
        edition["next_release"] = info?.nextRelease.map { .text(format.release($0)) }
        if let previous = context.model.previousEdition(before: year) {
            edition["revisions_url"] = .text(urls.link(urls.revisions(year, language)))
            edition["revisions_link"] = .text(ui("revisions_title", ["previous": "\(previous)", "year": "\(year)"]))
        }
        page["edition"] = .object(edition)
        page["citation"] = .object(Citation(context: context, language: language).variables(Citation.Subject(
            title: title, date: info?.published, path: path, edition: nil, key: "almanac-\(year)-\(language)")))
        let frozen = context.model.frozenEditions.contains { $0.year == year }
        let formats = DataFormat.allCases.filter { !frozen || $0 == .csv || $0 == .json }
        page["json_ld"] = .text(DatasetMarkup(context: context, language: language).json(
            name: title, description: info?.coverage?[language] ?? title, path: path,
            periods: context.model.articles(in: year, language: language).flatMap(\.indicators).map(\.period),
            downloads: Dictionary(uniqueKeysWithValues: formats.map { ($0, urls.editionData(year, language, $0)) })))
        return PageVariables(path: urls.file(path), values: page)
    }

    /// `/<lang>/`: the latest edition's articles and figures, and every edition.
    func home(language: String) throws(DiagnosticError) -> PageVariables {
        let urls = context.urls
        let config = context.model.config
        let path = urls.home(language)
        let alternates = context.everyLanguage(urls.home)
        var page = context.common(
            language: language, path: path, title: config.title.resolved(language, fallback: config.defaultLanguage),
            description: config.description.resolved(language, fallback: config.defaultLanguage), alternates: alternates)
        page["og_type"] = "website"
        if let latest = context.model.editions.first {
            let dashboard = Dashboard(context: context)
            let articles = context.model.articles(in: latest, language: language)
            page["latest"] = [
                "year": "\(latest)",
                "url": .text(urls.link(urls.edition(latest, language))),
                "tiles": .list(dashboard.tiles(dashboard.headlineIndicators(in: latest), in: latest, language: language)),
                "articles": .list(articleList(Array(articles.suffix(Self.homeArticles).reversed()))),
                "more": .flag(articles.count > Self.homeArticles),
            ]
        }
        page["editions"] = .list(context.model.editions.map { year in
            ["year": "\(year)", "url": .text(urls.link(urls.edition(year, language))),
             "count": "\(context.model.articles(in: year, language: language).count)"]
        })
        return PageVariables(path: urls.file(path), values: page)
    }

    /// `/`: one page for readers of every language, with no redirect: each language's title,
    /// description and entry link, each marked with its own `lang`.
    func root() throws(DiagnosticError) -> PageVariables {
        let urls = context.urls
        let config = context.model.config
        let alternates = context.everyLanguage(urls.home)
        var page = context.common(
            language: config.defaultLanguage, path: "", title: config.title.resolved(config.defaultLanguage),
            description: config.description.resolved(config.defaultLanguage), alternates: alternates)
        page["entries"] = .list(config.languages.map { language -> [String: TemplateData] in
            [
                "bcp47": .text(language.bcp47),
                "name": .text(language.name),
                "title": .text(config.title.resolved(language.code, fallback: config.defaultLanguage)),
                "description": .text(config.description.resolved(language.code, fallback: config.defaultLanguage)),
                "url": .text(urls.link(urls.home(language.code))),
                "enter": .text(context.strings(language.code)("enter_site")),
            ]
        })
        return PageVariables(path: "index.html", values: page)
    }
}

private extension IndexPages {
    /// The home lists the newest articles of the latest edition; its edition page lists all.
    static let homeArticles = 10

    /// Charts of up to four headline indicators across editions, each linking to the edition's data.
    func keyFigureCharts(_ ids: [String], in year: Int, language: String) throws(DiagnosticError) -> [String] {
        var charts: [String] = []
        for id in ids.prefix(4) {
            guard let definition = context.model.catalogue[id],
                  let chart = try IndicatorChart(model: context.model, language: language)
                      .draw(id, title: definition.name.resolved(language),
                            dataURL: context.urls.link(context.urls.editionData(year, language, .csv)))
            else { continue }
            charts.append(chart.figure)
        }
        return charts
    }

    func articleList(_ articles: [Article]) -> [[String: TemplateData]] {
        ArticleList(context: context).items(articles)
    }

    /// The edition's figures from its articles in `language`, so notes are in the reader's language.
    func figures(in year: Int, language: String, marks: FigureMarks) -> [[String: TemplateData]] {
        let values = context.model.articles(in: year, language: language)
            .flatMap { article in article.indicators.map { (value: $0, article: article.id) } }
            .sorted { ($0.value.id, $0.value.period) < ($1.value.id, $1.value.period) }
        return FigureTable(context: context).rows(values, language: language, marks: marks)
    }
}
