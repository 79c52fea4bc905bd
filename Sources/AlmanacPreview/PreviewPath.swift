/// Maps a request path to a page of the preview site, refusing anything that could leave it.
struct PreviewPath: Equatable {
    /// The page's output path, e.g. `zh/2026/plan/index.html`.
    var page: String

    /// Nil for paths outside the site: not under `basePath`, or containing `..`, `.`, empty or
    /// encoded separators, or NUL bytes.
    init?(requestPath: String, basePath: String) {
        guard requestPath.hasPrefix(basePath) || requestPath + "/" == basePath else { return nil }
        let inside = requestPath.dropFirst(min(basePath.count, requestPath.count))
        guard let decoded = Self.percentDecoded(String(inside)) else { return nil }
        if decoded.isEmpty {
            page = "index.html"
            return
        }
        var segments: [Substring] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: false).dropLast(decoded.hasSuffix("/") ? 1 : 0) {
            guard segment != "..", segment != ".", !segment.isEmpty, !segment.contains("\0"), !segment.contains("\\") else {
                return nil
            }
            segments.append(segment)
        }
        let joined = segments.joined(separator: "/")
        page = decoded.isEmpty || decoded.hasSuffix("/") ? (joined.isEmpty ? "index.html" : joined + "/index.html") : joined
    }

    /// The MIME type for the page's file extension.
    var contentType: String {
        let name = page.split(separator: "/").last ?? ""
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return Self.contentTypes[ext] ?? "application/octet-stream"
    }

    static let contentTypes = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml", "json": "application/json", "xml": "application/xml; charset=utf-8",
        "atom": "application/atom+xml; charset=utf-8", "txt": "text/plain; charset=utf-8", "csv": "text/csv; charset=utf-8",
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp", "ico": "image/x-icon",
        "zip": "application/zip", "gz": "application/gzip", "woff2": "font/woff2",
    ]

    private static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
