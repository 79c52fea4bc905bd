/// Where a chart's own files are published: the links under the chart on its page, and the
/// credit line inside its standalone SVG.
///
/// Made from the chart's place in the site (its article and position, or its indicator),
/// never from the page drawing it, so every page that draws a chart offers the same files.
public struct ChartFiles: Sendable, Hashable {
    /// Link to the standalone SVG file.
    public var svg: String
    /// Link to the chart's numbers as CSV.
    public var csv: String
    /// Link to the page that shows the chart alone, for `<iframe>` embedding.
    public var embed: String
    /// The last lines of the standalone SVG, one per `\n`: the site's name and the chart's absolute address.
    public var credit: String

    public init(svg: String, csv: String, embed: String, credit: String) {
        self.svg = svg
        self.csv = csv
        self.embed = embed
        self.credit = credit
    }
}
