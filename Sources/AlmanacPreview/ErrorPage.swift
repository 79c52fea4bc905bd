import AlmanacCore

/// The page shown instead of the site while the sources have errors.
enum ErrorPage {
    static func html(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { diagnostic in
            let severity = diagnostic.severity.rawValue
            let location = diagnostic.location.map { "<code>\(escape($0.description))</code> " } ?? ""
            let reasons = diagnostic.reasons.map { "<br><small>reason: \(escape($0))</small>" }.joined()
            return "<li class=\"\(severity)\">\(location)<strong>\(severity):</strong> \(escape(diagnostic.message))\(reasons)</li>"
        }.joined(separator: "\n")
        let errors = diagnostics.filter { $0.severity == .error }.count
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build failed: \(errors) error\(errors == 1 ? "" : "s")</title>
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
            li { margin: 0.75rem 0; } code { font-size: 0.9rem; } .error strong { color: #b00020; } .warning strong { color: #8a5a00; }
            </style></head>
            <body>
            <h1>The site has \(errors) error\(errors == 1 ? "" : "s")</h1>
            <p>Fix them and save: this page reloads by itself.</p>
            <ul>
            \(items)
            </ul>
            </body>
            </html>
            """
    }

    private static func escape(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
