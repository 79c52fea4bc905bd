import AlmanacCharts
import AlmanacCore
import Testing

@Suite("Reading chart specs")
struct ChartSpecReaderTests {
    @Test("a single series keeps its labels in order and the decimals written")
    func singleSeries() throws {
        let spec = try Diagnose.spec(Sample.gdpColumns.zh)
        #expect(spec.type == .column)
        #expect(spec.title == "地区生产总值")
        #expect(spec.notes == ["按当年价格计算"])
        #expect(spec.unit == "亿元")
        guard case let .table(table) = spec.data else { Issue.record("expected inline data"); return }
        #expect(table.labels.first == "2015" && table.labels.last == "2024")
        #expect(table.decimals == 2)
        #expect(table.series[0].values[4] == ChartValue(2546.18, decimals: 2))
    }

    @Test("named series merge their labels in sequence")
    func mergedLabels() throws {
        let spec = try Diagnose.spec("""
            type: line
            title: 项目
            series:
              签约: {2022: 1, 2023: 2}
              开工: {2021: 3, 2023: 4, 2024: 5}
            """)
        guard case let .table(table) = spec.data else { Issue.record("expected inline data"); return }
        #expect(table.labels == ["2021", "2022", "2023", "2024"])
        #expect(table.series[1].values == [ChartValue(3, decimals: 0), nil, ChartValue(4, decimals: 0), ChartValue(5, decimals: 0)])
    }

    @Test("a value may say its kind and qualifier; targets sit beside the values")
    func valueMappings() throws {
        let spec = try Diagnose.spec("""
            type: column
            title: 地区生产总值
            unit: 亿元
            data:
              2019: 2546.18
              2020: {value: 2600, kind: estimate, qualifier: over}
              2021: {value: 2900, kind: target, qualifier: stretch}
            """)
        guard case let .table(table) = spec.data else { Issue.record("expected inline data"); return }
        #expect(table.labels == ["2019", "2020", "2021"])
        #expect(table.series[0].values[1] == ChartValue(2600, kind: .estimate, qualifier: .over, decimals: 0))
        #expect(table.series[0].values[2] == nil)
        #expect(table.series[0].targets[2] == ChartValue(2900, kind: .target, qualifier: .stretch, decimals: 0))
    }

    @Test("an empty value leaves a gap and keeps its label")
    func gaps() throws {
        let spec = try Diagnose.spec("""
            type: line
            title: 目标
            series:
              甲: {2023: 6.5, 2024: ~, 2025: null, 2026: 5.3}
            """)
        guard case let .table(table) = spec.data else { Issue.record("expected inline data"); return }
        #expect(table.labels == ["2023", "2024", "2025", "2026"])
        #expect(table.series[0].values.map { $0?.value } == [6.5, nil, nil, 5.3])
    }

    @Test("references may be a line, a band, or a list of them")
    func references() throws {
        let spec = try Diagnose.spec("""
            type: column
            title: 增速
            data: {2024: 5.6}
            reference:
              - {value: 6, label: 目标}
              - {from: 5, to: 5.5}
            """)
        #expect(spec.references == [ChartReference(value: 6, label: "目标", decimals: 0),
                                    ChartReference(from: 5, to: 5.5, decimals: 1)])
    }

    @Test("indicator and csv sources keep where they were written")
    func externalSources() throws {
        let spec = try Diagnose.spec("type: kpi\nindicator: income\nperiod: 2024年")
        #expect(spec.data == .indicator("income", at: Diagnose.at(11, 12)))
        #expect(spec.measure?.period == "2024年")
        let csv = try Diagnose.spec("type: donut\ntitle: 构成\ncsv: shares.csv")
        #expect(csv.data == .csv("shares.csv", at: Diagnose.at(12, 6)))
    }

    @Test("from, to and periods limit an indicator's periods")
    func periodFilter() throws {
        let spec = try Diagnose.spec("type: column\ntitle: 增速\nindicator: gdp_growth\nfrom: 2019\nto: 2025\nperiods: annual")
        #expect(spec.periods == PeriodFilter(from: 2019, to: 2025, annualOnly: true))
        #expect(try Diagnose.spec("type: kpi\nindicator: gdp_growth").periods.isEmpty)
    }

    @Test("kpi and bullet figures are read from their keys")
    func figures() throws {
        let kpi = try Diagnose.spec(Sample.gdpKPI.zh)
        #expect(kpi.data == .measure)
        #expect(kpi.measure == ChartMeasure(label: "地区生产总值", period: "2024年", value: ChartValue(3621.54, decimals: 2),
                                            previous: ChartValue(3360.70, decimals: 2), previousPeriod: "2023年"))
        let bullet = try Diagnose.spec(Sample.growthBullet.en)
        #expect(bullet.measure?.ranges == [4, 6, 8])
        #expect(bullet.measure?.target == ChartValue(6, decimals: 0))
    }
}
