import AlmanacCore
import AlmanacTemplates

/// `/<lang>/indicators/`: every indicator grouped by theme, and `/<lang>/indicators/<id>/`: one
/// indicator across all editions, with its vintages and whether targets were met.
struct IndicatorPages {
    var context: PageContext

    func index(language: String) throws(DiagnosticError) -> PageVariables {
        let urls = context.urls
        let ui = context.strings(language)
        let path = urls.indicators(language)
        let alternates = context.everyLanguage(urls.indicators)
        var page = context.common(language: language, path: path, title: ui("indicators_title"),
                                  description: ui("indicators_description"), alternates: alternates)
        page["themes"] = .list(themes(language: language))
        page["data"] = ["csv": .text(urls.link(urls.siteData(language, .csv))), "json": .text(urls.link(urls.siteData(language, .json))),
                        "package": .text(urls.link(urls.siteData(language, .zip)))]
        return PageVariables(path: urls.file(path), values: page)
    }

    func page(_ id: String, language: String) throws(DiagnosticError) -> PageVariables? {
        guard let history = context.model.history(of: id) else { return nil }
        let urls = context.urls
        let name = history.definition.name.resolved(language)
        let path = urls.indicator(id, language)
        let alternates = context.everyLanguage { urls.indicator(id, $0) }
        let ui = context.strings(language)
        var page = context.common(language: language, path: path, title: name,
                                  description: ui("indicator_description", ["name": name]), alternates: alternates)
        let marks = FigureMarks(words: context.model.format(language).words)
        let rows = IndicatorRows(context: context, language: language, history: history, marks: marks)
        let chart = try IndicatorChart(model: context.model, language: language).draw(id, title: name, dataURL: nil)
        var indicator: [String: TemplateData] = [
            "id": .text(id),
            "name": .text(name),
            "unit": .text(history.definition.unit.resolved(language)),
            "chart": .text(chart?.figure ?? ""),
            "figures": .list(rows.figures()),
            "targets": .list(rows.targets()),
            "has_targets": .flag(!history.targets.isEmpty),
            "index_url": .text(urls.link(urls.indicators(language))),
        ]
        indicator.merge(IndicatorAbout(context: context, language: language).fields(history)) { _, new in new }
        let revisions = revisionRows(id, definition: history.definition, language: language)
        indicator["revisions"] = .list(revisions)
        indicator["has_revisions"] = .flag(!revisions.isEmpty)
        page["indicator"] = .object(indicator)
        page.merge(marks.variables()) { _, new in new }
        let updated = history.figures.flatMap { [$0.latest] + $0.vintages }.map(\.articleDate).max()
        page["citation"] = .object(Citation(context: context, language: language).variables(Citation.Subject(
            title: name, date: updated, path: path, edition: nil, key: "almanac-indicator-\(id)-\(language)")))
        page["json_ld"] = .text(DatasetMarkup(context: context, language: language).json(
            name: name, description: history.definition.metadata.definition?[language] ?? ui("indicator_description", ["name": name]),
            path: path, periods: history.figures.map(\.period) + history.targets.map(\.period),
            downloads: Dictionary(uniqueKeysWithValues: DataFormat.allCases.map { ($0, urls.siteData(language, $0)) })))
        var variables = PageVariables(path: urls.file(path), values: page)
        variables.charts = chart.map { [$0.published] } ?? []
        return variables
    }
}

private extension IndicatorPages {
    /// The newest figure of the indicator's own frequency (a year for an annual series), so a
    /// first-half figure is not shown as its latest; the newest of any when it has none.
    func latestOwnFrequency(_ history: IndicatorHistory) -> IndicatorValue? {
        let periods = history.figures.map(\.period)
        let frequency = history.definition.metadata.frequency ?? IndicatorSeriesBuilder.commonFrequency(periods)
        return (history.figures.last { $0.period.frequency == frequency } ?? history.figures.last)?.latest.value
    }

