import AlmanacCore
import AlmanacTemplates

/// `/<lang>/<year>/revisions/`: what changed in an edition since the one before it, from the
/// revision ledger: figures revised or corrected, figures first published, figures no longer
/// reported, and targets whose verdict changed.
struct RevisionsPage {
    var context: PageContext

    func page(_ year: Int, language: String) throws(DiagnosticError) -> PageVariables? {
        guard let previous = context.model.previousEdition(before: year) else { return nil }
        let urls = context.urls
        let ui = context.strings(language)
        let path = urls.revisions(year, language)
        let title = ui("revisions_title", ["previous": "\(previous)", "year": "\(year)"])
        let languages = context.model.config.languages.map(\.code).filter { !context.model.articles(in: year, language: $0).isEmpty }
        var page = context.common(language: language, path: path, title: title, description: title,
                                  alternates: Dictionary(uniqueKeysWithValues: languages.map { ($0, urls.revisions(year, $0)) }))
        let revised = revisedRows(year, language: language)
        let new = newRows(year, language: language)
        let dropped = droppedRows(year, previous: previous, language: language)
        let verdicts = verdictRows(year, previous: previous, language: language)
        page["revisions"] = [
            "year": "\(year)", "previous": "\(previous)", "title": .text(title),
            "edition_url": .text(urls.link(urls.edition(year, language))),
            "previous_url": .text(urls.link(urls.edition(previous, language))),
            "revised": .list(revised), "has_revised": .flag(!revised.isEmpty),
            "new": .list(new), "has_new": .flag(!new.isEmpty),
            "dropped": .list(dropped), "has_dropped": .flag(!dropped.isEmpty),
            "verdicts": .list(verdicts), "has_verdicts": .flag(!verdicts.isEmpty),
            "nothing": .flag(revised.isEmpty && new.isEmpty && dropped.isEmpty && verdicts.isEmpty),
        ]
        return PageVariables(path: urls.file(path), values: page)
    }
}

private extension RevisionsPage {
    /// Reports of this edition that changed a figure an earlier edition published.
    func revisedRows(_ year: Int, language: String) -> [[String: TemplateData]] {
        context.model.ledger.revisions.keys.sorted().flatMap { id -> [[String: TemplateData]] in
            guard let definition = context.model.catalogue[id] else { return [] }
            return (context.model.ledger.revisions[id] ?? []).flatMap { revision -> [[String: TemplateData]] in
                let chain = [revision.first] + revision.changes
                return zip(chain, chain.dropFirst()).filter { $0.1.article.edition == year }.map { before, after in
                    var row = RevisionRows(context: context, language: language).change(from: before, to: after, definition: definition)
                    row["period"] = .text(context.model.format(language).period(revision.period))
                    return row
                }
            }
        }
    }

    /// Figures this edition publishes for the first time (an indicator and period no earlier
    /// edition reported).
    func newRows(_ year: Int, language: String) -> [[String: TemplateData]] {
        let format = context.model.format(language)
        return context.model.dataset.reports.keys.sorted().flatMap { id -> [[String: TemplateData]] in
            guard let definition = context.model.catalogue[id] else { return [] }
            let reports = context.model.dataset.reports[id] ?? []
            // The first edition of each period (targets apart), found in one pass.
            var firstEdition: [Slot: Int] = [:]
            for report in reports {
                let slot = Slot(period: report.value.period, isTarget: report.value.kind == .target)
                firstEdition[slot] = min(firstEdition[slot] ?? .max, report.article.edition ?? .max)
            }
            return reports.filter { report in
                report.article.edition == year
                    && firstEdition[Slot(period: report.value.period, isTarget: report.value.kind == .target)] == year
            }.map { report in
                row(definition, language: language, [
                    "period": .text(format.period(report.value.period)),
                    "value": .text(format.figure(report.value, definition: definition)), "kind": .text(format.kind(report.value.kind)),
                ])
            }
        }
    }

