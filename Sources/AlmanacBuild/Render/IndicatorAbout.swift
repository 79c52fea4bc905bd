import AlmanacCore
import AlmanacTemplates

/// "About this indicator" on an indicator page, as Open SDG's metadata tab: what it measures,
/// where it comes from, how often, and when it was last and will next be updated.
struct IndicatorAbout {
    var context: PageContext
    var language: String

    /// `about` (label and text rows, in a fixed order), `has_about`, `related` (`name`, `url`),
    /// `last_updated` and `next_update`.
    func fields(_ history: IndicatorHistory) -> [String: TemplateData] {
        let metadata = history.definition.metadata
        let ui = context.strings(language)
        var rows: [TemplateData] = []
        func add(_ key: String, _ text: String?) {
            if let text, !text.isEmpty { rows.append(["label": .text(ui("about_\(key)")), "text": .text(text)]) }
        }
        add("definition", metadata.definition?[language])
        add("source", metadata.source?[language])
        add("method", metadata.method?[language])
        add("frequency", metadata.frequency.map { ui("frequency_\($0.rawValue)") })
        add("price_basis", metadata.priceBasis.map { ui("price_basis_\($0.rawValue)") })
        add("comparability", metadata.comparability?[language])
        let updated = lastUpdate(history)
        add("last_updated", updated.last)
        add("next_update", updated.next)
        let related = metadata.related.compactMap { id -> TemplateData? in
            guard let definition = context.model.catalogue[id], context.model.dataset.reports[id] != nil else { return nil }
            return ["name": .text(definition.name.resolved(language)), "url": .text(context.urls.link(context.urls.indicator(id, language)))]
        }
        return ["about": .list(rows), "has_about": .flag(!rows.isEmpty || !related.isEmpty), "related": .list(related),
                "has_related": .flag(!related.isEmpty)]
    }

    /// The newest edition reporting the indicator, with its publication date when it gives one,
    /// and that edition's next release.
    private func lastUpdate(_ history: IndicatorHistory) -> (last: String?, next: String?) {
        guard let year = history.figures.flatMap({ [$0.latest] + $0.vintages }).compactMap(\.article.edition).max()
        else { return (nil, nil) }
        let format = context.model.format(language)
        let info = context.model.editionInfo[year]
        let edition = info?.title?[language] ?? context.strings(language)("edition_title", ["year": "\(year)"])
        let last = info?.published.map { "\(edition) (\(format.date($0)))" } ?? edition
        return (last, info?.nextRelease.map(format.release))
    }
}
