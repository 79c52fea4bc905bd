/// The stylesheet, the search script and other files from `Templates/assets/`, with
/// content-hashed names for styles and scripts so browsers can cache them forever and still see
/// every change.
struct SiteAssets: Sendable {
    /// Output path of each asset, by its name in `Templates/assets/`.
    var paths: [String: String]
    var pages: [RenderedPage]

    init(_ assets: [String: [UInt8]]) {
        var paths: [String: String] = [:]
        var pages: [RenderedPage] = []
        for (name, bytes) in assets.sorted(by: { $0.key < $1.key }) {
            let hashed = name.hasSuffix(".css") || name.hasSuffix(".js")
            let path = "assets/" + (hashed ? Self.hashedName(name, bytes) : name)
            paths[name] = path
            pages.append(RenderedPage(path: path, bytes: bytes))
        }
        self.paths = paths
        self.pages = pages
    }

    /// The same assets under `folder` (`archive/2025/`): the private copies a frozen edition links to.
    func relocated(under folder: String) -> SiteAssets {
        var copy = self
        copy.paths = paths.mapValues { folder + $0 }
        copy.pages = pages.map { RenderedPage(path: folder + $0.path, bytes: $0.bytes) }
        return copy
    }

    /// `style.css` → `style.3f2a9c1d.css`: FNV-1a is enough to bust caches and costs nothing.
    static func hashedName(_ name: String, _ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        let digits = String(repeating: "0", count: 16 - hex.count) + hex
        guard let dot = name.lastIndex(of: ".") else { return name + "." + digits.prefix(10) }
        return "\(name[..<dot]).\(digits.prefix(10))\(name[dot...])"
    }
}
