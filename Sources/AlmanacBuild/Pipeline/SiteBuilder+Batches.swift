import AlmanacCore

#if canImport(Glibc)
/// glibc's `malloc_trim`, which its Swift module does not export.
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

extension SiteBuilder {
    /// Pages rendered and written at a time in a full build: enough to keep every core busy,
    /// few enough to keep memory small.
    static let batchSize = 256

    /// Transforms and renders the site batch by batch, handing each batch to `sink` as soon as
    /// it is rendered, then finishes the sink. Returns how many files the site has. The
    /// problems of every batch are collected before failing: every transform problem of every
    /// article, as when all are transformed at once.
    ///
    /// Transformed articles are kept in `state`; when the sink does not keep them, each
    /// article's HTML and chart files are let go of once its page is written, so a build never
    /// holds the HTML of the whole site.
    func transformRenderAndWrite(_ state: inout SiteState, into sink: some PageSink,
                                 _ run: inout StageRunner) throws(DiagnosticError) -> Int {
        let renderer = state.renderer
        let transformer = transformer(state)
        let model = state.model
        var transformProblems: [Diagnostic] = []
        var problems: [Diagnostic] = []
        let (articleBatches, listBatches, searchIndexes) = Self.batches(model.pageTargets)
        let search = SearchIndexLane(writer: SearchIndexWriter(context: renderer.context(model)))
        for (number, batch) in (articleBatches + listBatches).enumerated() {
            if number < articleBatches.count {
                let items = try run.time(.transform) { transform(batch, with: transformer, problems: &transformProblems) }
                for item in items where state.transformed[item.article.key] == nil {
                    state.transformed[item.article.key] = item
                }
                if !transformProblems.hasErrors { try run.time(.render) { search.add(items) } }
            }
            // Once an article fails, the others are still transformed, to report all problems at once.
            if transformProblems.hasErrors { continue }
            if number == articleBatches.count && !sink.keepsArticles { Self.returnFreedMemory() }
            let rendered = try run.time(.render) { [transformed = state.transformed] in
                Result { () throws(DiagnosticError) in try renderer.render(Array(batch), model: model, articles: transformed) }
            }
            switch rendered {
            case let .success(pages) where problems.isEmpty:
                try run.stage(.write) { () throws(DiagnosticError) in Staged(try sink.add(pages)) }
                guard !sink.keepsArticles else { break }
                for case let .article(id, language) in batch {
                    let key = ArticleKey(id, language: language)
                    state.transformed[key]?.body.html = ""
                    state.transformed[key]?.body.charts = []
                }
            case .success:
                break
            case let .failure(error):
                problems += error.diagnostics
            }
        }
        try Self.report(transformProblems, &run)
        if !problems.isEmpty {
            // Through the stage runner, so the error also lists the warnings raised so far.
            return try run.stage(.render) { () throws(DiagnosticError) in
                throw DiagnosticError(stage: .render, diagnostics: problems)
            }
        }
        let indexes = try run.time(.render) { search.pages(searchIndexes) }
        try run.stage(.render) { Staged((), warnings: renderer.templates.unresolvedNames(stringKeys: renderer.stringKeys)) }
        let frozenPages = state.frozen.pages(model.urls)
        return try run.stage(.write) { () throws(DiagnosticError) in
            try sink.add(indexes + renderer.assets.pages + frozenPages)
            return try sink.finish()
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

    /// Fails with every transform error, sorted; or keeps the warnings.
    static func report(_ problems: [Diagnostic], _ run: inout StageRunner) throws(DiagnosticError) {
        guard problems.hasErrors else {
            return try run.stage(.transform) { Staged((), warnings: problems.sortedByLocation()) }
        }
        try run.stage(.transform) { () throws(DiagnosticError) -> Staged<Void> in
            throw DiagnosticError(stage: .transform, diagnostics: problems.sortedByLocation())
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
