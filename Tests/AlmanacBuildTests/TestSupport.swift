import AlmanacCore
import Foundation
@testable import AlmanacBuild

/// Swift Testing has a type of the same name; tests mean ours.
typealias SourceLocation = AlmanacCore.SourceLocation

/// Paths and sample values shared by the build tests.
enum TestSupport {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")
    static let repositoryTemplates = testsFolder.appendingPathComponent("../../Templates").standardizedFileURL.path

    static let catalogue: IndicatorCatalogue = [
        "gdp": definition("gdp", zh: ("地区生产总值", "亿元"), en: ("Gross domestic product", "100 million yuan"), decimals: 2),
        "gdp_growth": definition("gdp_growth", zh: ("地区生产总值增速", "%"), en: ("GDP growth", "%"), decimals: 1),
        "projects": definition("projects", zh: ("签约项目", "个"), en: ("Projects signed", "projects"), decimals: 0),
    ]

    static func definition(_ id: String, zh: (String, String), en: (String, String), decimals: Int) -> IndicatorDefinition {
        IndicatorDefinition(
            id: id, name: LocalizedText(["zh": zh.0, "en": en.0]), unit: LocalizedText(["zh": zh.1, "en": en.1]),
            decimals: decimals, higherIsBetter: true, theme: nil, location: SourceLocation(path: "Content/indicators.yml"))
    }

    /// Parses an article file given inline, as the Parse stage would.
    static func parse(_ text: String, path: String = "Content/2026/report.zh.md",
                      contentLabel: String = "Content") throws(DiagnosticError) -> Article {
        try ArticleParser(catalogue: catalogue, contentLabel: contentLabel).parse(SourceFile(path: path, text: text)).value
    }

    /// A fresh empty folder under the system's temporary folder; the caller removes it.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "almanac-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// A temporary folder owned by a test suite's instance: each test gets its own, removed when the test ends.
final class TemporaryFolder: Sendable {
    let path = TestSupport.temporaryFolder()

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
