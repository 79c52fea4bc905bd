/// Rewrites the links of a frozen page so the page works opened from a folder (`file://`): a
/// link to a file of the bundle becomes a relative path to it (`index.html` spelt out, since no
/// web server supplies it); a link to any other page of the site becomes the live site's
/// absolute address. Fragments and query strings are kept.
///
/// Only attribute values that start with the site's path are touched (`href`, `src`, `action`):
/// the pages are Almanac's own, which write every link to the site that way.
public struct OfflineLinks: Sendable {
    /// The site's path below its host, `/almanac/`.
    public var basePath: String
    /// The site's address, `https://example.org/almanac/`.
    public var baseURL: String
    /// Where each published path (`archive/2025/assets/style.css`) is inside the bundle
    /// (`assets/style.css`); a path not in it is outside the bundle.
    public var bundlePaths: [String: String]

    public init(basePath: String, baseURL: String, bundlePaths: [String: String]) {
        self.basePath = basePath
        self.baseURL = baseURL
        self.bundlePaths = bundlePaths
    }

    static let attributes: [[UInt8]] = [Array(" href=\"".utf8), Array(" src=\"".utf8), Array(" action=\"".utf8)]

    /// The page at `bundlePath` (`zh/2025/index.html`) with its links rewritten: one pass over
    /// its bytes, looking at each `="` for one of the attributes.
    public func rewrite(_ html: [UInt8], at bundlePath: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(html.count + 1024)
        var copied = 0, index = 1
        while index < html.count {
            defer { index += 1 }
            guard html[index] == 0x22, html[index - 1] == 0x3D, isLinkAttribute(html, quoteAt: index),
                  let end = html[(index + 1)...].firstIndex(of: 0x22) else { continue }
            out += html[copied...index]
            out += Array(target(String(decoding: html[(index + 1)..<end], as: UTF8.self), from: bundlePath).utf8)
            copied = end
            index = end
        }
        return out + html[copied...]
    }

    private func isLinkAttribute(_ html: [UInt8], quoteAt index: Int) -> Bool {
        Self.attributes.contains { attribute in
            index + 1 >= attribute.count && html[(index + 1 - attribute.count)...index].elementsEqual(attribute)
        }
    }

    /// Where a link written as `value` on the page at `bundlePath` leads once offline.
    public func target(_ value: String, from bundlePath: String) -> String {
        guard value.hasPrefix(basePath), !value.hasPrefix("//") else { return value }
        let sitePath = String(value.dropFirst(basePath.count))
        let suffixStart = sitePath.firstIndex { $0 == "#" || $0 == "?" } ?? sitePath.endIndex
        let path = String(sitePath[..<suffixStart]), suffix = String(sitePath[suffixStart...])
        let file = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
        guard let inBundle = bundlePaths[file] else { return baseURL + sitePath }
        return Self.relative(inBundle, from: bundlePath) + suffix
    }

    /// The path to `target` from the folder of `source`, both relative to the bundle's top.
    static func relative(_ target: String, from source: String) -> String {
        let from = source.split(separator: "/").dropLast()
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }
}
