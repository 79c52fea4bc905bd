import AlmanacCore

extension SiteBuilder {
    /// Pages rendered and written at a time in a full build: enough to keep every core busy,
    /// few enough to keep memory small.
    static let batchSize = 512

    /// Renders the site batch by batch, writing each batch to the staging folder as soon as it is
    /// rendered, so the whole site is never held in memory; then swaps it in. Returns how many
    /// files the site has. Render problems of every batch are collected before failing.
    func renderAndWrite(_ state: SiteState, _ run: inout StageRunner) throws(DiagnosticError) -> Int {
        let renderer = state.renderer
        let staging = try run.stage("write") { () throws(DiagnosticError) in
            Staged(try OutputWriter(outputRoot: input.outputRoot).begin())
        }
        var problems: [Diagnostic] = []
        for batch in renderer.model.pageTargets.chunked(Self.batchSize) {
            let rendered = try run.time("render") {
                Result { () throws(DiagnosticError) in try renderer.render(Array(batch), articles: state.transformed) }
            }
            switch rendered {
            case let .success(pages) where problems.isEmpty:
                try run.stage("write") { () throws(DiagnosticError) in Staged(try staging.add(pages)) }
            case .success:
                break
            case let .failure(error):
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty {
            staging.abandon()
            return try run.stage("render") { () throws(DiagnosticError) in
                throw DiagnosticError(stage: "render", diagnostics: problems)
            }
        }
        return try run.stage("write") { () throws(DiagnosticError) in
            try staging.add(renderer.assets.pages)
            return Staged(try staging.commit())
        }
    }
}

private extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
