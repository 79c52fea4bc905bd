/// The sample charts, one or more per type, in Chinese and English.
extension Sample {
    static let all: [Sample] = [
        gdpColumns, groupedColumns, stackedColumns, csvColumns, manyYears, longCategories, growthColumns,
        incomeColumns,
        growthLine, multiLine, stackedArea, wageBars, changeBars, industryDonut,
        gdpKPI, incomeKPI, growthBullet, growthSparkline,
    ]

    static let gdpColumns = Sample(name: "column-gdp", zh: """
        type: column
        title: 地区生产总值
        subtitle: 2015—2024年
        source: 晋江市统计局
        note: 按当年价格计算
        unit: 亿元
        decimals: 2
        data:
          2015: 1616.33
          2016: 1743.94
          2017: 1981.54
          2018: 2229.08
          2019: 2546.18
          2020: 2616.14
          2021: 2986.42
          2022: 3207.43
          2023: 3360.70
          2024: 3621.54
        """, en: """
        type: column
        title: Gross domestic product
        subtitle: 2015–2024
        source: Jinjiang Statistics Bureau
        note: At current prices
        unit: CNY 100m
        decimals: 2
        data:
          2015: 1616.33
          2016: 1743.94
          2017: 1981.54
          2018: 2229.08
          2019: 2546.18
          2020: 2616.14
          2021: 2986.42
          2022: 3207.43
          2023: 3360.70
          2024: 3621.54
        """)

    static let groupedColumns = Sample(name: "column-grouped", zh: """
        type: column
        title: 重点项目签约与开工
        unit: 个
        series:
          签约: {2021: 85, 2022: 102, 2023: 120, 2024: 150}
          开工: {2021: 60, 2022: 77, 2023: 80, 2024: 95}
        reference: {value: 100, label: 年度目标}
        """, en: """
        type: column
        title: Key projects signed and started
        unit: projects
        series:
          Signed: {2021: 85, 2022: 102, 2023: 120, 2024: 150}
          Started: {2021: 60, 2022: 77, 2023: 80, 2024: 95}
        reference: {value: 100, label: Annual goal}
        """)

    static let stackedColumns = Sample(name: "column-stacked", zh: """
        type: column
        title: 三次产业增加值
        unit: 亿元
        stacked: true
        series:
          第一产业: {2021: 22.1, 2022: 23.4, 2023: 24.0}
          第二产业: {2021: 1681.5, 2022: 1790.2, 2023: 1850.6}
          第三产业: {2021: 1282.8, 2022: 1393.8, 2023: 1486.1}
        """, en: """
        type: column
        title: Value added by sector
        unit: CNY 100m
        stacked: true
        series:
          Primary: {2021: 22.1, 2022: 23.4, 2023: 24.0}
          Secondary: {2021: 1681.5, 2022: 1790.2, 2023: 1850.6}
          Tertiary: {2021: 1282.8, 2022: 1393.8, 2023: 1486.1}
        """)

    static let csvColumns = Sample(name: "column-csv", zh: """
        type: column
        title: 项目进展
        unit: 个
        csv: pipeline.csv
        """, en: """
        type: column
        title: Project pipeline
        unit: projects
        csv: pipeline.csv
        """)

    static let manyYears = Sample(name: "column-many-years", zh: """
        type: column
        title: 年末常住人口
        unit: 人
        data: {\(manyYearsData)}
        """, en: """
        type: column
        title: Resident population at year end
        unit: people
        data: {\(manyYearsData)}
        """)

    static let manyYearsData = (1990...2024).map { year in
        "\(year): \(800_000 + (year - 1990) * 7_300 + (year % 3) * 2_100)"
    }.joined(separator: ", ")

    static let longCategories = Sample(name: "column-long-labels", zh: """
        type: column
        title: 规模以上工业增加值增速
        unit: "%"
        decimals: 1
        data:
          纺织服装业: 6.2
          制鞋业: 4.8
          建材陶瓷业: -3.5
          食品饮料业: 7.9
          纸制品及印刷业: 2.1
          装备制造业: 12.4
        """, en: """
        type: column
        title: Industrial value added growth
        unit: "%"
        decimals: 1
        data:
          Textiles and apparel: 6.2
          Footwear: 4.8
          Building ceramics: -3.5
          Food and beverages: 7.9
          Paper and printing: 2.1
          Equipment manufacturing: 12.4
        """)

    static let growthColumns = Sample(name: "column-indicator", zh: """
        type: column
        title: 地区生产总值增速
        subtitle: 2024年为预计数
        indicator: gdp_growth
        """, en: """
        type: column
        title: GDP growth
        subtitle: 2024 is an estimate
        indicator: gdp_growth
        """)

    static let incomeColumns = Sample(name: "column-income", zh: """
        type: column
        title: 城镇居民人均可支配收入
        indicator: income
        """, en: """
        type: column
        title: Urban disposable income per capita
        indicator: income
        """)
}
