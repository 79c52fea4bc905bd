/// More sample charts: lines, areas, bars, shares and single figures.
extension Sample {
    static let growthLine = Sample(name: "line-indicator", zh: """
        type: line
        title: 地区生产总值增速
        source: 晋江市统计局
        indicator: gdp_growth
        reference: {value: 5, label: 全国}
        """, en: """
        type: line
        title: GDP growth
        source: Jinjiang Statistics Bureau
        indicator: gdp_growth
        reference: {value: 5, label: National}
        """)

    static let multiLine = Sample(name: "line-multi", zh: """
        type: line
        title: 进出口增速
        unit: "%"
        decimals: 1
        series:
          出口: {2019: 8.2, 2020: -4.1, 2021: 18.6, 2022: 6.3, 2023: -2.4, 2024: 5.5}
          进口: {2019: 3.1, 2020: -9.8, 2021: 12.2, 2022: 1.0, 2023: -5.6, 2024: 2.2}
          外商直接投资: {2019: 5.0, 2020: -1.2, 2021: 7.7, 2022: 9.4, 2023: 3.3, 2024: 4.1}
        reference: {from: 0, to: 5, label: 合理区间}
        """, en: """
        type: line
        title: Trade growth
        unit: "%"
        decimals: 1
        series:
          Exports: {2019: 8.2, 2020: -4.1, 2021: 18.6, 2022: 6.3, 2023: -2.4, 2024: 5.5}
          Imports: {2019: 3.1, 2020: -9.8, 2021: 12.2, 2022: 1.0, 2023: -5.6, 2024: 2.2}
          Foreign direct investment: {2019: 5.0, 2020: -1.2, 2021: 7.7, 2022: 9.4, 2023: 3.3, 2024: 4.1}
        reference: {from: 0, to: 5, label: Target range}
        """)

    static let stackedArea = Sample(name: "area-stacked", zh: """
        type: area
        title: 全社会用电量
        unit: 亿千瓦时
        stacked: true
        series:
          工业: {2020-H1: 61.2, 2020-H2: 70.4, 2021-H1: 72.8, 2021-H2: 78.1, 2022-H1: 75.0, 2022-H2: 81.3}
          居民: {2020-H1: 14.1, 2020-H2: 15.2, 2021-H1: 15.8, 2021-H2: 16.9, 2022-H1: 17.2, 2022-H2: 18.4}
        """, en: """
        type: area
        title: Electricity consumption
        unit: TWh
        stacked: true
        series:
          Industry: {2020-H1: 6.12, 2020-H2: 7.04, 2021-H1: 7.28, 2021-H2: 7.81, 2022-H1: 7.50, 2022-H2: 8.13}
          Households: {2020-H1: 1.41, 2020-H2: 1.52, 2021-H1: 1.58, 2021-H2: 1.69, 2022-H1: 1.72, 2022-H2: 1.84}
        """)

    static let wageBars = Sample(name: "bar-wages", zh: """
        type: bar
        title: 分行业城镇非私营单位平均工资
        unit: 元
        data:
          信息传输、软件和信息技术服务业: 186590
          金融业: 152440
          制造业: 98760
          建筑业: 85430
          住宿和餐饮业: 56310
        """, en: """
        type: bar
        title: Average wage by industry
        unit: yuan
        data:
          Information technology services: 186590
          Finance: 152440
          Manufacturing: 98760
          Construction: 85430
          Hotels and catering: 56310
        """)

    static let changeBars = Sample(name: "bar-negative", zh: """
        type: bar
        title: 主要商品零售额增速
        unit: "%"
        decimals: 1
        data:
          汽车: -6.3
          家用电器: 9.8
          通讯器材: 14.2
          石油制品: -2.0
          服装鞋帽: 3.4
        """, en: """
        type: bar
        title: Retail sales growth by category
        unit: "%"
        decimals: 1
        data:
          Cars: -6.3
          Home appliances: 9.8
          Telecom equipment: 14.2
          Petroleum products: -2.0
          Clothing and footwear: 3.4
        """)

    static let industryDonut = Sample(name: "donut", zh: """
        type: donut
        title: 工业产值构成
        unit: "%"
        decimals: 1
        data:
          纺织服装: 31.5
          制鞋: 24.0
          建材: 14.2
          食品: 12.3
          装备制造: 10.0
        """, en: """
        type: donut
        title: Industrial output by sector
        unit: "%"
        decimals: 1
        data:
          Textiles and apparel: 31.5
          Footwear: 24.0
          Building materials: 14.2
          Food: 12.3
          Equipment: 10.0
        """)

    static let gdpKPI = Sample(name: "kpi", zh: """
        type: kpi
        label: 地区生产总值
        value: 3621.54
        unit: 亿元
        period: 2024年
        previous: 3360.70
        previous_period: 2023年
        """, en: """
        type: kpi
        label: Gross domestic product
        value: 3621.54
        unit: CNY 100m
        period: 2024
        previous: 3360.70
        previous_period: 2023
        """)

    static let incomeKPI = Sample(name: "kpi-indicator", zh: """
        type: kpi
        indicator: income
        """, en: """
        type: kpi
        indicator: income
        """)

    static let growthBullet = Sample(name: "bullet", zh: """
        type: bullet
        title: 年度增速目标完成情况
        label: 地区生产总值增速
        unit: "%"
        value: 5.6
        target: 6
        ranges: [4, 6, 8]
        """, en: """
        type: bullet
        title: Growth against the annual target
        label: GDP growth
        unit: "%"
        value: 5.6
        target: 6
        ranges: [4, 6, 8]
        """)

    static let growthSparkline = Sample(name: "sparkline", zh: """
        type: sparkline
        indicator: gdp_growth
        """, en: """
        type: sparkline
        indicator: gdp_growth
        """)
}
