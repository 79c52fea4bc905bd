import Crypto

/// Reads back the WARC files `WARCWriter` makes, checking each record's digests, for `verify`.
public struct WARCRecord: Sendable {
    public var offset: Int
    public var type: String
    public var uri: String?
    /// The HTTP response body of a `response` record; the whole block otherwise.
    public var payload: [UInt8]
    /// What is wrong with the record itself (a digest that does not match its content).
    public var problems: [String]
}

public enum WARCReader {
    public static func records(_ bytes: [UInt8]) -> [WARCRecord] {
        GzipMember.members(bytes).map { member in
            guard let content = try? GzipMember.decompress(member.bytes) else {
                return WARCRecord(offset: member.offset, type: "", uri: nil, payload: [],
                                  problems: ["cannot be decompressed: the gzip member is damaged"])
            }
            return record(content, offset: member.offset)
        }
    }

    static func record(_ content: [UInt8], offset: Int) -> WARCRecord {
        guard let (headers, blockStart) = headerFields(content, from: 0), let length = headers["content-length"].flatMap(Int.init),
              blockStart + length <= content.count else {
            return WARCRecord(offset: offset, type: "", uri: nil, payload: [], problems: ["cannot be read as a WARC record"])
        }
        let block = Array(content[blockStart..<blockStart + length])
        var record = WARCRecord(offset: offset, type: headers["warc-type"] ?? "", uri: headers["warc-target-uri"],
                                payload: block, problems: [])
        if let digest = headers["warc-block-digest"], digest != WARCWriter.digest(block) {
            record.problems.append("its block does not match its WARC-Block-Digest")
        }
        if record.type == "response", let (_, bodyStart) = headerFields(block, from: 0) {
            record.payload = Array(block[bodyStart...])
            if let digest = headers["warc-payload-digest"], digest != WARCWriter.digest(record.payload) {
                record.problems.append("its payload does not match its WARC-Payload-Digest")
            }
        }
        return record
    }

    /// Header fields up to the first empty line, names lower-cased, and where the rest begins.
    static func headerFields(_ bytes: [UInt8], from start: Int) -> ([String: String], Int)? {
        let end = Array("\r\n\r\n".utf8)
        guard let stop = (start..<max(start, bytes.count - 3)).first(where: { bytes[$0..<$0 + 4].elementsEqual(end) }) else {
            return nil
        }
        var fields: [String: String] = [:]
        for line in String(decoding: bytes[start..<stop], as: UTF8.self).split(separator: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = String(line[line.index(after: colon)...].drop { $0 == " " })
        }
        return (fields, stop + 4)
    }
}
