import AlmanacBuild
import AlmanacCore
import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site for problems without writing anything.",
        discussion: "Runs every build stage except writing, and prints every problem as file:line:column: message."
    )

    @OptionGroup var paths: SitePaths

    @Flag(help: "Also check articles marked `draft: true`.")
    var drafts = false

    func run() throws {
        let builder = SiteBuilder(input: paths.input(includeDrafts: drafts))
        switch Result(catching: { () throws(DiagnosticError) in try builder.check() }) {
        case let .success(report):
            DiagnosticPrinter.print(report.warnings)
            let count = report.warnings.count
            print("No errors; \(count) warning\(count == 1 ? "" : "s"); \(report.pagesWritten) files would be written")
        case let .failure(failure):
            DiagnosticPrinter.fail(failure, output: paths.outputFolder)
        }
    }
}
