import AlmanacBuild
import AlmanacCore
import Foundation

/// Prints diagnostics to standard error, one per line, as compilers do.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            standardError(diagnostic.description)
        }
    }

    /// Prints a failed build's diagnostics and a summary, then exits non-zero.
    static func fail(_ failure: DiagnosticError, output: String) -> Never {
        print(failure.diagnostics)
        let count = failure.diagnostics.filter { $0.severity == .error }.count
        standardError("error: \(failure.stage) failed with \(count) error\(count == 1 ? "" : "s"); \(output) was left as it was")
        Foundation.exit(1)
    }

    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// `--timings`: where a build's time went.
enum TimingsPrinter {
    static func print(_ report: BuildReport, total: Double) {
        let rate = total > 0 ? Double(report.pagesWritten) / total : 0
        Swift.print("files written: \(report.pagesWritten), \(String(format: "%.0f", rate)) files/s")
        for (stage, seconds) in report.timings {
            Swift.print("  \(stage.padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(format: "%8.1f", seconds * 1000)) ms")
        }
        guard !report.templates.isEmpty else { return }
        // Summed over every core, so the total can exceed the render stage's time.
        Swift.print("templates (time inside each, partials included, all cores added up):")
        for timing in report.templates {
            let name = timing.template.padding(toLength: 10, withPad: " ", startingAt: 0)
            Swift.print("  \(name) \(String(format: "%6d", timing.pages)) \(timing.pages == 1 ? "page " : "pages") \(String(format: "%8.1f", timing.seconds * 1000)) ms"
                        + "  mean \(String(format: "%.2f", timing.seconds * 1000 / Double(timing.pages))) ms"
                        + "  longest \(String(format: "%.2f", timing.longest * 1000)) ms")
        }
    }
}
