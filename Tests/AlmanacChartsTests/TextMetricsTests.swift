@testable import AlmanacCharts
import Testing

@Suite("Text width estimates and label layout")
struct TextMetricsTests {
    @Test("Han characters count a full em, Latin about half")
    func widths() {
        #expect(TextMetrics.width("地区生产总值", fontSize: 10) == 60)
        #expect(TextMetrics.width("2019", fontSize: 10) == 24)
        #expect(TextMetrics.width("GDP", fontSize: 10) < 30)
    }

    @Test("Chinese wraps between characters, not before closing punctuation")
    func chineseWrap() {
        let lines = TextMetrics.wrap("信息传输、软件和信息技术服务业", maxWidth: 70, fontSize: 10, maxLines: 3)
        #expect(lines == ["信息传输、软件", "和信息技术服务", "业"])
        #expect(TextMetrics.wrap("一二三四五、", maxWidth: 50, fontSize: 10, maxLines: 2) == ["一二三四", "五、"])
    }

    @Test("balanced wrapping avoids a lone last character")
    func balanced() {
        let lines = TextMetrics.balancedWrap("信息传输、软件和信息技术服务业", maxWidth: 140, fontSize: 10, maxLines: 3)
        #expect(lines == ["信息传输、软件和", "信息技术服务业"])
    }

    @Test("English wraps at spaces and cuts with an ellipsis, keeping spaces")
    func englishWrap() {
        #expect(TextMetrics.wrap("Textiles and apparel", maxWidth: 50, fontSize: 10, maxLines: 3)
            == ["Textiles", "and", "apparel"])
        #expect(TextMetrics.wrap("Textiles and apparel", maxWidth: 80, fontSize: 10, maxLines: 1) == ["Textiles and a…"])
    }

    @Test("labels that fit stay straight")
    func straight() {
        let layout = AxisLabelLayout(labels: ["2019", "2020", "2021"], spacing: 40, fontSize: 10)
        #expect(layout.orientation == .horizontal)
        #expect(layout.lines == [["2019"], ["2020"], ["2021"]])
    }

    @Test("crowded periods are thinned, keeping the latest")
    func thinning() {
        let labels = (2015...2024).map(String.init)
        let layout = AxisLabelLayout(labels: labels, spacing: 15, fontSize: 10)
        #expect(layout.lines.filter { !$0.isEmpty }.map { $0[0] } == ["2016", "2018", "2020", "2022", "2024"])
    }

    @Test("a wider label thins only where it would touch its neighbour")
    func thinningByNeighbours() {
        let labels = ["2019", "2020-H1", "2023", "2024", "2025", "2026"]
        let roomy = AxisLabelLayout(labels: labels, spacing: 44, fontSize: 12)
        #expect(roomy.lines.allSatisfy { !$0.isEmpty })
        let tight = AxisLabelLayout(labels: ["2016..2019"] + labels, spacing: 44, fontSize: 12)
        #expect(tight.lines.map { $0.first ?? "" } == [""] + labels)
    }

    @Test("Chinese categories wrap; long English ones turn")
    func wrapOrRotate() {
        let zh = AxisLabelLayout(labels: ["纺织服装业", "制鞋业"], spacing: 40, fontSize: 10)
        #expect(zh.orientation == .horizontal)
        #expect(zh.lines == [["纺织服", "装业"], ["制鞋业"]])
        let en = AxisLabelLayout(labels: ["Equipment manufacturing", "Food"], spacing: 40, fontSize: 10)
        #expect(en.orientation == .rotated)
        #expect(en.overhang > 0)
    }
}

/// `TextMetrics` is internal; these tests reach it through `@testable import` above.
enum TextMetricsProbe {
    static func isCut(_ text: String, widths: [Double]) -> Bool {
        TextMetrics.isCut(TextMetrics.wrap(text, widths: widths, fontSize: 12, maxLines: 3))
    }
}
