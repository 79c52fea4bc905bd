import AlmanacArchive
import AlmanacBuild
import AlmanacCore
import ArgumentParser
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every frozen edition against its manifest.",
        discussion: """
            Hashes every file under Output/archive/<year>/ and names each file that changed, is \
            missing or was added since the edition was frozen, and each published copy in Output/ \
            that differs from its frozen file. Exits non-zero on any mismatch.
            """
    )

    @OptionGroup var paths: SitePaths

    func run() throws {
        let input = paths.input(includeDrafts: false)
        let verifier = ArchiveVerifier(shelf: ArchiveShelf(root: input.archiveRoot, label: input.archiveLabel))
        let (editions, problems) = verifier.verify()
        let published = verifier.publishedCopies(in: input.outputRoot, label: input.archiveLabel.dropLastComponent,
                                                 editions: editions)
        DiagnosticPrinter.print(problems + published)
        let files = editions.reduce(0) { $0 + $1.files.count }
        let years = editions.map { "\($0.edition)" }.joined(separator: ", ")
        guard problems.isEmpty && published.isEmpty else {
            DiagnosticPrinter.standardError("error: \(problems.count + published.count) mismatches in the frozen editions")
            Foundation.exit(1)
        }
        print(editions.isEmpty ? "No frozen editions in \(input.archiveLabel)"
              : "Verified \(editions.count) frozen edition\(editions.count == 1 ? "" : "s") (\(years)): all \(files) files match their manifests")
    }
}

private extension String {
    /// `Output/archive` → `Output`.
    var dropLastComponent: String {
        guard let slash = lastIndex(of: "/") else { return "." }
        return String(self[..<slash])
    }
}
