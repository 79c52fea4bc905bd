import AlmanacCharts

/// A chart as published beside the page that draws it: the standalone SVG, the CSV of its
/// numbers and what its embeddable page shows. Paths are below the output folder, from
/// `base` (`zh/2026/plan/chart-1`): `base.svg`, `base.csv` and `base/index.html`.
public struct PublishedChart: Hashable, Sendable {
    public var base: String
    public var title: String
    public var svg: String
    public var csv: String
    /// The figure as the embeddable page shows it: no download links.
    public var figure: String
    /// A height in CSS pixels that shows the whole embeddable page in an `<iframe>` at full column width.
    public var frameHeight: Int

    init(base: String, chart: DrawnChart) {
        self.base = base
        title = chart.title
        svg = chart.standaloneSVG
        csv = chart.csv
        figure = chart.embeddedFigure
        frameHeight = chart.frameHeight
    }

    /// A chart drawn on a page, with where its files go; `published` writes them out, which
    /// only the page that publishes the chart asks for.
    struct Drawn {
        var base: String
        var chart: DrawnChart
        var figure: String { chart.figure }
        var published: PublishedChart { PublishedChart(base: base, chart: chart) }
    }

    var svgPath: String { base + ".svg" }
    var csvPath: String { base + ".csv" }
    var embedPath: String { base + "/" }

    /// The links under a chart drawn at `base`, and the credit inside its SVG.
    static func files(at base: String, urls: SiteURLs, siteTitle: String) -> ChartFiles {
        ChartFiles(svg: urls.link(base + ".svg"), csv: urls.link(base + ".csv"), embed: urls.link(base + "/"),
                   credit: siteTitle + "\n" + urls.absolute(base + "/"))
    }
}
