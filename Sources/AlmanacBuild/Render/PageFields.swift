import AlmanacTemplates

/// The fields each kind of page gives its template, declared once. `TemplateSet` checks the
/// templates against them before rendering (a name no page of a template's kind declares is a
/// located warning), debug builds check every rendered page against them, and the README's table
/// of template variables is made from them (`markdown`).
enum PageFields {
    /// The fields of each page template, the string table's keys included.
    static func byTemplate(stringKeys: Set<String>) -> [String: TemplateFields] {
        let common = common(stringKeys: stringKeys)
        return kinds.mapValues { common.adding($0) }
    }

    /// On every page.
    static func common(stringKeys: Set<String>) -> TemplateFields {
        TemplateFields([
            .text("lang", "the page's language code"), .text("bcp47", "its BCP 47 tag"),
            .text("site_title"), .text("site_description"),
            .text("title", "the page's own title"), .text("page_title", "title · site title, for `<title>`"),
            .text("meta_description"), .text("canonical", "the page's absolute URL"), .text("og_url"),
            .text("stylesheet"), .text("home_url"), .text("root_url"), .text("search_url"), .text("indicators_url"),
            .text("tags_url"), .text("feed_url"),
            .text("archive_url", "once an edition is frozen").optional,
            .list("alternates", [.text("hreflang"), .text("href")], "the page in every language that has it"),
            .text("x_default", "the page in the default language"),
            .list("languages", [.text("name"), .text("bcp47"), .text("url"), .flag("missing"), .text("missing_note")],
                  "the other languages, for the switcher"),
            .flag("translation_missing", "some language lacks this page"),
            .list("nav_editions", [.text("year"), .text("url")]),
            .list("nav_pages", [.text("title"), .text("url")], "the standalone pages"),
            .object("archived", [.text("notice"), .text("date")], "only on the pages of an edition being frozen").optional,
            TemplateField("t", .table(stringKeys), "the string table (`{{t.key}}`)"),
        ])
    }

