import AlmanacCore

/// Checks a frozen edition's bundle and web archive as published in `Output/downloads/` against
/// the frozen files: the bag must be complete and its checksums right, and every frozen file
/// must be in both, with the same bytes (pages in the bag differ only in their links).
public struct DownloadVerifier: Sendable {
    public var edition: FrozenEdition
    /// `Output/downloads`, as diagnostics name it.
    public var label: String

    public init(edition: FrozenEdition, label: String) {
        self.edition = edition
        self.label = label
    }

    var bundleLabel: String { "\(label)/\(EditionBundle.fileName(edition.year))" }
    var warcLabel: String { "\(label)/\(EditionBundle.warcFileName(edition.year))" }
    var rebuild: String { "run `almanac build` to make it again from the frozen edition" }

    /// Problems with the bag `zip` (nil when it is missing).
    public func bundleProblems(_ zip: [UInt8]?) -> [Diagnostic] {
        guard let zip else { return [.error("missing: the bundle of frozen edition \(edition.year) is gone; \(rebuild)", at: SourceLocation(path: bundleLabel))] }
        guard let entries = try? EditionBundle.unzip(zip) else {
            return [.error("damaged: the bundle cannot be unzipped; \(rebuild)", at: SourceLocation(path: bundleLabel))]
        }
        let top = "almanac-edition-\(edition.year)/"
        let files = Dictionary(uniqueKeysWithValues: entries.filter { $0.key.hasPrefix(top) }.map { (String($0.key.dropFirst(top.count)), $0.value) })
        let at = { (path: String) in SourceLocation(path: "\(bundleLabel)/\(top)\(path)") }
        var problems = bagProblems(files, at: at)
        let payload = files.filter { $0.key.hasPrefix("data/") }
        if payload["data/" + ArchiveManifest.fileName] != edition.manifestBytes {
            problems.append(.error("changed: not the frozen edition's manifest.json; \(rebuild)", at: at("data/manifest.json")))
        }
        for (path, bytes) in edition.files.sorted(by: { $0.key < $1.key }) {
            let inBag = "data/" + (path.hasPrefix(FrozenEdition.siteFolder) ? String(path.dropFirst(FrozenEdition.siteFolder.count)) : path)
            guard let found = payload[inBag] else {
                problems.append(.error("missing: frozen file \(path) is not in the bundle; \(rebuild)", at: at(inBag)))
                continue
            }
            if !path.hasSuffix(".html"), found != bytes {
                problems.append(.error("changed: differs from frozen file \(path); \(rebuild)", at: at(inBag)))
            }
        }
        return problems
    }

    /// Problems with the web archive `warc` (nil when it is missing).
    public func warcProblems(_ warc: [UInt8]?) -> [Diagnostic] {
        guard let warc else { return [.error("missing: the web archive of frozen edition \(edition.year) is gone; \(rebuild)", at: SourceLocation(path: warcLabel))] }
        let records = WARCReader.records(warc)
        let at = { (_: WARCRecord) in SourceLocation(path: warcLabel) }
        var problems = records.flatMap { record in
            record.problems.map {
                Diagnostic.error("the record at byte \(record.offset)\(record.uri.map { " (\($0))" } ?? ""): \($0); \(rebuild)", at: at(record))
            }
        }
        if records.first?.type != "warcinfo" {
            problems.append(.error("the first record is not a warcinfo record; \(rebuild)", at: SourceLocation(path: warcLabel)))
        }
        let expected = EditionBundle(edition: edition, basePath: "/", entryPage: [], info: []).webResources
        let responses = Dictionary(records.filter { $0.type == "response" }.compactMap { record in record.uri.map { ($0, record) } }) { first, _ in first }
        for (uri, bytes) in expected.sorted(by: { $0.key < $1.key }) {
            guard let record = responses[uri] else {
                problems.append(.error("missing: no record for \(uri); \(rebuild)", at: SourceLocation(path: warcLabel)))
                continue
            }
            if record.problems.isEmpty, record.payload != bytes {
                problems.append(.error("changed: the record for \(uri) differs from the frozen file; \(rebuild)", at: at(record)))
            }
        }
        for (uri, record) in responses.sorted(by: { $0.key < $1.key }) where expected[uri] == nil {
            problems.append(.error("extra: \(uri) is not part of the frozen edition; \(rebuild)", at: at(record)))
        }
        return problems
    }
}

private extension DownloadVerifier {
    /// RFC 8493's checks: the required tag files, every payload file listed with its checksum,
    /// nothing listed that is missing, the tag manifest, and `Payload-Oxum`.
    func bagProblems(_ files: [String: [UInt8]], at: (String) -> SourceLocation) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for required in ["bagit.txt", "bag-info.txt", "manifest-sha256.txt"] where files[required] == nil {
            problems.append(.error("missing: a bag needs \(required); \(rebuild)", at: at(required)))
        }
        let payload = files.filter { $0.key.hasPrefix("data/") }
        problems += manifestProblems(files["manifest-sha256.txt"], against: payload, name: "manifest-sha256.txt", at: at)
        let tags = files.filter { !$0.key.hasPrefix("data/") && $0.key != "tagmanifest-sha256.txt" }
        if files["tagmanifest-sha256.txt"] != nil {
            problems += manifestProblems(files["tagmanifest-sha256.txt"], against: tags, name: "tagmanifest-sha256.txt", at: at)
        }
        let oxum = "Payload-Oxum: \(payload.values.reduce(0) { $0 + $1.count }).\(payload.count)"
        if let info = files["bag-info.txt"], !String(decoding: info, as: UTF8.self).split(separator: "\n").contains(Substring(oxum)) {
            problems.append(.error("bag-info.txt does not say \(oxum); \(rebuild)", at: at("bag-info.txt")))
        }
        return problems
    }

    func manifestProblems(_ manifest: [UInt8]?, against files: [String: [UInt8]], name: String,
                          at: (String) -> SourceLocation) -> [Diagnostic] {
        guard let manifest else { return [] }
        var listed: [String: String] = [:]
        for line in String(decoding: manifest, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { listed[parts[1].trimmingPrefix(" ").description] = String(parts[0]) }
        }
        var problems: [Diagnostic] = []
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            switch listed[path] {
            case nil: problems.append(.error("extra: not listed in \(name); \(rebuild)", at: at(path)))
            case SHA256Digest.hex(bytes)?: break
            default: problems.append(.error("changed: its SHA-256 differs from \(name); \(rebuild)", at: at(path)))
            }
        }
        for path in listed.keys.sorted() where files[path] == nil {
            problems.append(.error("missing: listed in \(name) but not in the bag; \(rebuild)", at: at(path)))
        }
        return problems
    }
}
