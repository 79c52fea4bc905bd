import AlmanacCore

/// Model stage: pairs translations, checks they agree, and gathers the indicator dataset.
struct SiteModelBuilder {
    var config: SiteConfig
    var catalogue: IndicatorCatalogue
    var includeDrafts: Bool
    var figureWords: [String: FigureWords] = [:]

    func build(_ parsed: [Article]) throws(DiagnosticError) -> Staged<SiteModel> {
        var problems: [Diagnostic] = []
        let published = parsed.filter { includeDrafts || !$0.draft }
        for article in published where config.language(article.language) == nil {
            problems.append(.error(
                "language \"\(article.language)\" is not in site.yml; rename the file or add the language",
                at: SourceLocation(path: article.path)))
        }
        let translations = Dictionary(grouping: published, by: \.id)
            .mapValues { Dictionary($0.map { ($0.language, $0) }, uniquingKeysWith: { first, _ in first }) }
        for id in translations.keys.sorted() {
            let versions = config.languages.compactMap { translations[id]?[$0.code] }
            problems += TranslationChecker().compare(versions)
            if versions.count < config.languages.count, let present = versions.first {
                let missing = config.languages.map(\.code).filter { translations[id]?[$0] == nil }
                problems.append(.warning(
                    "untranslated: no \(missing.joined(separator: ", ")) version of this article; readers are sent to that language's home",
                    at: SourceLocation(path: present.path)))
            }
        }
        if problems.hasErrors { throw DiagnosticError(stage: .model, diagnostics: problems.sortedByLocation()) }
        var model = SiteModel(
            config: config, catalogue: catalogue,
            articles: published.sorted(by: SiteModel.inSiteOrder),
            translations: translations,
            editions: Set(published.compactMap(\.id.edition)).sorted(by: >),
            dataset: dataset(translations),
            sections: Dictionary(uniqueKeysWithValues: Dictionary(grouping: published, by: SectionKey.init).map {
                ($0.key, $0.key.sorted($0.value))
            }),
            figureWords: figureWords
        )
        model.tagIndex = SiteModel.tagIndex(model.articles)
        model.ledger = RevisionLedger(model.dataset)
        model.articlesByPath = Dictionary(published.map { ($0.pathWithoutLanguage, $0.id) }) { first, _ in first }
        return Staged(model, warnings: problems.sortedByLocation())
    }

    /// Puts `edited` articles (same ids, same languages) in place of their earlier versions: only
    /// their translations are checked again, only their sections re-sorted, and the tag index
    /// rebuilt only when what lists show of them changed. On error `model` is left as it was.
    func update(_ model: inout SiteModel, replacing edited: [Article]) throws(DiagnosticError) {
        try checkTranslations(of: edited, in: model)
        let previous = Dictionary(edited.compactMap { model.article($0.id, language: $0.language) }.map { ($0.path, $0) }) { a, _ in a }
        let relisted = edited.contains { new in previous[new.path].map { !$0.listsLike(new) } ?? true }
        let reordered = edited.contains { new in previous[new.path].map { $0.date != new.date || $0.title != new.title } ?? true }
        replace(edited, in: &model, reordered: reordered)
        if relisted { model.tagIndex = SiteModel.tagIndex(model.articles) }
        // The same figures on the same date (a body edit) leave the dataset as it is.
        let refigured = edited.filter { new in
            previous[new.path].map { $0.indicators != new.indicators || $0.date != new.date } ?? true
        }
        for id in Set(refigured.map(\.id)) {
            let versions = model.translations[id] ?? [:]
            guard let article = config.languages.compactMap({ versions[$0.code] }).first else { continue }
            model.dataset.replaceReports(of: id, with: article.indicators.map {
                IndicatorReport(value: $0, article: id, articleDate: article.date)
            })
        }
        if !refigured.isEmpty { model.ledger = RevisionLedger(model.dataset) }
    }
}

