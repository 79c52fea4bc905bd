import AlmanacBuild
import AlmanacCore
import ArgumentParser
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Reads Content/ and Templates/ and writes the whole site to Output/. The new site is \
            written beside Output/ and swapped in only when every page is written: a failed build \
            leaves the previous site untouched. Problems are printed as file:line:column: message.
            """
    )

    @OptionGroup var paths: SitePaths

    @Flag(help: "Also build articles marked `draft: true`.")
    var drafts = false

    @Flag(help: "Print files written, files per second, the time of each stage and of each template.")
    var timings = false

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let builder = SiteBuilder(input: paths.input(includeDrafts: drafts))
        switch Result(catching: { () throws(DiagnosticError) in try builder.build() }) {
        case let .success(report):
            DiagnosticPrinter.print(report.warnings)
            let seconds = start.duration(to: clock.now).seconds
            print("Built \(report.pagesWritten) files into \(paths.outputFolder) in \(String(format: "%.2f", seconds)) s")
            if timings { TimingsPrinter.print(report, total: seconds) }
        case let .failure(failure):
            DiagnosticPrinter.fail(failure, output: paths.outputFolder)
        }
    }
}
