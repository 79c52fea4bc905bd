import AlmanacCore
import Testing

typealias SourceLocation = AlmanacCore.SourceLocation

@Suite struct DiagnosticTests {
    @Test func printsLikeACompiler() {
        let diagnostic = Diagnostic.error("unknown indicator \"gdpp\"", at: SourceLocation(path: "Content/2026/x.zh.md", line: 12, column: 3))
        #expect(diagnostic.description == "Content/2026/x.zh.md:12:3: error: unknown indicator \"gdpp\"")
    }

    @Test func printsReasonsBelow() {
        let diagnostic = Diagnostic.error("cannot write", at: nil, reasons: ["disk full"])
        #expect(diagnostic.description == "error: cannot write\n    reason: disk full")
    }

    @Test func sortsByFileThenLine() {
        let a = Diagnostic.warning("a", at: SourceLocation(path: "b.md", line: 1))
        let b = Diagnostic.error("b", at: SourceLocation(path: "a.md", line: 9))
        let c = Diagnostic.error("c", at: SourceLocation(path: "a.md", line: 2))
        #expect([a, b, c].sortedByLocation() == [c, b, a])
        #expect([a, b].hasErrors)
        #expect(![a].hasErrors)
    }
}
