import AlmanacCore
import AlmanacTemplates

/// "Cite this" for a page: the reference a reader copies, in the page's language, a BibTeX
/// entry, and the `citation_*` meta tags reference managers (Zotero, Mendeley) read.
///
/// English follows the author–date pattern of statistics offices' "how to cite" notes; Chinese
/// follows GB/T 7714 for online resources (`[EB/OL]`). The reader's access date is left to them.
struct Citation {
    var context: PageContext
    var language: String

    /// What a page is, for its citation: its title, date, path, and the edition it belongs to.
    struct Subject {
        var title: String
        var date: CalendarDate?
        var path: String
        var edition: Int?
        /// A key for BibTeX, unique on the site: `almanac-2026-plan-for-2026-en`.
        var key: String
    }

    /// `citation` for the templates: `text`, `bibtex`, and the meta tags' `title`, `author`,
    /// `date`, `url`, `language`.
    func variables(_ subject: Subject) -> [String: TemplateData] {
        let config = context.model.config
        let site = config.title.resolved(language, fallback: config.defaultLanguage)
        let publisher = config.publisher?[language] ?? site
        let url = context.urls.absolute(subject.path)
        let format = context.model.format(language)
        let edition = subject.edition.map { year in
            context.model.editionInfo[year]?.title?[language] ?? context.strings(language)("edition_title", ["year": "\(year)"])
        }
        let ui = context.strings(language)
        let year = subject.date.map { "\($0.year)" } ?? ""
        let text: String
        if LanguageStyle.of(language).writesHan {
            let date = subject.date.map { "（\(format.date($0))）" } ?? ""
            text = "\(publisher). \(subject.title)[EB/OL]. \(site)\(edition.map { "，\($0)" } ?? "")\(date)"
        } else {
            let date = subject.date.map { " (\(format.date($0)))" } ?? ""
            text = "\(publisher)\(date). \(subject.title). \(site)\(edition.map { ", \($0)" } ?? "")."
        }
        var variables: [String: TemplateData] = [
            "text": .text(text + ui("cite_accessed", ["url": url])),
            "bibtex": .text(Self.bibtex(key: subject.key, title: subject.title, publisher: publisher, site: site,
                                        edition: edition, year: year, url: url, language: language)),
            "title": .text(subject.title), "author": .text(publisher), "url": .text(url),
            "language": .text(config.language(language)?.bcp47 ?? language),
        ]
        variables["date"] = subject.date.map { "\($0.year)/\(Self.two($0.month))/\(Self.two($0.day))" }
        return variables
    }

    static func bibtex(key: String, title: String, publisher: String, site: String, edition: String?, year: String,
                       url: String, language: String) -> String {
        var fields = [("title", title), ("author", "{\(publisher)}"), ("howpublished", site)]
        if let edition { fields.append(("note", edition)) }
        if !year.isEmpty { fields.append(("year", year)) }
        fields += [("url", url), ("language", language)]
        let body = fields.map { "  \($0.0) = {\(escape($0.1))}" }.joined(separator: ",\n")
        return "@misc{\(key),\n\(body)\n}"
    }

    /// BibTeX's special characters, written so the entry reads back as the text.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&", "%", "$", "#", "_": result += "\\\(character)"
            default: result.append(character)
            }
        }
        return result
    }

    static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
