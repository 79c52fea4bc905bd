@testable import AlmanacCharts
import Testing

@Suite("Numbers with units in Chinese and English")
struct ValueFormatterTests {
    func zh(_ unit: String, decimals: Int = 0) -> ValueFormatter {
        ValueFormatter(language: "zh", unit: unit, decimals: decimals)
    }

    func en(_ unit: String, decimals: Int = 0) -> ValueFormatter {
        ValueFormatter(language: "en", unit: unit, decimals: decimals)
    }

    @Test("Chinese amounts move to 万 and 亿", arguments: [
        (25_000.0, "元", "2.5万元"), (123_456_789, "元", "1.23亿元"), (9_999, "元", "9999元"),
        (2546, "亿元", "2546亿元"), (12_000, "亿元", "1.2万亿元"), (25_000, "万元", "2.5亿元"),
        (-38_000, "人", "-3.8万人"), (186_590, "", "18.66万"),
    ])
    func chineseScaling(value: Double, unit: String, expected: String) {
        #expect(zh(unit).string(value) == expected)
    }

    @Test("unscaled values keep their decimals, and Chinese never groups digits")
    func unscaledDecimals() {
        #expect(zh("亿元", decimals: 2).string(2546.18) == "2546.18亿元")
        #expect(zh("亿元", decimals: 2).number(2546.1) == "2546.10")
        #expect(en("", decimals: 2).number(2546.1) == "2,546.10")
    }

    @Test("percentages never change scale")
    func chinesePercent() {
        #expect(zh("%", decimals: 1).string(25_000) == "25000.0%")
        #expect(zh("个百分点", decimals: 1).string(0.3) == "0.3个百分点")
    }

    @Test("English groups thousands and spaces word units", arguments: [
        (25_000.0, "yuan", 0, "25,000 yuan"), (2546.18, "CNY 100m", 2, "2,546.18 CNY 100m"),
        (6.5, "%", 1, "6.5%"), (1234.5, "$", 2, "$1,234.50"), (-1200, "", 0, "-1,200"),
    ])
    func english(value: Double, unit: String, decimals: Int, expected: String) {
        #expect(en(unit, decimals: decimals).string(value) == expected)
    }

    @Test("English units that start with a digit or letter are spaced; signs and Chinese attach", arguments: [
        ("10,000 tonnes", "3,000 10,000 tonnes"), ("100 million yuan", "3,000 100 million yuan"),
        ("times", "3,000 times"), ("%", "3,000%"), ("‰", "3,000‰"), ("亿元", "3,000亿元"),
    ])
    func englishUnitJoin(unit: String, expected: String) {
        #expect(en(unit).string(3000) == expected)
    }

    @Test("Chinese attaches every unit directly")
    func chineseUnitJoin() {
        #expect(zh("亿元").string(3000) == "3000亿元")
        #expect(zh("万吨").string(3000) == "3000万吨")
    }

    @Test("every place a number meets its unit keeps the space")
    func unitJoinEverywhere() throws {
        let spec = try Diagnose.spec("""
            type: line
            title: Water supplied
            unit: "10,000 tonnes"
            data: {2022: 2400, 2023: 3000}
            reference: {value: 2500, label: Goal}
            """)
        let html = try AlmanacChartsRendering.render(spec, language: "en")
        #expect(!html.contains("3,00010"))
        #expect(!html.contains("2,50010"))
        #expect(html.contains("<title>2023: 3,000 10,000 tonnes</title>"))
        #expect(html.contains("latest 3,000 10,000 tonnes in 2023"))
        // Too wide for one line, the end label puts the unit under the number, whole.
        #expect(html.contains(/>3,000<\/tspan><tspan [^>]*>10,000 tonnes<\/tspan>/))
        #expect(html.contains("Goal 2,500 10,000 tonnes"))
        #expect(html.contains("<th scope=\"col\">Value (10,000 tonnes)</th>"))
    }

    @Test("without a decimals key each value keeps the decimals it was written with")
    func writtenDecimals() throws {
        let spec = try Diagnose.spec("""
            type: column
            title: Shares
            unit: "%"
            data: {Swimwear: 30, Umbrellas: 25, Slippers: 12.5, Shoes: 7.0}
            reference: {value: 65, label: Minimum}
            """)
        let html = try AlmanacChartsRendering.render(spec, language: "en")
        for label in [">30%</text>", ">25%</text>", ">12.5%</text>", ">7.0%</text>"] {
            #expect(html.contains(label))
        }
        #expect(!html.contains("30.0%"))
        #expect(html.contains("Minimum 65%"))
        #expect(html.contains("<td>30</td>") && html.contains("<td>12.5</td>"))
    }

    @Test("a decimals key shows every value, and the reference, with that many decimals")
    func fixedDecimals() throws {
        let spec = try Diagnose.spec("""
            type: column
            title: Shares
            unit: "%"
            decimals: 2
            data: {Swimwear: 30, Slippers: 12.5}
            reference: {value: 65}
            """)
        let html = try AlmanacChartsRendering.render(spec, language: "en")
        #expect(html.contains(">30.00%</text>") && html.contains(">12.50%</text>"))
        #expect(html.contains("65.00%"))
    }

    @Test("axis ticks take the decimals their step needs")
    func tickDecimals() {
        let axis = AxisFormatter(language: "en", unit: "%").labels(ticks: [0, 10, 20, 30], step: 10)
        #expect(axis.labels == ["0%", "10%", "20%", "30%"])
    }

    @Test("changes of percentages are in percentage points")
    func percentagePoints() {
        #expect(zh("%", decimals: 1).change(0.3, pointsWord: "个百分点") == "+0.3个百分点")
        #expect(en("%", decimals: 1).change(-1.2, pointsWord: "pp") == "-1.2 pp")
        #expect(zh("元").change(2908, pointsWord: "个百分点") == "+2908元")
    }

    @Test("Chinese axes share one scale, with the unit as heading")
    func chineseAxis() {
        let axis = AxisFormatter(language: "zh", unit: "元").labels(ticks: [0, 5000, 10_000, 15_000, 20_000], step: 5000)
        #expect(axis.labels == ["0.0", "0.5", "1.0", "1.5", "2.0"])
        #expect(axis.heading == "万元")
        #expect(axis.valueLabel(18_659, format: zh("元")) == "1.87")
        #expect(axis.valueLabel(20_000, format: zh("元")) == "2", "no digits the value was not written with")
    }

    @Test("Values scaled to a magnitude keep the digits they were written with")
    func magnitudeValueLabels() {
        let axis = AxisFormatter(language: "en", unit: "yuan").labels(ticks: [0, 100e9, 200e9, 300e9], step: 100e9)
        #expect(axis.heading == "billion yuan")
        #expect(axis.valueLabel(260e9, decimals: 0, format: en("yuan")) == "260")
        #expect(axis.valueLabel(254.618e9, decimals: 0, format: en("yuan")) == "254.62")
    }

    @Test("English axes group thousands; percent axes put the unit on every tick")
    func englishAxis() {
        let axis = AxisFormatter(language: "en", unit: "yuan").labels(ticks: [0, 100_000, 200_000], step: 100_000)
        #expect(axis.labels == ["0", "100,000", "200,000"])
        #expect(axis.heading == "yuan")
        let percent = AxisFormatter(language: "en", unit: "%").labels(ticks: [-5, 0, 2.5, 5], step: 2.5)
        #expect(percent.labels == ["-5.0%", "0.0%", "2.5%", "5.0%"])
        #expect(percent.heading == nil)
    }
}
