import Foundation
import ZIPFoundation

/// Zip files that are the same bytes for the same content: entries sorted, every one dated the
/// same day at noon UTC, so a download can be checked against a published checksum.
public enum ZipWriter {
    public static func zip(_ files: [String: [UInt8]], day: String) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = EditionBundle.modificationDate(day)
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: date, permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return Array(data)
    }
}
