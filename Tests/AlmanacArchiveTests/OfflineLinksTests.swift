import Testing
@testable import AlmanacArchive

/// Links of frozen pages made to work from a folder: relative inside the bundle, live outside it.
struct OfflineLinksTests {
    let links = OfflineLinks(basePath: "/almanac/", baseURL: "https://example.org/almanac/", bundlePaths: [
        "zh/2025/index.html": "zh/2025/index.html",
        "zh/2025/plan/index.html": "zh/2025/plan/index.html",
        "zh/2025/plan/chart-1.svg": "zh/2025/plan/chart-1.svg",
        "en/2025/index.html": "en/2025/index.html",
        "archive/2025/assets/style.css": "assets/style.css",
    ])

    @Test func linksInsideTheBundleBecomeRelativeAndNameTheirFile() {
        #expect(links.target("/almanac/zh/2025/", from: "zh/2025/plan/index.html") == "../index.html")
        #expect(links.target("/almanac/zh/2025/plan/#gdp-2025", from: "zh/2025/index.html") == "plan/index.html#gdp-2025")
        #expect(links.target("/almanac/en/2025/", from: "zh/2025/plan/index.html") == "../../../en/2025/index.html")
        #expect(links.target("/almanac/archive/2025/assets/style.css", from: "zh/2025/index.html") == "../../assets/style.css")
        #expect(links.target("/almanac/zh/2025/plan/chart-1.svg", from: "zh/2025/plan/index.html") == "chart-1.svg")
    }

    @Test func linksOutsideTheBundleGoToTheLiveSite() {
        #expect(links.target("/almanac/zh/indicators/gdp/", from: "zh/2025/index.html")
                == "https://example.org/almanac/zh/indicators/gdp/")
        #expect(links.target("/almanac/zh/search/?q=x", from: "zh/2025/index.html") == "https://example.org/almanac/zh/search/?q=x")
        #expect(links.target("#main", from: "zh/2025/index.html") == "#main")
        #expect(links.target("https://other.org/", from: "zh/2025/index.html") == "https://other.org/")
    }

    @Test func onlyLinkAttributesAreRewritten() {
        let page = #"<a href="/almanac/zh/2025/plan/">p</a> <form action="/almanac/zh/search/"> <p>/almanac/zh/2025/</p> <link rel="canonical" href="https://example.org/almanac/zh/2025/"> <img data-x="/almanac/zh/2025/">"#
        let rewritten = String(decoding: links.rewrite(Array(page.utf8), at: "zh/2025/index.html"), as: UTF8.self)
        #expect(rewritten == #"<a href="plan/index.html">p</a> <form action="https://example.org/almanac/zh/search/"> <p>/almanac/zh/2025/</p> <link rel="canonical" href="https://example.org/almanac/zh/2025/"> <img data-x="/almanac/zh/2025/">"#)
    }
}
