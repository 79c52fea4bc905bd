/// A BagIt bag (RFC 8493, the Library of Congress format records offices receive deposits in):
/// the payload under `data/`, `bagit.txt`, `bag-info.txt` with `Payload-Oxum`, and SHA-256
/// manifests of the payload and of the tag files.
public struct BagItBag: Sendable {
    /// Payload files by their path below `data/`.
    public var payload: [String: [UInt8]]
    /// `bag-info.txt` fields in order; `Payload-Oxum` and `Bag-Size` are added.
    public var info: [(label: String, value: String)]
    /// Tag files other than the required ones, by path from the bag's top (an entry page).
    public var extraTags: [String: [UInt8]]

    public init(payload: [String: [UInt8]], info: [(label: String, value: String)], extraTags: [String: [UInt8]] = [:]) {
        self.payload = payload
        self.info = info
        self.extraTags = extraTags
    }

    /// Every file of the bag by its path from the bag's top.
    public var files: [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for (path, bytes) in payload { files["data/" + path] = bytes }
        var tags = extraTags
        tags["bagit.txt"] = Array("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".utf8)
        tags["bag-info.txt"] = Array(bagInfo.utf8)
        tags["manifest-sha256.txt"] = Array(Self.manifest(files).utf8)
        files.merge(tags) { _, tag in tag }
        files["tagmanifest-sha256.txt"] = Array(Self.manifest(tags).utf8)
        return files
    }

    var bagInfo: String {
        let octets = payload.values.reduce(0) { $0 + $1.count }
        let fields = info + [("Payload-Oxum", "\(octets).\(payload.count)"), ("Bag-Size", Self.size(octets))]
        return fields.map { "\($0.label): \(Self.oneLine($0.value))\n" }.joined()
    }

    /// `<sha256>  <path>` per file, sorted by path; paths percent-encode CR, LF and `%`, as the RFC asks.
    static func manifest(_ files: [String: [UInt8]]) -> String {
        files.keys.sorted().map { "\(SHA256Digest.hex(files[$0]!))  \(encoded($0))\n" }.joined()
    }

    static func encoded(_ path: String) -> String {
        var out = ""
        for character in path {
            switch character {
            case "%": out += "%25"
            case "\n": out += "%0A"
            case "\r": out += "%0D"
            default: out.append(character)
            }
        }
        return out
    }

    /// Values are one line each: a line break would start a continuation the reader must fold.
    static func oneLine(_ value: String) -> String {
        value.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func size(_ octets: Int) -> String {
        octets >= 1_048_576 ? "\((octets * 10 / 1_048_576 + 5) / 10) MB" : "\((octets + 1023) / 1024) KB"
    }
}