    /// For each figure a later edition changed: as first published, as it stands, and the difference.
    func revisionRows(_ id: String, definition: IndicatorDefinition, language: String) -> [[String: TemplateData]] {
        let format = context.model.format(language)
        return (context.model.ledger.revisions[id] ?? []).reversed().map { revision in
            var row = RevisionRows(context: context, language: language).change(from: revision.first, to: revision.latest,
                                                                                definition: definition)
            row["period"] = .text(format.period(revision.period) + (revision.isTarget ? " · " + format.kind(.target) : ""))
            row["kind"] = .text(context.strings(language)(revision.isCorrection ? "revision_correction" : "revision_scheduled"))
            row["changes"] = .number(revision.changes.count)
            return row
        }
    }

    /// Indicators by theme, themes in the order of the string table, unthemed last.
    func themes(language: String) -> [[String: TemplateData]] {
        let ui = context.strings(language)
        let reported = context.model.catalogue.values.filter { context.model.dataset.reports[$0.id] != nil }
        let grouped = Dictionary(grouping: reported) { $0.theme ?? "other" }
        return grouped.keys.sorted().map { theme in
            let items = grouped[theme, default: []].sorted { $0.name.resolved(language) < $1.name.resolved(language) }
            return [
                "id": .text(theme),
                "title": .text(ui("theme_\(theme)")),
                "indicators": .list(items.map { definition -> [String: TemplateData] in
                    let latest = context.model.history(of: definition.id).flatMap { latestOwnFrequency($0) }
                    var item: [String: TemplateData] = [
                        "name": .text(definition.name.resolved(language)),
                        "url": .text(context.urls.link(context.urls.indicator(definition.id, language))),
                    ]
                    if let latest {
                        let format = context.model.format(language)
                        item["latest"] = .text(format.figure(latest, definition: definition))
                        item["latest_period"] = .text(format.period(latest.period))
                    }
                    return item
                }),
            ]
        }
    }
}

/// Table rows of an indicator page: each value links to the article that reports it.
struct IndicatorRows {
    var context: PageContext
    var language: String
    var history: IndicatorHistory
    var marks: FigureMarks

    func figures() -> [[String: TemplateData]] {
        history.figures.reversed().map { entry in
            var row = cells(entry)
            row["anchor"] = .text(IndicatorValue.anchor(history.definition.id, entry.period, isTarget: false))
            if let verdict = history.verdict(for: entry.period) {
                row["verdict"] = .text(context.strings(language)("verdict_\(verdict.rawValue)"))
                row["verdict_id"] = .text(verdict.rawValue)
            }
            if let target = history.targets.first(where: { $0.period == entry.period }) {
                row["target"] = .text(context.model.format(language).figure(target.latest.value, definition: history.definition))
            }
            return row
        }
    }

    func targets() -> [[String: TemplateData]] {
        history.targets.reversed().map { entry in
            var row = cells(entry)
            row["anchor"] = .text(IndicatorValue.anchor(history.definition.id, entry.period, isTarget: true))
            return row
        }
    }

    private func cells(_ entry: IndicatorHistory.Entry) -> [String: TemplateData] {
        let format = context.model.format(language)
        var row = report(entry.latest)
        row["period"] = .text(format.period(entry.period))
        row["vintages"] = .list(entry.vintages.reversed().map(report))
        row["has_vintages"] = .flag(!entry.vintages.isEmpty)
        return row
    }

    private func report(_ report: IndicatorReport) -> [String: TemplateData] {
        let format = context.model.format(language)
        let version = context.model.article(report.article, language: language)
            ?? context.model.translations[report.article]?.values.first
        var row: [String: TemplateData] = [
            "value": .text(format.figure(report.value, definition: history.definition)),
            "kind": .text(format.kind(report.value.kind)),
            "kind_id": .text(report.value.kind.rawValue),
            "edition": .text(report.article.edition.map(String.init) ?? ""),
            "reported": .text(format.date(report.articleDate)),
        ]
        let written = version?.indicators.first { $0.id == report.value.id && $0.period == report.value.period
            && $0.kind == report.value.kind }
        if let version {
            row["article_title"] = .text(version.title)
            row["article_url"] = .text(context.urls.link(context.urls.article(version.id, version.language)))
            row["note"] = written?.note.map(TemplateData.text)
        }
        marks.mark(&row, status: context.model.ledger.status(of: report.value, in: report.article),
                   footnotes: written?.footnotes ?? [])
        return row
    }
}
