import AlmanacCore
import Testing
@testable import AlmanacBuild

@Suite struct FrontMatterSplitterTests {
    @Test func splitsYAMLFromBodyAndRecordsTheBodyLine() throws {
        let parts = try FrontMatterSplitter().split(SourceFile(path: "a.md", text: "---\ntitle: x\n---\n## Body\n"))
        #expect(parts.yaml == "title: x\n")
        #expect(parts.body == "## Body\n")
        #expect(parts.bodyLine == 4)
    }

    @Test func acceptsWindowsLineEnds() throws {
        let parts = try FrontMatterSplitter().split(SourceFile(path: "a.md", text: "---\r\ntitle: x\r\n---\r\nBody"))
        #expect(parts.body == "Body")
    }

    @Test func reportsMissingFrontMatterAtLineOne() {
        #expect(throws: DiagnosticError(stage: .parse, diagnostics: [.error(
            "missing front matter; start the file with a line `---`, then title and date, then `---`",
            at: SourceLocation(path: "a.md"))])) {
            try FrontMatterSplitter().split(SourceFile(path: "a.md", text: "# Title\n"))
        }
    }

    @Test func reportsUnclosedFrontMatter() {
        #expect(throws: DiagnosticError.self) {
            try FrontMatterSplitter().split(SourceFile(path: "a.md", text: "---\ntitle: x\n"))
        }
    }
}
