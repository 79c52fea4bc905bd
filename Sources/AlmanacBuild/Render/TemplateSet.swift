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
    /// Each template's file as diagnostics name it.
    let paths: [String: String]

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
        paths = sources.mapValues(\.path)
    }

    /// Renders `context` with the template `name`, as the UTF-8 bytes pages are written in.
    func renderBytes(_ name: String, _ context: [String: TemplateData]) throws(DiagnosticError) -> [UInt8] {
        let clock = ContinuousClock()
        let start = clock.now
        let data = TemplateData.object(context)
        #if DEBUG
        try Self.checkDeclared(name, data)
        #endif
        guard let html = library.renderBytes(name, data) else {
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

    /// A warning for each name the templates use that no page of their kinds declares
    /// (`PageFields`), at its template line and column, with the closest name declared there.
    func unresolvedNames(stringKeys: Set<String>) -> [Diagnostic] {
        TemplateChecker.unresolvedNames(in: library, pages: PageFields.byTemplate(stringKeys: stringKeys)).map { unresolved in
            let suggestion = EditDistance.closest(to: unresolved.name, in: unresolved.available)
                .map { "; did you mean {{\($0)}}?" } ?? "; check its spelling against the template variables in the README"
            return .warning("no page gives {{\(unresolved.name)}} a value\(suggestion)", at: SourceLocation(
                path: paths[unresolved.template] ?? "\(label)/\(unresolved.template).mustache",
                line: unresolved.position.line, column: unresolved.position.column))
        }.sortedByLocation()
    }

    /// Debug builds (the tests) hold every page to its declared fields, so the declarations the
    /// templates are checked against stay true.
    static func checkDeclared(_ name: String, _ data: TemplateData) throws(DiagnosticError) {
        guard let declared = declaredFields[name] else { return }
        let mismatches = declared.mismatches(of: data)
        guard mismatches.isEmpty else {
            throw DiagnosticError(stage: .render, diagnostics: [.error(
                "a page of \(name).mustache does not match its fields in PageFields: \(mismatches.joined(separator: "; "))", at: nil)])
        }
    }

    private static let declaredFields = PageFields.byTemplate(stringKeys: [])

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
