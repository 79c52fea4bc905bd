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
    /// The sample's name is its place, unless `idSalt` names another.
    func render(_ language: String, dataURL: String? = nil, idSalt: String? = nil) throws -> String {
        let node = TestYAML.parse(yaml(language), path: "Content/2025/sample.\(language).md")
        let spec = try ChartSpecReader().read(node)
        return try ChartRenderer().render(spec, context: Sample.context(language, dataURL: dataURL, idSalt: idSalt ?? name))
    }

    static func context(_ language: String, dataURL: String? = nil, idSalt: String = "sample") -> ChartContext {
        ChartContext(
            language: language,
            dataURL: dataURL,
            idSalt: idSalt,
            indicatorIDs: ["gdp", "gdp_growth"],
            indicator: { id in SampleData.indicator(id, language: language) },
            csv: { name in SampleData.csv(name, language: language) }
        )
    }
}

/// Indicators and CSV files the samples refer to; periods in words as the site's glue gives them.
enum SampleData {
    static func indicator(_ id: String, language: String) -> IndicatorSeries? {
        let zh = language == "zh"
        let point = { (label: String, value: Double, kind: FigureKind, qualifier: FigureQualifier?) in
            SeriesPoint(label: label, longLabel: longLabel(label, zh: zh), value: value, kind: kind, qualifier: qualifier)
        }
        switch id {
        case "gdp_growth":
            return IndicatorSeries(name: zh ? "地区生产总值增速" : "GDP growth", unit: "%", decimals: 1, points: [
                point("2018", 7.8, .actual, nil), point("2019", 8.0, .actual, nil),
                point("2020", 3.2, .actual, nil), point("2021", 9.1, .actual, nil),
                point("2022", 4.5, .actual, nil), point("2023", 5.6, .actual, nil),
                point("2024", 6.5, .target, .about), point("2024", 5.9, .estimate, nil),
                point("2025", 6.0, .target, nil),
            ])
        case "growth_halves":
            return IndicatorSeries(name: zh ? "地区生产总值增速" : "GDP growth", unit: "%", decimals: 1, points: [
                point("2016..2019", 8.1, .actual, nil), point("2019", 8.0, .actual, nil),
                point("2020-H1", 0.5, .actual, nil), point("2020", 3.2, .estimate, nil),
                point("2021", 9.1, .actual, nil), point("2022", 6.5, .target, .about),
                point("2025", 6.0, .estimate, nil), point("2026", 5.3, .target, nil),
            ])
        case "income":
            return IndicatorSeries(name: zh ? "城镇居民人均可支配收入" : "Urban disposable income per capita",
                                   unit: zh ? "元" : "yuan", decimals: 0, points: [
                point("2020", 48_651, .actual, nil), point("2021", 52_376, .actual, nil),
                point("2022", 54_828, .actual, nil), point("2023", 57_804, .actual, nil),
                point("2024", 60_712, .actual, nil),
            ])
        default:
            return nil
        }
    }

    /// `2020年上半年` / `H1 2020`, `2016—2019年` / `2016–2019`, `2019年` / `2019`.
    static func longLabel(_ label: String, zh: Bool) -> String {
        if let range = label.firstRange(of: "..") {
            let first = label[..<range.lowerBound], last = label[range.upperBound...]
            return zh ? "\(first)—\(last)年" : "\(first)–\(last)"
        }
        if let range = label.firstRange(of: "-H") {
            let year = label[..<range.lowerBound], half = label[range.upperBound...]
            return zh ? "\(year)年\(half == "1" ? "上" : "下")半年" : "H\(half) \(year)"
        }
        return zh ? label + "年" : label
    }

    static func csv(_ name: String, language: String) -> String? {
        guard name == "pipeline.csv" else { return nil }
        let header = language == "zh" ? "年份,签约,开工,竣工" : "Year,Signed,Started,Completed"
        return header + "\n2021,85,60,41\n2022,102,77,58\n2023,120,80,66\n2024,150,95,71\n"
    }
}
