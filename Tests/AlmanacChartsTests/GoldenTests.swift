import Testing

@Suite("Rendered charts match their golden files")
struct GoldenTests {
    @Test("every sample in Chinese", arguments: Sample.all)
    func chinese(_ sample: Sample) throws {
        try Golden.check(try sample.render("zh"), file: "\(sample.name).zh.html")
    }

    @Test("every sample in English", arguments: Sample.all)
    func english(_ sample: Sample) throws {
        try Golden.check(try sample.render("en"), file: "\(sample.name).en.html")
    }

    @Test("the download link appears when a data URL is given")
    func downloadLink() throws {
        let html = try Sample.csvColumns.render("en", dataURL: "/data/pipeline.csv")
        #expect(html.contains("<p class=\"chart-download\"><a href=\"/data/pipeline.csv\" download=\"\">Get the data</a></p>"))
    }
}
