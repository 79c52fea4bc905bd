@testable import AlmanacCharts
import AlmanacCore

/// Helpers for tests that expect a chart to be rejected with particular diagnostics.
enum Diagnose {
    static let path = "Content/2025/q3.zh.md"

    /// A location in the test file; specs start on line 10.
    static func at(_ line: Int, _ column: Int, path: String = path) -> AlmanacCore.SourceLocation {
        AlmanacCore.SourceLocation(path: path, line: line, column: column)
    }

    static func chartError(_ messages: [(String, AlmanacCore.SourceLocation)]) -> DiagnosticError {
        DiagnosticError(stage: .chart, diagnostics: messages.map { Diagnostic.error($0.0, at: $0.1) })
    }

    /// The error `ChartSpecReader` throws for `yaml`, or nil when it reads fine.
    static func readError(_ yaml: String) -> DiagnosticError? {
        do {
            _ = try ChartSpecReader().read(TestYAML.parse(yaml, path: path, line: 10))
            return nil
        } catch {
            return error
        }
    }

    /// The error rendering `yaml` throws (reading must succeed), or nil when it renders.
    static func renderError(_ yaml: String, language: String = "zh") throws -> DiagnosticError? {
        let spec = try ChartSpecReader().read(TestYAML.parse(yaml, path: path, line: 10))
        do {
            _ = try ChartRenderer().render(spec, context: Sample.context(language))
            return nil
        } catch {
            return error
        }
    }

    static func spec(_ yaml: String) throws -> ChartSpec {
        try ChartSpecReader().read(TestYAML.parse(yaml, path: path, line: 10))
    }
}
