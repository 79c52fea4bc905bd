import AlmanacCore
import AlmanacTemplates

/// `/<lang>/archive/`: the frozen editions, with their manifests and bundles for records systems.
struct ArchivePages {
    var context: PageContext

    func index(language: String) throws(DiagnosticError) -> PageVariables {
        let urls = context.urls
        let ui = context.strings(language)
        let path = urls.archive(language)
        var page = context.common(language: language, path: path, title: ui("archive_title"),
                                  description: ui("archive_description"), alternates: context.everyLanguage(urls.archive))
        page["archive"] = .list(context.model.frozenEditions.map { entry(for: $0, language: language) })
        return PageVariables(path: urls.file(path), values: page)
    }
}

private extension ArchivePages {
    func entry(for edition: FrozenEditionSummary, language: String) -> [String: TemplateData] {
        let urls = context.urls
        let formatter = context.model.format(language)
        let day = CalendarDate(edition.frozenOn)
        return [
            "year": "\(edition.year)",
            "title": .text(context.strings(language)("edition_title", ["year": "\(edition.year)"])),
            "url": .text(urls.link(urls.edition(edition.year, language))),
            "frozen_on": .text(day.map(formatter.date) ?? edition.frozenOn),
            "frozen_date": .text(edition.frozenOn),
            "files": .text(context.strings(language)("archive_file_count", ["count": "\(edition.files)"])),
            "size": .text(Self.kilobytes(edition.bytes)),
            "version": .text(edition.generatorVersion),
            "manifest_url": .text(urls.link(urls.archivedEdition(edition.year) + "manifest.json")),
            "bundle_url": .text(urls.link(urls.archiveBundle(edition.year))),
            "bundle_size": .text(Self.kilobytes(edition.bundleBytes)),
            "warc_url": .text(urls.link(urls.archiveWARC(edition.year))),
            "warc_size": .text(Self.kilobytes(edition.warcBytes)),
            "digest": .text(String(edition.manifestDigest.prefix(12))),
            "citation": .text(citation(edition, language: language)),
        ]
    }

    /// The edition's citation pinned to what was frozen: the frozen date and the first 12 hex
    /// digits of its manifest's SHA-256, which `sha256sum manifest.json` or `almanac verify` confirm.
    func citation(_ edition: FrozenEditionSummary, language: String) -> String {
        let title = context.strings(language)("edition_title", ["year": "\(edition.year)"])
        let subject = Citation.Subject(title: context.model.editionInfo[edition.year]?.title?[language] ?? title,
                                       date: CalendarDate(edition.frozenOn), path: context.urls.edition(edition.year, language),
                                       edition: nil, key: "")
        let text = Citation(context: context, language: language).variables(subject)["text"]?.text ?? ""
        return text + context.strings(language)("cite_frozen", ["date": edition.frozenOn,
                                                                  "digest": String(edition.manifestDigest.prefix(12))])
    }

    /// `412 KB`: sizes of whole files, for choosing what to download.
    static func kilobytes(_ bytes: Int) -> String {
        "\(max(1, (bytes + 512) / 1024)) KB"
    }
}
