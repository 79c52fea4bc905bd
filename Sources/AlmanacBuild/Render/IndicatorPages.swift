import AlmanacCore

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
        page["themes"] = themes(language: language)
        page["data"] = ["csv": urls.link(urls.siteData(language, .csv)), "json": urls.link(urls.siteData(language, .json)),
                        "package": urls.link(urls.siteData(language, .zip))]
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
        var indicator: [String: Any] = [
            "id": id,
            "name": name,
            "unit": history.definition.unit.resolved(language),
            "chart": chart?.figure ?? "",
            "figures": rows.figures(),
            "targets": rows.targets(),
            "has_targets": !history.targets.isEmpty,
            "index_url": urls.link(urls.indicators(language)),
        ]
        indicator.merge(IndicatorAbout(context: context, language: language).fields(history)) { _, new in new }
        let revisions = revisionRows(id, definition: history.definition, language: language)
        indicator["revisions"] = revisions
        indicator["has_revisions"] = !revisions.isEmpty
        page["indicator"] = indicator
        page.merge(marks.variables()) { _, new in new }
        let updated = history.figures.flatMap { [$0.latest] + $0.vintages }.map(\.articleDate).max()
        page["citation"] = Citation(context: context, language: language).variables(Citation.Subject(
            title: name, date: updated, path: path, edition: nil, key: "almanac-indicator-\(id)-\(language)"))
        page["json_ld"] = DatasetMarkup(context: context, language: language).json(
            name: name, description: history.definition.metadata.definition?[language] ?? ui("indicator_description", ["name": name]),
            path: path, periods: history.figures.map(\.period) + history.targets.map(\.period),
            downloads: Dictionary(uniqueKeysWithValues: DataFormat.allCases.map { ($0, urls.siteData(language, $0)) }))
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
    func revisionRows(_ id: String, definition: IndicatorDefinition, language: String) -> [[String: Any]] {
        let format = context.model.format(language)
        return (context.model.ledger.revisions[id] ?? []).reversed().map { revision in
            var row = RevisionRows(context: context, language: language).change(from: revision.first, to: revision.latest,
                                                                                definition: definition)
            row["period"] = format.period(revision.period) + (revision.isTarget ? " · " + format.kind(.target) : "")
            row["kind"] = context.strings(language)(revision.isCorrection ? "revision_correction" : "revision_scheduled")
            row["changes"] = revision.changes.count
            return row
        }
    }

    /// Indicators by theme, themes in the order of the string table, unthemed last.
    func themes(language: String) -> [[String: Any]] {
        let ui = context.strings(language)
        let reported = context.model.catalogue.values.filter { context.model.dataset.reports[$0.id] != nil }
        let grouped = Dictionary(grouping: reported) { $0.theme ?? "other" }
        return grouped.keys.sorted().map { theme in
            let items = grouped[theme, default: []].sorted { $0.name.resolved(language) < $1.name.resolved(language) }
            return [
                "id": theme,
                "title": ui("theme_\(theme)"),
                "indicators": items.map { definition -> [String: Any] in
                    let latest = context.model.history(of: definition.id).flatMap { latestOwnFrequency($0) }
                    var item: [String: Any] = [
                        "name": definition.name.resolved(language),
                        "url": context.urls.link(context.urls.indicator(definition.id, language)),
                    ]
                    if let latest {
                        let format = context.model.format(language)
                        item["latest"] = format.figure(latest, definition: definition)
                        item["latest_period"] = format.period(latest.period)
                    }
                    return item
                },
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

    func figures() -> [[String: Any]] {
        history.figures.reversed().map { entry in
            var row = cells(entry)
            row["anchor"] = IndicatorValue.anchor(history.definition.id, entry.period, isTarget: false)
            if let verdict = history.verdict(for: entry.period) {
                row["verdict"] = context.strings(language)("verdict_\(verdict.rawValue)")
                row["verdict_id"] = verdict.rawValue
            }
            if let target = history.targets.first(where: { $0.period == entry.period }) {
                row["target"] = context.model.format(language).figure(target.latest.value, definition: history.definition)
            }
            return row
        }
    }

    func targets() -> [[String: Any]] {
        history.targets.reversed().map { entry in
            var row = cells(entry)
            row["anchor"] = IndicatorValue.anchor(history.definition.id, entry.period, isTarget: true)
            return row
        }
    }

    private func cells(_ entry: IndicatorHistory.Entry) -> [String: Any] {
        let format = context.model.format(language)
        var row = report(entry.latest)
        row["period"] = format.period(entry.period)
        row["vintages"] = entry.vintages.reversed().map(report)
        row["has_vintages"] = !entry.vintages.isEmpty
        return row
    }

    private func report(_ report: IndicatorReport) -> [String: Any] {
        let format = context.model.format(language)
        let version = context.model.article(report.article, language: language)
            ?? context.model.translations[report.article]?.values.first
        var row: [String: Any] = [
            "value": format.figure(report.value, definition: history.definition),
            "kind": format.kind(report.value.kind),
            "kind_id": report.value.kind.rawValue,
            "edition": report.article.edition.map(String.init) ?? "",
            "reported": format.date(report.articleDate),
        ]
        let written = version?.indicators.first { $0.id == report.value.id && $0.period == report.value.period
            && $0.kind == report.value.kind }
        if let version {
            row["article_title"] = version.title
            row["article_url"] = context.urls.link(context.urls.article(version.id, version.language))
            row["note"] = written?.note
        }
        marks.mark(&row, status: context.model.ledger.status(of: report.value, in: report.article),
                   footnotes: written?.footnotes ?? [])
        return row
    }
}
