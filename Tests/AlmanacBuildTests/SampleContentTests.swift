import AlmanacCore
import Foundation
import Testing
@testable import AlmanacBuild

/// The sample site in `Content/` is the project's showcase: it must stay complete and consistent.
@Suite struct SampleContentTests {
    static let repository = TestSupport.testsFolder.appendingPathComponent("../..").standardizedFileURL.path
    let input = SiteInput(siteRoot: repository)

    func parsed() throws -> (ParsedSite, SiteModel) {
        let sources = try ContentLoader(input: input).load().value
        let site = try SiteParser(contentLabel: "Content").parse(sources).value
        let model = try SiteModelBuilder(config: site.config, catalogue: site.catalogue, includeDrafts: false)
            .build(site.articles).value
        return (site, model)
    }

    @Test func buildsWithoutAnyWarning() throws {
        let report = try SiteBuilder(input: input).check()
        #expect(report.warnings.map(\.description) == [])
    }

    @Test func everyArticleHasEveryLanguage() throws {
        let (site, model) = try parsed()
        let languages = Set(site.config.languages.map(\.code))
        for (id, versions) in model.translations {
            #expect(Set(versions.keys) == languages, "\(id) lacks a language")
        }
    }

    @Test func everyEditionFromTheSourcesIsThere() throws {
        let (_, model) = try parsed()
        #expect(model.editions == [2026, 2025, 2024, 2023, 2020])
    }

    @Test func translationsCarryIdenticalFigures() throws {
        let (_, model) = try parsed()
        for versions in model.translations.values {
            let figures = versions.values.map { article in
                article.indicators.map { "\($0.id) \($0.period) \($0.value) \($0.kind) \(String(describing: $0.qualifier))" }.sorted()
            }
            #expect(Set(figures).count == 1)
        }
    }

    @Test func everyCatalogueEntryHasBothNamesAndUnitsAndIsUsed() throws {
        let (_, model) = try parsed()
        let used = Set(model.dataset.reports.keys)
        for (id, definition) in model.catalogue {
            for language in ["zh", "en"] {
                #expect(!(definition.name[language] ?? "").isEmpty, "\(id) has no \(language) name")
                #expect(definition.unit[language] != nil, "\(id) has no \(language) unit")
            }
            #expect(used.contains(id), "\(id) is in the catalogue but no article reports it")
        }
    }

    @Test func everyEditionReportsDozensOfFigures() throws {
        let (_, model) = try parsed()
        for year in model.editions {
            #expect(model.dataset.reports(in: year).count >= 20, "edition \(year) reports few figures")
        }
    }
}
