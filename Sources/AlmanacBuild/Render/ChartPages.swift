import AlmanacCore
import AlmanacTemplates

/// The files a page publishes for each chart it draws: the standalone SVG, the CSV of its
/// numbers, and a page with the chart alone (no JavaScript, no site navigation) for readers who
/// embed it in their own pages with the `<iframe>` snippet it shows.
struct ChartPages {
    static let template = "chart"
    var context: PageContext
    var templates: TemplateSet

    /// `page` is the page that draws the charts: the embeddable pages link back to it.
    func files(_ charts: [PublishedChart], publishedBy page: PageVariables) throws(DiagnosticError) -> [RenderedPage] {
        guard let language = page.values["lang"]?.text else { return [] }
        var files: [RenderedPage] = []
        for chart in charts {
            files.append(RenderedPage(path: chart.svgPath, text: chart.svg))
            files.append(RenderedPage(path: chart.csvPath, text: chart.csv))
            let values = embedPage(chart, language: language, from: page.values)
            files.append(RenderedPage(path: context.urls.file(chart.embedPath), bytes: try templates.renderBytes(Self.template, values)))
        }
        return files
    }
}

private extension ChartPages {
    func embedPage(_ chart: PublishedChart, language: String, from parent: [String: TemplateData]) -> [String: TemplateData] {
        let urls = context.urls
        let ui = context.strings(language)
        let parentTitle = parent["title"]?.text ?? ""
        var page = context.common(language: language, path: chart.embedPath, title: chart.title,
                                  description: ui("embed_description", ["title": chart.title, "page": parentTitle]),
                                  alternates: [language: chart.embedPath])
        page["chart"] = [
            "title": .text(chart.title),
            "figure": .text(chart.figure),
            "page_url": .text(parent["canonical"]?.text ?? urls.absolute("")),
            "from": .text(ui("embed_from", ["page": parentTitle, "site": page["site_title"]?.text ?? ""])),
            "iframe": .text(iframe(chart, language: language)),
            "svg_url": .text(urls.link(chart.svgPath)),
            "csv_url": .text(urls.link(chart.csvPath)),
        ]
        return page
    }

    /// The snippet readers paste into their own HTML: the chart's absolute address, its title
    /// for screen readers, and a height that shows the whole chart at full column width.
    func iframe(_ chart: PublishedChart, language: String) -> String {
        "<iframe src=\"\(HTMLEscaping.escape(context.urls.absolute(chart.embedPath)))\" "
            + "title=\"\(HTMLEscaping.escape(chart.title))\" width=\"100%\" height=\"\(chart.frameHeight)\" "
            + "style=\"border:0;max-width:44rem\" loading=\"lazy\"></iframe>"
    }
}
