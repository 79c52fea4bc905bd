import AlmanacCore
import Crypto

/// A frozen edition as a WARC file (ISO 28500, WARC 1.1), the format web archives keep and
/// replay (the Internet Archive, national libraries, pywb): a `warcinfo` record, then one
/// `response` record per page, data file and asset at the address it is published at, each
/// with its HTTP headers, digests, and gzip-compressed on its own.
///
/// The same edition always gives the same bytes: records are sorted by address, dated the
/// freeze day at noon UTC, and their ids are made from their contents.
public struct WARCWriter: Sendable {
    public var fileName: String
    /// `software`, `isPartOf`, `description` and other fields of the `warcinfo` record.
    public var info: [(label: String, value: String)]
    /// `2026-11-21T12:00:00Z`.
    public var date: String

    public init(fileName: String, info: [(label: String, value: String)], date: String) {
        self.fileName = fileName
        self.info = info
        self.date = date
    }

    /// One record to write: a file and the address it is served at.
    public struct Resource: Sendable {
        public var uri: String
        public var bytes: [UInt8]
        public init(uri: String, bytes: [UInt8]) {
            self.uri = uri
            self.bytes = bytes
        }
    }

    /// The WARC file, with the offset and address of each record (the `warcinfo` record has the file name).
    public func write(_ resources: [Resource]) throws -> (bytes: [UInt8], records: [(offset: Int, uri: String)]) {
        let infoID = Self.recordID("warcinfo|" + fileName + "|" + date)
        var fields = [("software", "\(Generator.name) \(Generator.version)"), ("format", "WARC File Format 1.1"),
                      ("conformsTo", "https://iso.org/standard/68004.html")] + info
        fields = fields.map { ($0.0, $0.1.split(whereSeparator: \.isNewline).joined(separator: " ")) }
        let infoBlock = Array(fields.map { "\($0.0): \($0.1)\r\n" }.joined().utf8)
        var bytes = try GzipMember.compress(record([
            ("WARC-Type", "warcinfo"), ("WARC-Record-ID", infoID), ("WARC-Date", date), ("WARC-Filename", fileName),
            ("Content-Type", "application/warc-fields"),
        ], block: infoBlock))
        var records = [(offset: 0, uri: fileName)]
        for resource in resources.sorted(by: { $0.uri < $1.uri }) {
            records.append((bytes.count, resource.uri))
            bytes += try GzipMember.compress(response(resource, warcinfo: infoID))
        }
        return (bytes, records)
    }
}

extension WARCWriter {
    func response(_ resource: Resource, warcinfo: String) -> [UInt8] {
        let http = Array(("HTTP/1.1 200 OK\r\n" + "Content-Type: \(Self.mediaType(resource.uri))\r\n"
                          + "Content-Length: \(resource.bytes.count)\r\n\r\n").utf8) + resource.bytes
        return record([
            ("WARC-Type", "response"),
            ("WARC-Record-ID", Self.recordID("response|" + resource.uri + "|" + SHA256Digest.hex(resource.bytes))),
            ("WARC-Warcinfo-ID", warcinfo),
            ("WARC-Target-URI", resource.uri),
            ("WARC-Date", date),
            ("WARC-Payload-Digest", Self.digest(resource.bytes)),
            ("WARC-Block-Digest", Self.digest(http)),
            ("Content-Type", "application/http; msgtype=response"),
        ], block: http)
    }

    func record(_ headers: [(String, String)], block: [UInt8]) -> [UInt8] {
        let head = "WARC/1.1\r\n" + (headers + [("Content-Length", "\(block.count)")]).map { "\($0.0): \($0.1)\r\n" }.joined() + "\r\n"
        return Array(head.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// `sha1:` and the digest in base32, as Heritrix, warcio and pywb write and compare it.
    static func digest(_ bytes: [UInt8]) -> String {
        "sha1:" + Base32.encode(Array(Insecure.SHA1.hash(data: bytes)))
    }

    /// A name-based UUID (version 5 layout) from `seed`: the same record always has the same id.
    static func recordID(_ seed: String) -> String {
        var bytes = Array(SHA256.hash(data: Array(seed.utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex.dropFirst(range.lowerBound).prefix(range.count))
        }
        return "<urn:uuid:\(parts.joined(separator: "-"))>"
    }

    /// The media type a web server gives a file of the site, from its address.
    static func mediaType(_ uri: String) -> String {
        let path = uri.split(separator: "?").first.map(String.init) ?? uri
        if path.hasSuffix("/") || path.hasSuffix(".html") { return "text/html; charset=utf-8" }
        let ext = path.split(separator: ".").last.map(String.init) ?? ""
        return [
            "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "json": "application/json",
            "csv": "text/csv; charset=utf-8", "svg": "image/svg+xml", "zip": "application/zip",
            "xml": "application/xml", "txt": "text/plain; charset=utf-8", "md": "text/markdown; charset=utf-8",
        ][ext] ?? "application/octet-stream"
    }
}

/// RFC 4648 base32, upper case with padding.
enum Base32 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    static func encode(_ bytes: [UInt8]) -> String {
        var out = "", buffer = 0, bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[(buffer << (5 - bits)) & 31]) }
        while out.count % 8 != 0 { out.append("=") }
        return out
    }
}