    /// Indicators the previous edition reported that this one does not.
    func droppedRows(_ year: Int, previous: Int, language: String) -> [[String: TemplateData]] {
        let now = Set(context.model.dataset.reports(in: year).map(\.value.id))
        let before = Set(context.model.dataset.reports(in: previous).map(\.value.id))
        return before.subtracting(now).sorted().compactMap { id in
            context.model.catalogue[id].map { row($0, language: language, [:]) }
        }
    }

    /// Targets whose verdict reads differently with this edition's figures than with those known before.
    func verdictRows(_ year: Int, previous: Int, language: String) -> [[String: TemplateData]] {
        let ui = context.strings(language)
        let format = context.model.format(language)
        return context.model.dataset.reports.keys.sorted().flatMap { id -> [[String: TemplateData]] in
            guard let definition = context.model.catalogue[id] else { return [] }
            let reports = context.model.dataset.reports[id] ?? []
            let before = IndicatorHistory(definition: definition, reports: reports.filter { ($0.article.edition ?? .max) <= previous })
            let after = IndicatorHistory(definition: definition, reports: reports.filter { ($0.article.edition ?? .max) <= year })
            return after.targets.compactMap { target -> [String: TemplateData]? in
                guard let now = after.verdict(for: target.period), before.verdict(for: target.period) != now else { return nil }
                let then = before.verdict(for: target.period)
                return row(definition, language: language, [
                    "period": .text(format.period(target.period)),
                    "before": .text(then.map { ui("verdict_\($0.rawValue)") } ?? ui("revisions_no_verdict")),
                    "after": .text(ui("verdict_\(now.rawValue)")),
                ])
            }
        }
    }

    struct Slot: Hashable {
        var period: Period
        var isTarget: Bool
    }

    func row(_ definition: IndicatorDefinition, language: String, _ fields: [String: TemplateData]) -> [String: TemplateData] {
        var row = fields
        row["name"] = .text(definition.name.resolved(language))
        row["url"] = .text(context.urls.link(context.urls.indicator(definition.id, language)))
        return row
    }
}

/// Rows describing one change of a figure, shared by the revisions page and indicator pages.
struct RevisionRows {
    var context: PageContext
    var language: String

    /// `from` and `to` values with the editions and dates of each, the difference, and whether
    /// the change was a correction.
    func change(from before: IndicatorReport, to after: IndicatorReport, definition: IndicatorDefinition) -> [String: TemplateData] {
        let format = context.model.format(language)
        let ui = context.strings(language)
        var row: [String: TemplateData] = [
            "name": .text(definition.name.resolved(language)),
            "url": .text(context.urls.link(context.urls.indicator(definition.id, language))),
            "anchor": .text(after.value.anchor),
            "from": .text(format.figure(before.value, definition: definition)),
            "from_edition": .text(before.article.edition.map(String.init) ?? ""),
            "from_date": .text(format.date(before.articleDate)),
            "to": .text(format.figure(after.value, definition: definition)),
            "to_edition": .text(after.article.edition.map(String.init) ?? ""),
            "to_date": .text(format.date(after.articleDate)),
            "kind": .text(ui(after.value.correction ? "revision_correction" : "revision_scheduled")),
            "is_correction": .flag(after.value.correction),
        ]
        row["difference"] = difference(before.value, after.value, definition: definition).map(TemplateData.text)
        return row
    }

    /// `+0.3个百分点` / `-1.2 pp` for percentages, the signed amount otherwise; nil when either
    /// side is a bound, where a difference would claim more than the sources.
    func difference(_ before: IndicatorValue, _ after: IndicatorValue, definition: IndicatorDefinition) -> String? {
        guard !(before.qualifier?.hidesTheValue ?? false), !(after.qualifier?.hidesTheValue ?? false) else { return nil }
        let format = context.model.format(language)
        let delta = after.value - before.value
        let decimals = min(definition.decimals, max(before.writtenDecimals, after.writtenDecimals))
        let sign = delta > 0 ? "+" : (delta < 0 ? "-" : "±")
        if definition.isPercentage {
            let points = format.number(abs(delta), decimals: decimals)
            return sign + context.strings(language)("change_points", ["points": points])
        }
        return sign + format.figure(abs(delta), decimals: decimals, qualifier: nil, definition: definition)
    }
}
