import AlmanacBuild
import AlmanacCore
import ArgumentParser
import Foundation

struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Freeze an edition as published.",
        discussion: """
            Renders the edition's pages and data files once more, with private copies of the \
            stylesheet and scripts and a notice saying when the edition was frozen, into \
            Output/archive/<year>/ with a manifest of every file's size and SHA-256. Commit that \
            folder: later builds publish the frozen files at their original addresses instead of \
            rendering the edition again. Then rebuilds the site.
            """
    )

    @Argument(help: "The edition to freeze, e.g. 2025.")
    var year: Int

    @Flag(help: "Freeze again an edition that is already frozen, from the current sources.")
    var force = false

    @Option(help: "The freeze date to record, YYYY-MM-DD. Default: today.")
    var date: String?

    @OptionGroup var paths: SitePaths

    func validate() throws {
        if let date, CalendarDate(date) == nil { throw ValidationError("--date must be a day that exists, written YYYY-MM-DD, e.g. 2026-11-21") }
    }

    func run() throws {
        let input = paths.input(includeDrafts: false)
        let day = date.flatMap(CalendarDate.init) ?? Self.today()
        switch Result(catching: { () throws(DiagnosticError) in
            try EditionFreezer(input: input).freeze(year, on: day, replacing: force)
        }) {
        case let .success(report):
            DiagnosticPrinter.print(report.warnings)
            print("Froze edition \(report.year) on \(day): \(report.files) files, \(report.bytes) bytes in \(report.folder)")
        case let .failure(failure):
            DiagnosticPrinter.fail(failure, output: input.archiveLabel)
        }
        switch Result(catching: { () throws(DiagnosticError) in try SiteBuilder(input: input).build() }) {
        case let .success(report):
            print("Rebuilt the site: \(report.pagesWritten) files in \(paths.outputFolder)")
        case let .failure(failure):
            DiagnosticPrinter.fail(failure, output: paths.outputFolder)
        }
    }

    /// Today in the local time zone, as people date their records.
    static func today() -> CalendarDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate("\(parts.year!)-\(pad(parts.month!))-\(pad(parts.day!))")!
    }

    static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
