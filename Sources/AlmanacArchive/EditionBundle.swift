import AlmanacCore
import Foundation
import ZIPFoundation

/// A frozen edition as one `.zip` for deposit in a records system: the manifest and every file
/// it lists, under `almanac-<year>/`, dated the day the edition was frozen.
public enum EditionBundle {
    public static func fileName(_ year: Int) -> String { "almanac-edition-\(year).zip" }

    /// The same edition always gives the same bytes: entries are sorted and carry the freeze date.
    public static func zip(_ edition: FrozenEdition) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = modificationDate(edition.manifest.frozen)
        let folder = "almanac-\(edition.year)/"
        for (path, bytes) in edition.storedFiles.sorted(by: { $0.key < $1.key }) {
            let data = Data(bytes)
            try archive.addEntry(with: folder + path, type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: date, permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return Array(data)
    }

    /// The files of a bundle by their path inside it.
    public static func unzip(_ bytes: [UInt8]) throws -> [String: [UInt8]] {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var files: [String: [UInt8]] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            files[entry.path] = Array(data)
        }
        return files
    }

    /// Noon UTC of the freeze day, so the date reads the same in every time zone.
    static func modificationDate(_ day: String) -> Date {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents()
        components.timeZone = TimeZone(identifier: "UTC")
        (components.year, components.month, components.day, components.hour) =
            parts.count == 3 ? (parts[0], parts[1], parts[2], 12) : (1980, 1, 1, 12)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }
}
