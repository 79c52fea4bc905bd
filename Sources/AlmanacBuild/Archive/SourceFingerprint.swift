import AlmanacArchive
import AlmanacCore

/// The sources an edition is made from, by stable names (`content/2025/report.zh.md`,
/// `templates/base.mustache`) that do not depend on where the site's folders are.
struct SourceFingerprint {
    var input: SiteInput

    /// Every source of the site, for the manifest of an edition frozen from it.
    func files(_ sources: SiteSources) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let texts = [sources.config, sources.catalogue] + sources.articles + Array(sources.dataFiles.values)
            + Array(sources.templates.values) + Array(sources.stringTables.values)
        for file in texts {
            files[name(file.path)] = Array(file.text.utf8)
        }
        for (asset, bytes) in sources.assets {
            files["templates/assets/\(asset)"] = bytes
        }
        return files
    }

    /// Warnings for each article file of a frozen edition added, changed or removed since it was
    /// frozen, whether it lies in the edition's folder or names the edition with `edition:`.
    func drift(_ sources: SiteSources, articles: [Article], frozen: FrozenSite) -> [Diagnostic] {
        let years = Set(frozen.editions.map(\.year))
        let placed = articles.filter { article in
            article.id.edition.map { years.contains($0) && !article.contentPath.hasPrefix("\($0)/") } ?? false
        }
        return folderDrift(sources, frozen: frozen) + placed.compactMap { article in
            guard let edition = frozen.editions.first(where: { $0.year == article.id.edition }) else { return nil }
            return .warning("added to frozen edition \(edition.year) through `edition: \(edition.year)`; "
                            + advice(edition), at: SourceLocation(path: article.path))
        }
    }

    private func advice(_ edition: FrozenEdition) -> String {
        "its published pages and figures stay as frozen on \(edition.manifest.frozen); "
            + "to publish the change, freeze it again with `almanac archive \(edition.year) --force`"
    }

    private func folderDrift(_ sources: SiteSources, frozen: FrozenSite) -> [Diagnostic] {
        frozen.editions.sorted { $0.year < $1.year }.flatMap { edition -> [Diagnostic] in
            let prefix = "content/\(edition.year)/"
            let before = Dictionary(edition.manifest.sources.filter { $0.path.hasPrefix(prefix) }.map { ($0.path, $0.sha256) }) { a, _ in a }
            var now: [String: String] = [:]
            for file in sources.articles where name(file.path).hasPrefix(prefix) {
                now[name(file.path)] = SHA256Digest.hex(Array(file.text.utf8))
            }
            let advice = advice(edition)
            return Set(before.keys).union(now.keys).sorted().compactMap { path in
                let location = SourceLocation(path: label(path))
                switch (before[path], now[path]) {
                case (nil, _?): return .warning("added to frozen edition \(edition.year); \(advice)", at: location)
                case (_?, nil): return .warning("removed from frozen edition \(edition.year); \(advice)", at: location)
                case let (old?, new?) where old != new:
                    return .warning("changed since edition \(edition.year) was frozen; \(advice)", at: location)
                default: return nil
                }
            }
        }
    }

    /// `Content/2025/a.zh.md` → `content/2025/a.zh.md`; `Templates/base.mustache` → `templates/base.mustache`.
    func name(_ path: String) -> String {
        if let rest = strip(input.contentLabel, from: path) { return "content/" + rest }
        if let rest = strip(input.templatesLabel, from: path) { return "templates/" + rest }
        return path
    }

    /// The reverse of `name`, for diagnostics.
    func label(_ name: String) -> String {
        if name.hasPrefix("content/") { return input.contentLabel + "/" + name.dropFirst(8) }
        if name.hasPrefix("templates/") { return input.templatesLabel + "/" + name.dropFirst(10) }
        return name
    }

    private func strip(_ label: String, from path: String) -> String? {
        path.hasPrefix(label + "/") ? String(path.dropFirst(label.count + 1)) : nil
    }
}