    static let kinds: [String: TemplateFields] = [
        "root": TemplateFields([
            .list("entries", [.text("bcp47"), .text("name"), .text("title"), .text("description"), .text("url"), .text("enter")],
                  "one per language"),
        ]),
        "home": TemplateFields([
            .text("og_type"),
            .object("latest", [.text("year"), .text("url"), .list("articles", articleItem, "the ten newest"), .flag("more"),
                               .list("tiles", tile)], "the newest edition"),
            .list("editions", [.text("year"), .text("url"), .text("count")]),
        ]),
        "edition": marked.adding(TemplateFields([
            .object("edition", [
                .text("year"), .text("title"), .text("coverage").optional, .text("about").optional,
                .text("published").optional, .text("published_iso").optional, .text("next_release").optional,
                .text("revisions_url").optional, .text("revisions_link").optional,
                .list("articles", articleItem), .list("figures", figureRow), .flag("has_figures"), .list("tiles", tile),
                TemplateField("charts", .texts, "HTML of each chart"), .list("editions", switcher, "the edition switcher"),
                .text("data_csv"), .text("data_json"), .text("data_package"),
            ]),
            .object("citation", citation), .html("json_ld", "Dataset markup"),
        ])),
        "article": marked.adding(TemplateFields([
            .text("og_type"),
            .object("article", [
                .text("title"), .text("date"), .text("date_iso"), .text("summary").optional,
                .list("tags", [.text("name"), .text("url")]), .flag("has_tags"), .flag("draft"), .html("body"),
                .list("toc", [.text("id"), .text("text"), .number("level"), .flag("sub")]), .flag("has_toc"),
                .text("reading_time"), .flag("is_page"),
                .text("edition", "absent on standalone pages").optional, .text("edition_url").optional,
                .list("editions", switcher).optional, .text("data_csv").optional,
                .list("figures", figureRow), .flag("has_figures"),
            ]),
            .object("previous", link).optional, .object("next", link).optional, .flag("has_neighbours"),
            .object("citation", citation),
        ])),
        "indicators": TemplateFields([
            .list("themes", [.text("id"), .text("title"), .list("indicators", [
                .text("name"), .text("url"), .text("latest").optional, .text("latest_period").optional,
            ])]),
            .object("data", [.text("csv"), .text("json"), .text("package")], "the site-wide data files"),
        ]),
        "indicator": marked.adding(TemplateFields([
            .object("indicator", [
                .text("id"), .text("name"), .text("unit"), .html("chart"),
                .list("figures", indicatorRow + [.text("target").optional, .text("verdict").optional, .text("verdict_id").optional]),
                .list("targets", indicatorRow), .flag("has_targets"), .text("index_url"),
                .list("about", [.text("label"), .text("text")], "definition, source, method, frequency, …"), .flag("has_about"),
                .list("related", [.text("name"), .text("url")]), .flag("has_related"),
                .list("revisions", revisedRow + [.number("changes")]), .flag("has_revisions"),
            ]),
            .object("citation", citation), .html("json_ld", "Dataset markup"),
        ])),
        "revisions": TemplateFields([
            .object("revisions", [
                .text("year"), .text("previous"), .text("title"), .text("edition_url"), .text("previous_url"),
                .list("revised", revisedRow), .flag("has_revised"),
                .list("new", [.text("name"), .text("url"), .text("period"), .text("value"), .text("kind")]), .flag("has_new"),
                .list("dropped", [.text("name"), .text("url")]), .flag("has_dropped"),
                .list("verdicts", [.text("name"), .text("url"), .text("period"), .text("before"), .text("after")]),
                .flag("has_verdicts"), .flag("nothing"),
            ]),
        ]),
        "tags": TemplateFields([.list("tags", [.text("name"), .text("url"), .text("count")])]),
        "tag": TemplateFields([.object("tag", [.text("name"), .list("articles", articleItem), .text("index_url")])]),
        "search": TemplateFields([.object("search", [.text("index_url"), .text("script_url")])]),
        "404": TemplateFields([
            .flag("noindex"),
            .list("entries", [.text("bcp47"), .text("title"), .text("text"), .text("home"), .text("url"), .text("search"),
                              .text("search_url")], "one per language"),
        ]),
        "archive": TemplateFields([
            .list("archive", [
                .text("year"), .text("title"), .text("url"), .text("frozen_on"), .text("frozen_date"), .text("files"),
                .text("size"), .text("version"), .text("digest"), .text("citation"), .text("manifest_url"),
                .text("bundle_url"), .text("bundle_size"), .text("warc_url"), .text("warc_size"),
            ], "one per frozen edition"),
        ]),
        ChartPages.template: TemplateFields([
            .object("chart", [
                .text("title"), .html("figure"), .text("page_url"), .text("from"), .text("iframe", "the embed snippet, as text"),
                .text("svg_url"), .text("csv_url"),
            ]),
        ]),
    ]
}

