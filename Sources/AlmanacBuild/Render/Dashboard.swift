import AlmanacCore
import AlmanacTemplates

/// Headline figures of an edition as KPI tiles, each with its change against the previous edition.
struct Dashboard {
    var context: PageContext
    static let maximumTiles = 6

    /// Indicators flagged `headline: true` that the edition reports; without flags, those it
    /// shares with other editions, which are the ones a reader can follow over time; failing
    /// both, the first figures its articles report.
    func headlineIndicators(in year: Int) -> [String] {
        let reported = Set(context.model.dataset.reports(in: year).map(\.value.id))
        let flagged = reported.filter { context.model.catalogue[$0]?.headline == true }
        let recurring = reported.filter { id in Set(context.model.dataset.reports[id, default: []].compactMap(\.article.edition)).count > 1 }
        if !flagged.isEmpty || !recurring.isEmpty {
            return Array((flagged.isEmpty ? recurring : flagged).sorted().prefix(Self.maximumTiles))
        }
        // An edition that shares nothing with the others still has key figures: its first ones.
        var seen: Set<String> = []
        let articles = context.model.articles(in: year, language: context.model.config.defaultLanguage)
        return Array(articles.flatMap { $0.indicators.map(\.id) }.filter { seen.insert($0).inserted }.prefix(Self.maximumTiles))
    }

    func tiles(_ ids: [String], in year: Int, language: String) -> [[String: TemplateData]] {
        ids.compactMap { tile($0, year: year, language: language) }
    }
}

private extension Dashboard {
    func tile(_ id: String, year: Int, language: String) -> [String: TemplateData]? {
        guard let definition = context.model.catalogue[id],
              let current = latest(id, in: year) else { return nil }
        let format = context.model.format(language)
        var tile: [String: TemplateData] = [
            "name": .text(definition.name.resolved(language)),
            "value": .text(format.figure(current.value, definition: definition)),
            "period": .text(format.period(current.value.period)),
            "kind": .text(format.kind(current.value.kind)),
            "is_actual": .flag(current.value.kind == .actual),
            "url": .text(context.urls.link(context.urls.indicator(id, language))),
        ]
        if let status = context.model.ledger.status(of: current.value, in: current.article), !format.words.flag(status).isEmpty {
            tile["status_flag"] = .text(format.words.flag(status))
            tile["status"] = .text(format.words.status(status))
        }
        if let previousYear = context.model.editions.first(where: { $0 < year }),
           let previous = latest(id, in: previousYear), Self.comparable(previous.value, current.value) {
            tile["change"] = .text(change(from: previous.value, to: current.value, definition: definition, language: language))
            tile["change_direction"] = current.value.value >= previous.value.value ? "up" : "down"
        }
        return tile
    }

    /// A change between two figures says something only when both are results for periods of
    /// the same length, and neither is a bound or a band (`over`, `about`, `in the top 10`).
    static func comparable(_ old: IndicatorValue, _ new: IndicatorValue) -> Bool {
        old.kind != .target && new.kind != .target && old.period != new.period
            && old.period.frequency == new.period.frequency
            && !(old.qualifier?.hidesTheValue ?? false) && !(new.qualifier?.hidesTheValue ?? false)
    }

    /// The edition's report for its latest period, preferring figures over targets.
    func latest(_ id: String, in year: Int) -> IndicatorReport? {
        let reports = context.model.dataset.reports[id, default: []].filter { $0.article.edition == year }
        return reports.filter { $0.value.kind != .target }.last ?? reports.last
    }

    /// `▲ 0.5个百分点（2024年：5.5%）` / `▲ 0.5 percentage points (2024: 5.5%)`; percentages
    /// change by points, other figures by percent.
    func change(from old: IndicatorValue, to new: IndicatorValue, definition: IndicatorDefinition, language: String) -> String {
        let format = context.model.format(language)
        let ui = context.strings(language)
        let arrow = new.value >= old.value ? "▲" : "▼"
        let difference: String
        if definition.isPercentage {
            let points = format.number(abs(new.value - old.value), decimals: max(old.writtenDecimals, new.writtenDecimals))
            difference = ui("change_points", ["points": points])
        } else if old.value != 0 {
            let percent = format.number(abs(new.value - old.value) / abs(old.value) * 100, decimals: 1)
            difference = "\(percent)%"
        } else {
            return ""
        }
        return ui("change_against", ["arrow": arrow, "difference": difference, "period": format.period(old.period),
                                     "value": format.figure(old, definition: definition)])
    }
}
