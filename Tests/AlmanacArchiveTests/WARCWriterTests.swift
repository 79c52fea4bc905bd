import AlmanacCore
import Foundation
import Testing
@testable import AlmanacArchive

/// WARC records as ISO 28500 describes them; `make test` also runs `warcio check` and pywb on
/// the sample site's files.
struct WARCWriterTests {
    let writer = WARCWriter(fileName: "x.warc.gz", info: [("description", "Test")], date: "2026-11-21T12:00:00Z")

    @Test func recordIDsAreVersion5UUIDsMadeFromTheirSeed() {
        let id = WARCWriter.recordID("response|https://example.org/")
        #expect(id == WARCWriter.recordID("response|https://example.org/"))
        #expect(id != WARCWriter.recordID("response|https://example.org/x"))
        let hex = Array(id.dropFirst("<urn:uuid:".count).dropLast())
        #expect(hex.count == 36)
        #expect(hex[14] == "5")
        #expect("89ab".contains(hex[19]))
    }

    @Test func base32MatchesRFC4648() {
        #expect(Base32.encode(Array("".utf8)) == "")
        #expect(Base32.encode(Array("f".utf8)) == "MY======")
        #expect(Base32.encode(Array("foobar".utf8)) == "MZXW6YTBOI======")
    }

    @Test func aResponseRecordCarriesHTTPHeadersAndDigests() {
        let record = String(decoding: writer.response(.init(uri: "https://example.org/a/", bytes: Array("<p>hi</p>".utf8)),
                                                      warcinfo: "<urn:uuid:x>"), as: UTF8.self)
        #expect(record.hasPrefix("WARC/1.1\r\nWARC-Type: response\r\n"))
        #expect(record.contains("WARC-Target-URI: https://example.org/a/\r\n"))
        #expect(record.contains("WARC-Date: 2026-11-21T12:00:00Z\r\n"))
        // `printf '<p>hi</p>' | sha1sum`, in base32
        #expect(record.contains("WARC-Payload-Digest: sha1:" + Base32.encode(hexBytes("b6dbcb4239597a3b0cf0e1c5331212711687659a"))))
        #expect(record.contains("\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 9\r\n\r\n<p>hi</p>\r\n\r\n"))
        let length = Int(record.split(separator: "Content-Length: ")[1].prefix { $0.isNumber })!
        let block = record.split(separator: "\r\n\r\n", maxSplits: 1)[1]
        #expect(block.utf8.count == length + 4, "the block, then the two line ends that close the record")
    }

    @Test func eachRecordIsAGzipMemberOfItsOwnAndTheFileIsTheSameEveryTime() throws {
        let resources = [WARCWriter.Resource(uri: "https://example.org/b.css", bytes: Array("b{}".utf8)),
                         WARCWriter.Resource(uri: "https://example.org/a/", bytes: Array("<p>a</p>".utf8))]
        let (bytes, records) = try writer.write(resources)
        #expect(try writer.write(resources.reversed()).bytes == bytes)
        #expect(records.map(\.uri) == ["x.warc.gz", "https://example.org/a/", "https://example.org/b.css"])
        for record in records { #expect(Array(bytes[record.offset..<record.offset + 2]) == [0x1F, 0x8B]) }
    }

    @Test func mediaTypesFollowTheFileKind() {
        #expect(WARCWriter.mediaType("https://e.org/zh/2025/") == "text/html; charset=utf-8")
        #expect(WARCWriter.mediaType("https://e.org/zh/2025/chart-1.svg") == "image/svg+xml")
        #expect(WARCWriter.mediaType("https://e.org/zh/2025/indicators.csv") == "text/csv; charset=utf-8")
    }

    func hexBytes(_ hex: String) -> [UInt8] {
        stride(from: 0, to: hex.count, by: 2).map { UInt8(hex.dropFirst($0).prefix(2), radix: 16)! }
    }
}
