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

    @Test func everyCatalogueEntryIsDefinedInBothLanguages() throws {
        let (_, model) = try parsed()
        for (id, definition) in model.catalogue.sorted(by: { $0.key < $1.key }) {
            for language in ["zh", "en"] {
                let about = definition.metadata.definition?[language] ?? ""
                let source = definition.metadata.source?[language] ?? ""
                #expect(about.isEmpty == false, "\(id) has no \(language) definition")
                #expect(source.isEmpty == false, "\(id) has no \(language) source")
            }
            #expect(definition.metadata.frequency != nil, "\(id) has no frequency")
        }
    }

    /// A figure the front matter reports is written in the prose through `{{indicator id}}`, never
    /// typed out, so the prose can never disagree with the data. Only figures of three significant
    /// digits or more are looked for: smaller and round numbers ("top 100 counties", "2 new
    /// spots") also occur as plain words.
    @Test func everyFigureInProseIsBoundToItsIndicator() throws {
        let (site, _) = try parsed()
        for article in site.articles {
            let prose = Self.prose(article.body)
            for figure in article.indicators {
                let digits = Self.written(figure.value, decimals: figure.writtenDecimals)
                guard String(digits.filter(\.isNumber).reversed().drop { $0 == "0" }).count >= 3 else { continue }
                for spelling in Set([digits, Self.grouped(digits)]) {
                    #expect(!Self.containsNumber(prose, spelling),
                            "\(article.path): \(spelling) is typed out; write {{indicator \(figure.id)}}")
                }
            }
        }
    }

    /// The body without chart fences and template tags.
    static func prose(_ body: Substring) -> String {
        var lines: [Substring] = []
        var fenced = false
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { fenced.toggle(); continue }
            if !fenced { lines.append(line) }
        }
        return lines.joined(separator: "\n").replacing(/\{\{[^}]*\}\}/, with: " ")
    }

    static func written(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(min(decimals, 6))f", value)
        return decimals > 0 ? String(text.reversed().drop { $0 == "0" }.reversed()).trimmingCharacters(in: ["."]) : text
    }

    static func grouped(_ digits: String) -> String {
        let parts = digits.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0]), out = ""
        while whole.count > 3 { out = "," + whole.suffix(3) + out; whole.removeLast(3) }
        return whole + out + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// Whether `number` occurs in `text` as a whole number, not as part of a longer one.
    static func containsNumber(_ text: String, _ number: String) -> Bool {
        var rest = Substring(text)
        while let range = rest.firstRange(of: number) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            if !(before.isNumber || before == "." || before == ",") && !(after.isNumber || (after == "." && text[range.upperBound...].dropFirst().first?.isNumber == true)) {
                return true
            }
            rest = text[range.upperBound...]
        }
        return false
    }
}
