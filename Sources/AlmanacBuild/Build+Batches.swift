import AlmanacCore

#if canImport(Glibc)
/// glibc's `malloc_trim`, which its Swift module does not export.
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

extension SiteBuilder {
    /// Pages rendered and written at a time in a full build: enough to keep every core busy,
    /// few enough to keep memory small.
    static let batchSize = 256

    /// Takes the output's lock and starts the staging folder beside it.
    func beginOutput(_ run: inout StageRunner) throws(DiagnosticError) -> OutputStaging {
        try run.stage("write") { () throws(DiagnosticError) in
            let staging = try OutputWriter(outputRoot: input.outputRoot, keeping: SiteURLs.archiveFolder,
                                           protecting: [input.contentRoot, input.templatesRoot], renames: renames).begin()
            return Staged(staging, warnings: staging.notes)
        }
    }

    /// Transforms, renders and writes the site batch by batch, writing each batch to the staging
    /// folder as soon as it is rendered, so the whole site is never held in memory; then swaps it
    /// in. Returns how many files the site has. The problems of every batch are collected before
    /// failing: every transform problem of every article, as when all are transformed at once.
    ///
    /// Takes the state over, so that each article's HTML is let go of once its page is written.
    func renderAndWrite(_ state: consuming SiteState, into staging: OutputStaging,
                        _ run: inout StageRunner) throws(DiagnosticError) -> Int {
        let renderer = state.renderer
        let frozenPages = state.frozen.pages(renderer.model.urls)
        let transformer = ArticleTransformer(transforms: transforms, context: state.transformContext)
        var transformed = state.transformed
        state.transformed = [:]
        var transformProblems: [Diagnostic] = []
        var problems: [Diagnostic] = []
        let (articleBatches, listBatches, searchIndexes) = Self.batches(renderer.model.pageTargets)
        let search = SearchIndexLane(writer: SearchIndexWriter(context: renderer.context()))
        for (number, batch) in (articleBatches + listBatches).enumerated() {
            if number < articleBatches.count {
                let items = try run.time("transform") { transform(batch, with: transformer, problems: &transformProblems) }
                for item in items where transformed[item.article.key] == nil {
                    transformed[item.article.key] = item
                }
                if !transformProblems.hasErrors { try run.time("render") { search.add(items) } }
            }
            // Once an article fails, the others are still transformed, to report all problems at once.
            if transformProblems.hasErrors { continue }
            if number == articleBatches.count { Self.returnFreedMemory() }
            let rendered = try run.time("render") {
                Result { () throws(DiagnosticError) in try renderer.render(Array(batch), articles: transformed) }
            }
            switch rendered {
            case let .success(pages) where problems.isEmpty:
                try run.stage("write") { () throws(DiagnosticError) in Staged(try staging.add(pages)) }
                for case let .article(id, language) in batch {
                    transformed[ArticleKey(id, language: language)]?.body.html = ""
                }
            case .success:
                break
            case let .failure(error):
                problems += error.diagnostics
            }
        }
        try Self.report(transformProblems, abandoning: staging, &run)
        if !problems.isEmpty {
            staging.abandon()
            // Through the stage runner, so the error also lists the warnings raised so far.
            return try run.stage("render") { () throws(DiagnosticError) in
                throw DiagnosticError(stage: "render", diagnostics: problems)
            }
        }
        let indexes = try run.time("render") { search.pages(searchIndexes) }
        return try run.stage("write") { () throws(DiagnosticError) in
            try staging.add(indexes + renderer.assets.pages + frozenPages)
            let notes = staging.notes.count
            let count = try staging.commit()
            return Staged(count, warnings: Array(staging.notes.dropFirst(notes)))
        }
    }
}

private extension SiteBuilder {
    /// Article pages in batches of `batchSize`, then the other pages: index pages and feeds list
    /// many articles each, so smaller batches of them. The search indexes are built beside the
    /// batches (`SearchIndexLane`): only their languages are returned.
    static func batches(_ targets: [PageTarget])
        -> (articles: [ArraySlice<PageTarget>], lists: [ArraySlice<PageTarget>], searchIndexes: [String]) {
        let articles = targets.prefix { if case .article = $0 { true } else { false } }
        let lists = targets[articles.count...]
        return (Array(articles).chunked(batchSize),
                lists.filter { $0.searchIndexLanguage == nil }.chunked(batchSize / 16),
                lists.compactMap(\.searchIndexLanguage))
    }

    /// Fails with every transform error, sorted, leaving no staging folder; or keeps the warnings.
    static func report(_ problems: [Diagnostic], abandoning staging: OutputStaging,
                       _ run: inout StageRunner) throws(DiagnosticError) {
        guard problems.hasErrors else {
            return try run.stage("transform") { Staged((), warnings: problems.sortedByLocation()) }
        }
        staging.abandon()
        try run.stage("transform") { () throws(DiagnosticError) -> Staged<Void> in
            throw DiagnosticError(stage: "transform", diagnostics: problems.sortedByLocation())
        }
    }

    /// The articles of a batch of article pages, transformed on every core.
    func transform(_ batch: ArraySlice<PageTarget>, with transformer: ArticleTransformer,
                   problems: inout [Diagnostic]) -> [TransformedArticle] {
        let model = transformer.context.model
        let articles = batch.compactMap { target -> Article? in
            guard case let .article(id, language) = target else { return nil }
            return model.article(id, language: language)
        }
        let results = ConcurrentMap.map(articles) { transformer.transform($0) }
        problems += results.flatMap(\.1)
        return results.map(\.0)
    }

    /// Gives the memory of the articles' HTML, let go of batch by batch, back to the system
    /// before the index pages are rendered: glibc keeps freed memory otherwise.
    static func returnFreedMemory() {
        #if canImport(Glibc)
        _ = mallocTrim(0)
        #endif
    }
}

private extension PageTarget {
    var searchIndexLanguage: String? {
        if case let .searchIndex(language) = self { language } else { nil }
    }
}

private extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
