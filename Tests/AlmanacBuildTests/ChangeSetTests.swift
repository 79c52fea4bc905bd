import Testing
@testable import AlmanacBuild

/// What a batch of changed files means for the preview's rebuild.
@Suite struct ChangeSetTests {
    let input = SiteInput(siteRoot: "/site")

    @Test func articlesTemplatesAndEverythingElse() {
        let changes = ChangeSet(paths: ["/site/Content/2026/plan.zh.md", "/site/Templates/partials/head.mustache",
                                        "/site/Content/2026/.plan.zh.md.swp", "/elsewhere/x.md"], input: input)
        #expect(changes.articles == ["2026/plan.zh.md"])
        #expect(changes.templates == ["partials/head"])
        #expect(!changes.everything)
        #expect(ChangeSet(paths: ["/site/Content/indicators.yml"], input: input).everything)
        #expect(ChangeSet(paths: ["/site/Templates/assets/style.css"], input: input).everything)
        #expect(ChangeSet(paths: ["/site/Content/data/pipeline.csv"], input: input).everything)
    }

    @Test func aWholeFolderReportedMeansEverything() {
        #expect(ChangeSet(paths: ["/site/Content"], input: input).everything, "the watcher lost events")
        #expect(ChangeSet(paths: ["/site/Templates/"], input: input).everything)
    }
}
