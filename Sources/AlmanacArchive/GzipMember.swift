import Foundation
import ZIPFoundation

/// One gzip member (RFC 1952) per call: WARC files are concatenated gzip members, one per
/// record, so a reader can seek to any record. The header carries no name and no time, so the
/// same bytes always compress to the same member.
enum GzipMember {
    static func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        let data = Data(bytes)
        var deflated = Data()
        let crc = try Data.compress(size: Int64(data.count), bufferSize: 64 * 1024, provider: { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }, consumer: { deflated.append($0) })
        var member: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]
        member += deflated
        member += littleEndian(crc)
        member += littleEndian(UInt32(truncatingIfNeeded: bytes.count))
        return member
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}

extension GzipMember {
    /// The fixed header `compress` writes: where one member of an Almanac WARC begins.
    static let header: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]

    /// The members of a file made by `compress`, split where each header begins.
    static func members(_ bytes: [UInt8]) -> [(offset: Int, bytes: ArraySlice<UInt8>)] {
        var starts: [Int] = []
        var index = 0
        while index + header.count <= bytes.count {
            if bytes[index] == 0x1F, bytes[index..<index + header.count].elementsEqual(header) {
                starts.append(index)
                index += header.count
            } else {
                index += 1
            }
        }
        return starts.enumerated().map { number, start in
            let end = number + 1 < starts.count ? starts[number + 1] : bytes.count
            return (start, bytes[start..<end])
        }
    }

    /// The content of one member, its CRC-32 and length checked.
    static func decompress(_ member: ArraySlice<UInt8>) throws -> [UInt8] {
        guard member.count >= header.count + 8, member.prefix(header.count).elementsEqual(header) else {
            throw DamagedMember()
        }
        let body = Data(member.dropFirst(header.count).dropLast(8))
        var out = Data()
        let crc = try Data.decompress(size: Int64(body.count), bufferSize: 64 * 1024, skipCRC32: false, provider: { position, size in
            guard position < body.count else { throw DamagedMember() }
            return body.subdata(in: Int(position)..<min(body.count, Int(position) + size))
        }, consumer: { out.append($0) })
        let trailer = Array(member.suffix(8))
        let storedCRC = (0..<4).reduce(UInt32(0)) { $0 | UInt32(trailer[$1]) << (8 * $1) }
        let storedSize = (4..<8).reduce(UInt32(0)) { $0 | UInt32(trailer[$1]) << (8 * ($1 - 4)) }
        guard crc == storedCRC, storedSize == UInt32(truncatingIfNeeded: out.count) else { throw DamagedMember() }
        return Array(out)
    }
}

/// A gzip member whose header, deflate data, checksum or length is wrong.
struct DamagedMember: Error {}
