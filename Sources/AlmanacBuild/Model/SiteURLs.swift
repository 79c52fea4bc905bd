import AlmanacCore

/// Where every page of the site lives. Paths are relative to the site root (`zh/2020/slug/`);
/// `link` makes them site-absolute (`/almanac/zh/2020/slug/`) and `absolute` adds the host.
public struct SiteURLs: Sendable {
    public var baseURL: String
    public var basePath: String
    /// Slugs of tags that would otherwise share one (`TagSlugs`).
    public var tagSlugs: [String: String]

    public init(config: SiteConfig, tagSlugs: [String: String] = [:]) {
        self.baseURL = config.baseURL
        self.basePath = config.basePath
        self.tagSlugs = tagSlugs
    }

    public func home(_ language: String) -> String { "\(language)/" }
    public func edition(_ year: Int, _ language: String) -> String { "\(language)/\(year)/" }
    public func revisions(_ year: Int, _ language: String) -> String { "\(language)/\(year)/revisions/" }
    public func article(_ id: ArticleID, _ language: String) -> String {
        id.edition.map { "\(language)/\($0)/\(id.slug)/" } ?? "\(language)/\(id.slug)/"
    }

    public func indicators(_ language: String) -> String { "\(language)/indicators/" }
    public func indicator(_ id: String, _ language: String) -> String { "\(language)/indicators/\(id)/" }
    /// Where an article's `number`th chart (from 1) publishes its files: `<this>.svg`, `<this>.csv`
    /// and the embeddable page `<this>/`.
    public func articleChart(_ id: ArticleID, _ language: String, number: Int) -> String {
        article(id, language) + "chart-\(number)"
    }
    /// Where an indicator's chart publishes its files, as `articleChart`.
    public func indicatorChart(_ id: String, _ language: String) -> String { indicator(id, language) + "chart" }
    public func tags(_ language: String) -> String { "\(language)/tags/" }
    public func tag(_ tag: String, _ language: String) -> String { "\(language)/tags/\(tagSlugs[tag] ?? Self.tagSlug(tag))/" }
    public func search(_ language: String) -> String { "\(language)/search/" }
    public func searchIndex(_ language: String) -> String { "\(language)/search-index.json" }
    public func feed(_ language: String) -> String { "\(language)/atom.xml" }
    /// The open data of an edition in one language: `zh/2026/indicators.csv`, `.json`,
    /// `datapackage.json` and `datapackage.zip`.
    public func editionData(_ year: Int, _ language: String, _ format: DataFormat) -> String {
        "\(language)/\(year)/\(format.fileName)"
    }
    /// Every edition's figures in one language: `zh/data/indicators.csv` and the rest.
    public func siteData(_ language: String, _ format: DataFormat) -> String {
        "\(language)/data/\(format.fileName)"
    }

    /// `zh/archive/`: the frozen editions, with their manifests and bundles.
    public func archive(_ language: String) -> String { "\(language)/archive/" }
    /// Folder of the frozen editions inside the output; each build carries it over untouched.
    public static let archiveFolder = "archive"
    public func archivedEdition(_ year: Int) -> String { "\(Self.archiveFolder)/\(year)/" }
    public func archiveBundle(_ year: Int) -> String { "downloads/almanac-edition-\(year).zip" }
    public func archiveWARC(_ year: Int) -> String { "downloads/almanac-edition-\(year).warc.gz" }

    /// Tags keep their letters in any script: `县域经济` stays `县域经济`, `County economy` becomes `county-economy`.
    /// Tags keep their letters in any script: `县域经济` stays `县域经济`, `County economy` becomes `county-economy`.
    public static func tagSlug(_ tag: String) -> String {
        Slug.of(tag)
    }

    /// Distinct tags whose slugs are the same (`C`, `C#`, `C++` are all `c`): the one spelled
    /// with letters, digits and spaces alone keeps the slug, the others get a short hash of their
    /// spelling (`c-4be1e2`). Tags that share no slug keep theirs, so no published URL changes
    /// unless a new tag takes it.
    public static func disambiguatedTagSlugs(_ tags: some Sequence<String>) -> [String: String] {
        var slugs: [String: String] = [:]
        for group in Dictionary(grouping: Set(tags), by: tagSlug).values where group.count > 1 {
            let plain = group.sorted().first { isPlain($0) }
            for tag in group where tag != plain { slugs[tag] = tagSlug(tag) + "-" + fnv1a(tag) }
        }
        return slugs
    }

    static func isPlain(_ tag: String) -> Bool {
        tag.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == " " || $0 == "-" || $0 == "_"
        }
    }

    /// The 24-bit FNV-1a hash of `text`'s UTF-8, as six hex digits: stable across runs and platforms.
    static func fnv1a(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let digits = String((hash >> 8) ^ (hash & 0xFF), radix: 16)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// A link that works from any page, including when the site is served from a sub-path.
    public func link(_ path: String) -> String { basePath + path }

    /// The full URL, for canonical links, feeds and sitemaps.
    public func absolute(_ path: String) -> String {
        baseURL + path
    }

    /// The file a page path is written to: `zh/2020/slug/` → `zh/2020/slug/index.html`.
    public func file(_ path: String) -> String {
        path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }
}

/// The formats open data is published in.
public enum DataFormat: String, Hashable, Sendable, CaseIterable {
    case csv, json
    /// A Frictionless Data Package describing the CSV, and the two zipped with a README.
    case package, zip

    public var fileName: String {
        switch self {
        case .csv: "indicators.csv"
        case .json: "indicators.json"
        case .package: "datapackage.json"
        case .zip: "datapackage.zip"
        }
    }
}
