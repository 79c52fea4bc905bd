import AlmanacFiles
import AlmanacCore
import Foundation
import Testing
@testable import AlmanacBuild

struct TemplateMetricsTests {
    let folder = TemporaryFolder()

    @Test func addsUpEachTemplateAndListsTheSlowestFirst() {
        let metrics = TemplateMetrics()
        metrics.record("article", seconds: 0.002)
        metrics.record("tag", seconds: 0.005)
        metrics.record("article", seconds: 0.004)
        let summary = metrics.summary()
        #expect(summary.map(\.template) == ["article", "tag"])
        #expect(summary[0].pages == 2)
        #expect(abs(summary[0].seconds - 0.006) < 1e-12)
        #expect(summary[0].longest == 0.004)
    }

    @Test func aBuildCountsEveryPageOnceUnderItsTemplate() throws {
        let site = TestSupport.fixtures.appendingPathComponent("Sites/bilingual")
        let input = SiteInput(contentRoot: site.appendingPathComponent("Content").path,
                              templatesRoot: TestSupport.repositoryTemplates, outputRoot: folder.path + "/Output")
        let report = try SiteBuilder(input: input).build()
        let pages = try FileIO.disk.listFiles(input.outputRoot).filter { $0.hasSuffix(".html") }
        #expect(report.templates.reduce(0) { $0 + $1.pages } == pages.count)
        for (template, folder) in [("tag", "tags"), ("indicator", "indicators")] {
            let expected = pages.filter { $0.split(separator: "/").count == 4 && $0.split(separator: "/")[1] == folder }
            #expect(report.templates.first { $0.template == template }?.pages == expected.count)
        }
        #expect(report.templates.allSatisfy { $0.seconds > 0 && $0.longest <= $0.seconds })
    }
}
