import AlmanacArchive
import AlmanacBuild
import AlmanacCore
import AlmanacFiles
import ArgumentParser
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every frozen edition against its manifest.",
        discussion: """
            Hashes every file under Output/archive/<year>/ and names each file that changed, is \
            missing or was added since the edition was frozen, and each published copy in Output/ \
            that differs from its frozen file. Checks each edition's bundle (a BagIt bag) and web \
            archive (WARC) in Output/downloads/ against the frozen files too. Exits non-zero on \
            any mismatch.
            """
    )

    @OptionGroup var paths: SitePaths

    func run() throws {
        let input = paths.input(includeDrafts: false)
        let verifier = ArchiveVerifier(shelf: ArchiveShelf(root: input.archiveRoot, label: input.archiveLabel))
        let (editions, problems) = verifier.verify()
        let outputLabel = input.archiveLabel.dropLastComponent
        var published = verifier.publishedCopies(in: input.outputRoot, label: outputLabel, editions: editions)
        if problems.isEmpty { published += downloadProblems(input, label: outputLabel) }
        DiagnosticPrinter.print(problems + published)
        let files = editions.reduce(0) { $0 + $1.files.count }
        let years = editions.map { "\($0.edition)" }.joined(separator: ", ")
        guard problems.isEmpty && published.isEmpty else {
            DiagnosticPrinter.standardError("error: \(problems.count + published.count) mismatches in the frozen editions")
            Foundation.exit(1)
        }
        print(editions.isEmpty ? "No frozen editions in \(input.archiveLabel)"
              : "Verified \(editions.count) frozen edition\(editions.count == 1 ? "" : "s") (\(years)): all \(files) files match their manifests; "
                + "bundles and web archives match them")
    }

    /// The bundle and web archive of every frozen edition, checked against its frozen files.
    func downloadProblems(_ input: SiteInput, label: String) -> [Diagnostic] {
        guard let editions = try? ArchiveShelf(root: input.archiveRoot, label: input.archiveLabel).load() else { return [] }
        return editions.flatMap { edition in
            let verifier = DownloadVerifier(edition: edition, label: "\(label)/downloads")
            let read = { (name: String) in try? FileIO.disk.readRegular("\(input.outputRoot)/downloads/\(name)") }
            return verifier.bundleProblems(read(EditionBundle.fileName(edition.year)))
                + verifier.warcProblems(read(EditionBundle.warcFileName(edition.year)))
        }
    }
}

private extension String {
    /// `Output/archive` → `Output`.
    var dropLastComponent: String {
        guard let slash = lastIndex(of: "/") else { return "." }
        return String(self[..<slash])
    }
}
