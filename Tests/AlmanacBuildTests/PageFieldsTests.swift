import Foundation
import Testing
@testable import AlmanacBuild

/// The declared page fields and the README's list of template variables say the same thing.
struct PageFieldsTests {
    static let readme = TestSupport.testsFolder.appendingPathComponent("../../README.md").standardizedFileURL.path
    static let begin = "<!-- template variables: made by PageFields.markdown(); ALMANAC_RECORD=1 swift test rewrites it -->\n"
    static let end = "<!-- end of template variables -->"

    @Test func theReadmeListsTheDeclaredFields() throws {
        let text = try String(contentsOfFile: Self.readme, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "README.md has no template variables section")
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let listed = String(text[start.upperBound..<stop.lowerBound])
        if ProcessInfo.processInfo.environment["ALMANAC_RECORD"] == "1" && listed != PageFields.markdown() {
            try text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: PageFields.markdown())
                .write(toFile: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(listed == PageFields.markdown())
    }

    @Test func everyPageTemplateHasDeclaredFields() {
        let declared = Set(PageFields.kinds.keys)
        #expect(Set(TemplateSet.required) == declared)
    }
}
