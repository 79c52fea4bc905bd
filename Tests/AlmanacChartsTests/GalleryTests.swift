import Foundation
import Testing

/// Writes every sample in both languages to one HTML page for looking at in a browser, when
/// `ALMANAC_GALLERY` names the file to write (e.g. `/tmp/gallery.html`); skipped otherwise.
@Suite("Gallery page")
struct GalleryTests {
    static let path = ProcessInfo.processInfo.environment["ALMANAC_GALLERY"]

    @Test("write the gallery when asked", .enabled(if: path != nil, "set ALMANAC_GALLERY to the file to write"))
    func writeGallery() throws {
        let path = try #require(Self.path)
        var cells: [String] = []
        for sample in Sample.all {
            for language in ["zh", "en"] {
                let figure = try sample.render(language, dataURL: sample.name == "column-csv" ? "data/pipeline.csv" : nil)
                cells.append("<section lang=\"\(language)\"><h2>\(sample.name) · \(language)</h2>\n\(figure)\n</section>")
            }
        }
        for (index, yaml) in EdgeCaseTests.specs.enumerated() {
            let figure = try AlmanacChartsRendering.render(try Diagnose.spec(yaml), language: "zh")
            cells.append("<section lang=\"zh\"><h2>edge case \(index + 1)</h2>\n\(figure)\n</section>")
        }
        let sparkRow = try Sample.growthSparkline.render("zh", idSalt: "table")
        let table = "<section lang=\"zh\"><h2>sparkline in a table</h2><table class=\"plain\"><tr><th>增速</th><td>\(sparkRow)</td><td>5.9%</td></tr></table></section>"
        #expect(cells.allSatisfy { $0.contains("<svg") || $0.contains("chart-kpi") }, "every cell holds a chart")
        let page = Self.page(body: (cells + [table]).joined(separator: "\n"))
        try page.write(toFile: path, atomically: true, encoding: .utf8)
        try page.replacingOccurrences(of: "<html lang=\"zh\">", with: "<html lang=\"zh\" class=\"dark\">")
            .write(toFile: path.replacingOccurrences(of: ".html", with: "-dark.html"), atomically: true, encoding: .utf8)
    }

    static func page(body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Almanac charts</title>
        <style>
        :root { --chart-1: #3f73d4; --chart-2: #d0601a; --chart-3: #138a7c; --chart-4: #8f60d6;
          --chart-5: #cc3f70; --chart-6: #868014; --chart-other: #787878; color: #1a1a1a; background: #fff; }
        @media (prefers-color-scheme: dark) { :root { color: #e8e8e8; background: #121212; } }
        :root.dark { color: #e8e8e8; background: #121212; }
        body { font-family: system-ui, "Noto Sans CJK SC", sans-serif; margin: 16px; }
        main { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 32px; }
        h2 { font-size: 12px; font-weight: normal; opacity: .6; }
        figure.chart { margin: 0; }
        .chart-title { display: block; font-weight: bold; font-size: 1.05rem; }
        .chart-subtitle { display: block; opacity: .75; font-size: .9rem; }
        .chart-source, .chart-note, .chart-download { font-size: .8rem; opacity: .8; margin: .2rem 0; }
        .chart-data table { border-collapse: collapse; font-size: .85rem; }
        .chart-data th, .chart-data td { border-bottom: 1px solid #8884; padding: 2px 8px; text-align: right; }
        .chart-data th[scope=row] { text-align: left; }
        a { color: inherit; }
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>
        """
    }
}
