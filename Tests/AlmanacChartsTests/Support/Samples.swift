import AlmanacCharts
import AlmanacCore
import Testing

/// Chart specs in both languages that exercise every chart type, shared by the golden,
/// well-formedness, determinism and gallery tests.
struct Sample: Sendable, CustomTestStringConvertible {
    let name: String
    let zh: String
    let en: String

    var testDescription: String { name }

    func yaml(_ language: String) -> String { language == "zh" ? zh : en }

    /// Reads and renders the sample; fails the calling test on any diagnostic.
    func render(_ language: String, dataURL: String? = nil, idSalt: String = "") throws -> String {
        let node = TestYAML.parse(yaml(language), path: "Content/2025/sample.\(language).md")
        let spec = try ChartSpecReader().read(node)
        return try ChartRenderer().render(spec, context: Sample.context(language, dataURL: dataURL, idSalt: idSalt))
    }

    static func context(_ language: String, dataURL: String? = nil, idSalt: String = "") -> ChartContext {
        ChartContext(
            language: language,
            dataURL: dataURL,
            idSalt: idSalt,
            indicator: { id in SampleData.indicator(id, language: language) },
            csv: { name in SampleData.csv(name, language: language) }
        )
    }
}

/// Indicators and CSV files the samples refer to.
enum SampleData {
    static func indicator(_ id: String, language: String) -> IndicatorSeries? {
        let zh = language == "zh"
        switch id {
        case "gdp_growth":
            return IndicatorSeries(name: zh ? "地区生产总值增速" : "GDP growth", unit: "%", decimals: 1, points: [
                SeriesPoint(label: "2018", value: 7.8), SeriesPoint(label: "2019", value: 8.0),
                SeriesPoint(label: "2020", value: 3.2), SeriesPoint(label: "2021", value: 9.1),
                SeriesPoint(label: "2022", value: 4.5), SeriesPoint(label: "2023", value: 5.6),
                SeriesPoint(label: "2024", value: 6.5, kind: .target, qualifier: .about),
                SeriesPoint(label: "2024", value: 5.9, kind: .estimate),
                SeriesPoint(label: "2025", value: 6.0, kind: .target),
            ])
        case "income":
            return IndicatorSeries(name: zh ? "城镇居民人均可支配收入" : "Urban disposable income per capita",
                                   unit: zh ? "元" : "yuan", decimals: 0, points: [
                SeriesPoint(label: "2020", value: 48_651), SeriesPoint(label: "2021", value: 52_376),
                SeriesPoint(label: "2022", value: 54_828), SeriesPoint(label: "2023", value: 57_804),
                SeriesPoint(label: "2024", value: 60_712),
            ])
        default:
            return nil
        }
    }

    static func csv(_ name: String, language: String) -> String? {
        guard name == "pipeline.csv" else { return nil }
        let header = language == "zh" ? "年份,签约,开工,竣工" : "Year,Signed,Started,Completed"
        return header + "\n2021,85,60,41\n2022,102,77,58\n2023,120,80,66\n2024,150,95,71\n"
    }
}