private extension PageFields {
    static let link: [TemplateField] = [.text("title"), .text("url")]
    static let switcher: [TemplateField] = [.text("year"), .text("url"), .flag("current")]
    static let articleItem: [TemplateField] = [
        .text("title"), .text("url"), .text("date"), .text("date_iso"), .text("summary").optional, .flag("draft"),
        .text("edition"),
    ]
    static let markers: [TemplateField] = [.list("footnotes", [.number("number"), .text("href"), .text("id")]), .flag("has_footnotes")]
    static let statusMark: [TemplateField] = [.text("status_flag").optional, .text("status").optional, .text("status_id").optional]
    static let figureRow: [TemplateField] = [
        .text("id"), .text("name"), .text("value", "with unit and qualifier"), .text("period"), .text("kind"), .text("kind_id"),
        .text("note").optional, .text("anchor", "for citing; only on a figure's first row on the page").optional,
    ] + statusMark + markers
    static let indicatorRow: [TemplateField] = [
        .text("period"), .text("value"), .text("kind"), .text("kind_id"), .text("note").optional, .text("edition"),
        .text("reported"), .text("article_title"), .text("article_url"), .text("anchor"),
        .list("vintages", [.text("value"), .text("kind"), .text("kind_id"), .text("edition"), .text("reported"),
                           .text("article_title"), .text("article_url")] + markers),
        .flag("has_vintages"),
    ] + statusMark + markers
    static let revisedRow: [TemplateField] = [
        .text("name"), .text("url"), .text("anchor"), .text("period"), .text("from"), .text("from_edition"), .text("from_date"),
        .text("to"), .text("to_edition"), .text("to_date"), .text("difference"), .text("kind"), .flag("is_correction"),
    ]
    static let tile: [TemplateField] = [
        .text("name"), .text("value"), .text("period"), .text("kind"), .flag("is_actual"), .text("url"),
        .text("status_flag").optional, .text("status").optional,
        .text("change", "against the previous edition").optional, .text("change_direction", "up or down").optional,
    ]
    static let citation: [TemplateField] = [
        .text("text"), .text("bibtex"), .text("title"), .text("author"), .text("date").optional, .text("url"), .text("language"),
    ]
    /// What pages with figure tables show under them (`FigureMarks.variables`).
    static let marked = TemplateFields([
        .list("footnotes", [.number("number"), .text("id"), .text("text"), .text("back")], "the notes under the tables"),
        .flag("has_footnotes"), .list("status_legend", [.text("flag"), .text("name")]), .flag("has_status_legend"),
    ])
}

extension TemplateField {
    static func text(_ name: String, _ about: String = "") -> TemplateField { TemplateField(name, .text, about) }
    static func html(_ name: String, _ about: String = "") -> TemplateField { TemplateField(name, .html, about) }
    static func flag(_ name: String, _ about: String = "") -> TemplateField { TemplateField(name, .flag, about) }
    static func number(_ name: String, _ about: String = "") -> TemplateField { TemplateField(name, .number, about) }
    static func object(_ name: String, _ fields: [TemplateField], _ about: String = "") -> TemplateField {
        TemplateField(name, .object(TemplateFields(fields)), about)
    }
    static func list(_ name: String, _ fields: [TemplateField], _ about: String = "") -> TemplateField {
        TemplateField(name, .list(TemplateFields(fields)), about)
    }

    /// Given only to some pages of its kind.
    var optional: TemplateField {
        var field = self
        field.isOptional = true
        return field
    }
}

extension PageFields {
    /// The README's list of template variables, made from the declarations.
    static func markdown() -> String {
        var lines = [
            "`name?`: only some pages of the kind have it; `{…}`: an object with these fields; `[…]`: a list of",
            "items with these fields; (HTML): write it with `{{{name}}}`.",
            "",
            "- Every page: " + describe(common(stringKeys: []).fields) + ".",
        ]
        for template in kinds.keys.sorted() {
            lines.append("- `\(template).mustache`: " + describe(kinds[template]?.fields ?? []) + ".")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ fields: [TemplateField]) -> String {
        fields.map { field in
            let about = field.about.isEmpty ? "" : " (\(field.about))"
            return "`\(field.name)\(field.isOptional ? "?" : "")`" + shape(field.shape) + about
        }.joined(separator: ", ")
    }

    private static func shape(_ shape: TemplateField.Shape) -> String {
        func names(_ fields: TemplateFields) -> String {
            fields.fields.map { "`\($0.name)\($0.isOptional ? "?" : "")`" + nested($0.shape) }.joined(separator: ", ")
        }
        func nested(_ shape: TemplateField.Shape) -> String {
            switch shape {
            case let .object(fields): " {" + names(fields) + "}"
            case let .list(fields): " [" + names(fields) + "]"
            case .texts: " [text]"
            case .html: " (HTML)"
            case .text, .flag, .number, .table: ""
            }
        }
        return nested(shape)
    }
}
