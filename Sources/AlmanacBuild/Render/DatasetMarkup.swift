import AlmanacCore
import Foundation

/// schema.org `Dataset` markup (JSON-LD) for indicator and edition pages, in the page's
/// language, so search engines' dataset search finds the figures and their downloads.
struct DatasetMarkup {
    var context: PageContext
    var language: String

    /// The JSON-LD for a dataset named `name` at `path`, covering the years of `periods`,
    /// downloadable from `downloads` (format → path). Safe inside a `<script>` element: `<` is escaped.
    func json(name: String, description: String, path: String, periods: [Period], downloads: [DataFormat: String]) -> String {
        let config = context.model.config
        let creator = config.publisher?[language] ?? config.title.resolved(language, fallback: config.defaultLanguage)
        var members: [(String, String)] = [
            ("@context", q("https://schema.org")), ("@type", q("Dataset")),
            ("name", q(name)), ("description", q(description)),
            ("url", q(context.urls.absolute(path))),
            ("inLanguage", q(config.language(language)?.bcp47 ?? language)),
            ("isAccessibleForFree", "true"),
            ("creator", "{\"@type\":\"Organization\",\"name\":\(q(creator))}"),
        ]
        if let license = config.license { members.append(("license", q(license.path ?? license.name))) }
        if let first = periods.map(\.years.lowerBound).min(), let last = periods.map(\.years.upperBound).max() {
            members.append(("temporalCoverage", q(first == last ? "\(first)" : "\(first)/\(last)")))
        }
        let media: [DataFormat: String] = [.csv: "text/csv", .json: "application/json", .package: "application/json", .zip: "application/zip"]
        let distribution = DataFormat.allCases.compactMap { format -> String? in
            guard let download = downloads[format] else { return nil }
            return "{\"@type\":\"DataDownload\",\"encodingFormat\":\(q(media[format] ?? "")),\"contentUrl\":\(q(context.urls.absolute(download)))}"
        }
        if !distribution.isEmpty { members.append(("distribution", "[" + distribution.joined(separator: ",") + "]")) }
        let text = "{" + members.map { "\(q($0.0)):\($0.1)" }.joined(separator: ",") + "}"
        return text.replacingOccurrences(of: "<", with: "\\u003c")
    }

    private func q(_ text: String) -> String { JSONText.quoted(text) }
}
