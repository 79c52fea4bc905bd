import AlmanacCore
import Foundation
import ZIPFoundation

/// A frozen edition as one `.zip` for deposit in a records system: the manifest and every file
/// it lists, under `almanac-<year>/`, dated the day the edition was frozen.
public enum EditionBundle {
    public static func fileName(_ year: Int) -> String { "almanac-edition-\(year).zip" }

    /// The same edition always gives the same bytes: entries are sorted and carry the freeze date.
    public static func zip(_ edition: FrozenEdition) throws -> [UInt8] {
        let folder = "almanac-\(edition.year)/"
        return try ZipWriter.zip(Dictionary(uniqueKeysWithValues: edition.storedFiles.map { (folder + $0.key, $0.value) }),
                                 day: edition.manifest.frozen)
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