private extension SiteModelBuilder {
    func checkTranslations(of edited: [Article], in model: SiteModel) throws(DiagnosticError) {
        var problems: [Diagnostic] = []
        for id in Set(edited.map(\.id)) {
            let versions = config.languages.compactMap { language in
                edited.first { $0.id == id && $0.language == language.code } ?? model.translations[id]?[language.code]
            }
            problems += TranslationChecker().compare(versions)
        }
        if problems.hasErrors { throw DiagnosticError(stage: .model, diagnostics: problems.sortedByLocation()) }
    }

    func replace(_ edited: [Article], in model: inout SiteModel, reordered: Bool) {
        let editedPaths = Dictionary(edited.map { ($0.path, $0) }) { first, _ in first }
        for article in edited {
            model.translations[article.id]?[article.language] = article
            if let index = model.articles.firstIndex(where: { $0.path == article.path }) { model.articles[index] = article }
        }
        if reordered {
            model.articles.sort(by: SiteModel.inSiteOrder)
        }
        for key in Set(edited.map(SectionKey.init)) {
            let updated = (model.sections[key] ?? []).map { editedPaths[$0.path] ?? $0 }
            model.sections[key] = reordered ? key.sorted(updated) : updated
        }
    }

    /// Versions agree on their figures, so one version per article is enough: the first in language order.
    func dataset(_ translations: [ArticleID: [String: Article]]) -> IndicatorDataset {
        let order = config.languages.map(\.code)
        let reports = translations.values.flatMap { versions -> [IndicatorReport] in
            guard let article = order.lazy.compactMap({ versions[$0] }).first else { return [] }
            return article.indicators.map { IndicatorReport(value: $0, article: article.id, articleDate: article.date) }
        }
        return IndicatorDataset(reports: reports)
    }
}

/// Checks that the language versions of one article carry the same figures.
struct TranslationChecker {
    func compare(_ versions: [Article]) -> [Diagnostic] {
        guard let reference = versions.first else { return [] }
        return versions.dropFirst().flatMap { compare(reference, $0) }
    }

    private func compare(_ first: Article, _ second: Article) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let key = { (value: IndicatorValue) in "\(value.id) \(value.period)" }
        let theirs = Dictionary(second.indicators.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let ours = Set(first.indicators.map(key))
        for value in first.indicators {
            guard let other = theirs[key(value)] else {
                problems.append(.error(
                    "indicator \"\(value.id)\" for \(value.period) is missing from \(second.path); give both versions the same figures",
                    at: value.location))
                continue
            }
            if !value.agrees(with: other) {
                problems.append(.error(
                    "indicator \"\(value.id)\" for \(value.period) is \(describe(value)) here but \(describe(other)) in \(other.location); make both versions agree",
                    at: value.location))
            }
            if value.footnotes.count != other.footnotes.count {
                problems.append(.error(
                    "indicator \"\(value.id)\" for \(value.period) has \(value.footnotes.count) footnote(s) here but "
                        + "\(other.footnotes.count) in \(other.location); translate each footnote, so both versions number the same notes",
                    at: value.location))
            }
        }
        for value in second.indicators where !ours.contains(key(value)) {
            problems.append(.error(
                "indicator \"\(value.id)\" for \(value.period) is missing from \(first.path); give both versions the same figures",
                at: value.location))
        }
        return problems
    }

    private func describe(_ value: IndicatorValue) -> String {
        var text = "\(NumberFormat(decimals: 6, groupsThousands: false).string(value.value).trimmingZeros) (\(value.kind.rawValue)"
        if let qualifier = value.qualifier { text += ", \(qualifier.rawValue)" }
        if let status = value.status { text += ", \(status.rawValue)" }
        return text + ")"
    }
}

extension String {
    /// `2546.180000` → `2546.18`, `8.000000` → `8`.
    var trimmingZeros: String {
        guard contains(".") else { return self }
        var text = Substring(self)
        while text.hasSuffix("0") { text = text.dropLast() }
        if text.hasSuffix(".") { text = text.dropLast() }
        return String(text)
    }
}
