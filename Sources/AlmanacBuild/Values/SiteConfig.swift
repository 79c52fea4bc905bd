import AlmanacCore

/// `Content/site.yml`: what the whole site shares.
public struct SiteConfig: Hashable, Sendable {
    public var title: LocalizedText
    public var description: LocalizedText
    /// Absolute URL the site is served from, always ending in `/`, e.g. `https://example.org/almanac/`.
    public var baseURL: String
    public var defaultLanguage: String
    /// In the order the author listed them; the first is shown first in switchers.
    public var languages: [Language]
    public var unsafeHTML: Bool
    /// Who publishes the site, as citations name its author; the site's title when not given.
    public var publisher: LocalizedText? = nil
    /// The licence of the site's content and data, as data packages name it.
    public var license: SiteLicense? = nil

    /// The path part of `baseURL`, e.g. `/almanac/`; every link in the site starts with it.
    public var basePath: String { Self.basePath(of: baseURL) }

    public static func basePath(of baseURL: String) -> String {
        guard let scheme = baseURL.range(of: "://") else { return baseURL.hasPrefix("/") ? baseURL : "/" }
        let afterHost = baseURL[scheme.upperBound...].drop { $0 != "/" }
        return afterHost.isEmpty ? "/" : String(afterHost)
    }

    public func language(_ code: String) -> Language? {
        languages.first { $0.code == code }
    }
}

/// One language of the site.
public struct Language: Hashable, Sendable {
    /// Short code used in file names and URLs: `zh`, `en`.
    public var code: String
    /// Name in the language itself: `中文`, `English`.
    public var name: String
    /// BCP 47 tag for `lang` and `hreflang`: `zh-Hans`, `en`.
    public var bcp47: String
}

/// `license: {name: CC-BY-4.0, path: https://creativecommons.org/licenses/by/4.0/, title: …}`.
public struct SiteLicense: Hashable, Sendable {
    public var name: String
    public var path: String?
    public var title: String?
}
