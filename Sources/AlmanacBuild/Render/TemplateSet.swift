import AlmanacCore
import AlmanacTemplates

/// The site's Mustache templates, compiled once and shared by every page render.
struct TemplateSet: Sendable {
    /// Templates every site's `Templates/` must provide: one per kind of page for readers.
    static let required = PageTarget.everyKind.compactMap(\.template) + [ChartPages.template]
    let library: TemplateLibrary
    /// Shared by every copy of the set, so each render of a build is counted once.
    let metrics = TemplateMetrics()

    /// The templates folder as diagnostics name it, for templates that are missing.
    let label: String

    /// Compiles every template; each syntax error is located at its template line and column.
    init(_ sources: [String: SourceFile], label: String = "Templates") throws(DiagnosticError) {
        var problems = Self.unresolved(sources)
        for name in Self.required where sources[name] == nil {
            problems.append(.error("missing template \(name).mustache; every site needs it", at: SourceLocation(path: "\(label)/\(name).mustache")))
        }
        do {
            library = try TemplateLibrary(sources.mapValues(\.text))
        } catch {
            problems += error.errors.sorted { $0.key < $1.key }.map { name, error in
                .error("template syntax: \(error.message); check the {{…}} tags here", at: SourceLocation(
                    path: sources[name]?.path ?? "\(label)/\(name).mustache", line: error.position.line, column: error.position.column))
            }
            throw DiagnosticError(stage: .render, diagnostics: problems.sortedByLocation())
        }
        if problems.hasErrors { throw DiagnosticError(stage: .render, diagnostics: problems) }
        self.label = label
    }

    /// Renders `context` with the template `name`.
    func render(_ name: String, _ context: [String: Any]) throws(DiagnosticError) -> String {
        let clock = ContinuousClock()
        let start = clock.now
        guard let html = library.render(name, TemplateData(page: context)) else {
            throw DiagnosticError(stage: .render, diagnostics: [.error(
                "no template named \(name); add Templates/\(name).mustache", at: nil)])
        }
        metrics.record(name, seconds: start.duration(to: clock.now).seconds)
        guard !html.isEmpty else {
            throw DiagnosticError(stage: .render, diagnostics: [.error(
                "template \(name) rendered an empty page; check that it and the templates it includes have content",
                at: SourceLocation(path: "\(label)/\(name).mustache"))])
        }
        return html
    }

    /// An error for each partial or parent a template names that no file provides: Mustache
    /// renders a missing one as nothing, which would publish pages without a head or a body.
    static func unresolved(_ sources: [String: SourceFile]) -> [Diagnostic] {
        sources.sorted { $0.key < $1.key }.flatMap { name, file in
            TemplateReference.all(in: file.text).filter { sources[$0.name] == nil }.map { reference in
                .error("no template \"\(reference.name)\" for this {{\(reference.isParent ? "<" : ">") …}}: "
                       + "add Templates/\(reference.name).mustache or fix the name",
                       at: SourceLocation(path: file.path, line: reference.line, column: reference.column))
            }
        }
    }
}
