import AlmanacCore

/// Checks the manifest's own fields against the frozen pages, which carry them too: every page
/// shows the freeze date in its archive notice and names its canonical URL under the base URL.
/// A date or base URL edited in the manifest alone would otherwise be published unnoticed.
struct ManifestAgreement {
    var edition: FrozenEdition
    /// The edition's folder as named in diagnostics, e.g. `Output/archive/2025`.
    var label: String

    func problems() -> [Diagnostic] {
        let manifest = edition.manifest
        let location = SourceLocation(path: "\(label)/\(ArchiveManifest.fileName)")
        var dates = Set<String>(), strayURLs: [String] = []
        for (path, bytes) in edition.files where path.hasPrefix(FrozenEdition.siteFolder) && path.hasSuffix(".html") {
            let page = String(decoding: bytes, as: UTF8.self)
            if let date = Self.value(after: "class=\"archive-notice\"", then: "datetime=\"", in: page) { dates.insert(date) }
            if let url = Self.value(after: "<link rel=\"canonical\"", then: "href=\"", in: page), !url.hasPrefix(manifest.baseURL) {
                strayURLs.append(path)
            }
        }
        var problems: [Diagnostic] = []
        if let other = dates.subtracting([manifest.frozen]).sorted().first {
            problems.append(.error("changed: the manifest says the edition was frozen on \(manifest.frozen), "
                                   + "but its pages say \(other); restore the manifest from version control", at: location))
        }
        if let page = strayURLs.sorted().first {
            problems.append(.error("changed: the manifest's base_url \(manifest.baseURL) is not where the frozen pages were published "
                                   + "(\(page) and \(strayURLs.count - 1) more); restore the manifest from version control", at: location))
        }
        return problems
    }

    /// The quoted value that follows `attribute` after the first `marker` in `page`.
    static func value(after marker: String, then attribute: String, in page: String) -> String? {
        guard let start = page.range(of: marker),
              let open = page.range(of: attribute, range: start.upperBound..<page.endIndex),
              let close = page[open.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(page[open.upperBound..<close])
    }
}
