import AlmanacFiles
import AlmanacCore
import Foundation
import Testing
@testable import AlmanacBuild

/// Hostile sources: alias bombs, links out of the site, missing templates. Each is a located
/// error, and the previous output stays as it was.
@Suite struct SourceSafetyTests {
    let site: SiteCopy

    init() throws {
        site = try SiteCopy()
        _ = try SiteBuilder(input: site.input).build()
    }

    /// `levels` of anchors each repeating the one before nine times.
    static func aliasBomb(levels: Int) -> String {
        (["l0: &l0 \"lol\""] + (1...levels).map { "l\($0): &l\($0) [" + Array(repeating: "*l\($0 - 1)", count: 9).joined(separator: ",") + "]" })
            .joined(separator: "\n") + "\n"
    }

    func expectFailure(_ expected: [String], unchanged before: [String: Data]) {
        let problems = site.failingBuild().map { $0.short(site.root) }
        #expect(problems == expected)
        #expect(site.snapshot() == before, "the output stays as it was")
        #expect(site.siblings == ["Content", "Output", "Templates"], "no staging folder is left")
    }

    @Test func anAliasInFrontMatterIsRefusedWhereItIsUsed() throws {
        let before = site.snapshot()
        try site.write("---\ntitle: x\ndate: 2025-01-01\n" + Self.aliasBomb(levels: 8) + "b: *l8\n---\nx\n", to: "Content/2025/bomb.en.md")
        let clock = ContinuousClock(), start = clock.now
        expectFailure(["Content/2025/bomb.en.md:5:5: an alias (*name) repeats the value written at line 4; aliases are not accepted here: write the value out"],
                      unchanged: before)
        #expect(start.duration(to: clock.now) < .seconds(5))
    }

    @Test func anAliasBombInSiteConfigurationHitsTheNodeBudget() throws {
        let before = site.snapshot()
        try site.append(Self.aliasBomb(levels: 8) + "b: *l8\n", to: "Content/site.yml")
        let problems = site.failingBuild().map(\.message)
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("this YAML expands to more than 100000 values") == true)
        #expect(site.snapshot() == before)
    }

    @Test func anAliasAsAKeyIsRefusedBeforeParsing() throws {
        try site.append(Self.aliasBomb(levels: 9) + "? *l9\n: x\n", to: "Content/indicators.yml")
        let clock = ContinuousClock(), start = clock.now
        let problems = site.failingBuild().map { $0.short(site.root) }
        #expect(problems.count == 1)
        #expect(problems.first?.contains("an alias (*name) is used as a key") == true)
        #expect(start.duration(to: clock.now) < .seconds(5))
    }

    @Test func anAliasInAChartFenceIsRefused() throws {
        try site.append("\n```chart\ntype: column\ntitle: &t x\ndata: {a: 1, b: 2}\nnote: *t\n```\n", to: "Content/2025/review.en.md")
        #expect(site.failingBuild().map(\.message).contains { $0.hasPrefix("an alias (*name) repeats") })
    }

    @Test func aliasesStillWorkInTheCatalogue() throws {
        try site.append("share:\n  name: &share {zh: 占比, en: Share}\n  unit: {zh: \"%\", en: \"%\"}\nshare_copy:\n  name: *share\n  unit: {zh: \"%\", en: \"%\"}\n",
                        to: "Content/indicators.yml")
        _ = try SiteBuilder(input: site.input).build()
    }

    @Test func linksOutOfTheSiteAreNamedAndNeverPublished() throws {
        let before = site.snapshot()
        let outside = site.root + "-secret.txt"
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try Data("secret".utf8).write(to: URL(fileURLWithPath: outside))
        let files = FileManager.default
        try files.removeItem(atPath: site.root + "/Templates/partials/head.mustache")
        try files.createSymbolicLink(atPath: site.root + "/Templates/partials/head.mustache", withDestinationPath: outside)
        try files.createSymbolicLink(atPath: site.root + "/Content/2025/leak.en.md", withDestinationPath: outside)
        // The partial left out is then missing too, and named as such.
        let problems = site.failingBuild().map { $0.short(site.root) }.filter { $0.contains("a link to") }
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.contains("a link to \(outside), outside the folder") })
        #expect(problems.first?.hasPrefix("Content/2025/leak.en.md:1:1:") == true)
        #expect(problems.last?.hasPrefix("Templates/partials/head.mustache:1:1:") == true)
        #expect(site.snapshot() == before)
    }

    @Test func linksInsideTheSiteAreFollowed() throws {
        try FileManager.default.createSymbolicLink(atPath: site.root + "/Content/2025/copy.zh.md", withDestinationPath: "../2024/review.zh.md")
        #expect(FileIO.disk.isInside(site.root + "/Content/2025/copy.zh.md", site.root + "/Content"))
        #expect(try FileIO.disk.listFiles(site.root + "/Content").contains("2025/copy.zh.md"))
    }

    @Test func aMissingPartialOrParentIsAnErrorAtItsTag() throws {
        let before = site.snapshot()
        try FileManager.default.removeItem(atPath: site.root + "/Templates/partials/head.mustache")
        try site.write("{{<bse}}{{/bse}}\n", to: "Templates/tags.mustache")
        let problems = site.failingBuild().map { $0.short(site.root) }
        #expect(problems.contains("Templates/tags.mustache:1:1: no template \"bse\" for this {{< …}}: add Templates/bse.mustache or fix the name"))
        #expect(problems.contains { $0.hasPrefix("Templates/base.mustache:") && $0.contains("no template \"partials/head\" for this {{> …}}") })
        #expect(site.snapshot() == before)
    }

    @Test func templateReferencesAreLocated() {
        let references = TemplateReference.all(in: "a\n  {{> partials/x }}{{<base}}{{>*dynamic}}{{name}}")
        #expect(references == [TemplateReference(name: "partials/x", isParent: false, line: 2, column: 3),
                               TemplateReference(name: "base", isParent: true, line: 2, column: 20)])
    }
}

extension SourceSafetyTests {
    @Test func aQuoteInsidePlainTextDoesNotHideAnAliasKey() {
        #expect(AliasKeyScan.firstAliasKey(in: "m: {a: b\"c, *l9 : x}\n")?.column == 13)
        #expect(AliasKeyScan.firstAliasKey(in: "title: \"*l9: inside quotes\"\n") == nil)
    }
}
