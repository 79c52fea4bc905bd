import AlmanacCore

/// A Frictionless Data Package (`datapackage.json`) for a CSV of figures: what each column
/// means and holds (a Table Schema with types, units and a primary key), the licence and
/// sources from `site.yml`, and how to cite the data, in the file's language.
struct DataPackage {
    var context: PageContext
    var language: String
    var scope: DataScope

    /// Field types as Table Schema names them; text unless listed.
    static let types: [String: String] = ["edition": "integer", "unit_mult": "integer", "value": "number"]
    static let primaryKey = ["indicator", "period", "kind", "article"]

    func json() -> String {
        let config = context.model.config
        let ui = context.strings(language)
        var members: [(String, String)] = [
            ("profile", quoted("tabular-data-package")),
            ("name", quoted(scope.name)),
            ("title", quoted(title)),
            ("description", quoted(ui("data_package_description"))),
            ("homepage", quoted(context.urls.absolute(scope.page))),
            ("language", quoted(config.language(language)?.bcp47 ?? language)),
        ]
        if let license = config.license {
            var fields = [("name", quoted(license.name))]
            if let path = license.path { fields.append(("path", quoted(path))) }
            if let title = license.title { fields.append(("title", quoted(title))) }
            members.append(("licenses", "[" + object(fields) + "]"))
        }
        members.append(("sources", "[" + sources().map { object($0) }.joined(separator: ",") + "]"))
        members.append(("citation", quoted(citation)))
        members.append(("resources", "[" + resource() + "]"))
        return object(members) + "\n"
    }

    /// The README that travels with the data in the zip.
    func readme() -> String {
        let ui = context.strings(language)
        var lines = ["# \(title)", "", ui("data_package_description"), "", "## \(ui("data_readme_files"))", "",
                     "- `\(DataFormat.csv.fileName)`", "- `\(DataFormat.package.fileName)`", "", "## \(ui("data_readme_fields"))", ""]
        lines += OpenDataWriter.fields.map { "- `\($0)`: \(ui("data_field_\($0)"))" }
        lines += ["", "## \(ui("cite_this"))", "", citation]
        if let license = context.model.config.license {
            lines += ["", "## \(ui("data_readme_license"))", "", [license.title ?? license.name, license.path].compactMap { $0 }.joined(separator: " · ")]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

private extension DataPackage {
    var title: String {
        let site = context.model.config.title.resolved(language, fallback: context.model.config.defaultLanguage)
        return "\(site): \(scope.title)"
    }

    var citation: String {
        Citation(context: context, language: language).variables(Citation.Subject(
            title: scope.title, date: scope.edition.flatMap { context.model.editionInfo[$0]?.published },
            path: scope.page, edition: nil, key: scope.name))["text"]?.text ?? ""
    }

    /// The site, and each distinct source the catalogue names for the indicators in the data.
    func sources() -> [[(String, String)]] {
        let config = context.model.config
        var sources = [[("title", quoted(config.title.resolved(language, fallback: config.defaultLanguage))),
                        ("path", quoted(config.baseURL))]]
        let named = Set(context.model.catalogue.values.compactMap { $0.metadata.source?[language] })
        sources += named.sorted().map { [("title", quoted($0))] }
        return sources
    }

    func resource() -> String {
        let ui = context.strings(language)
        let fields = OpenDataWriter.fields.map { name -> String in
            var members = [("name", quoted(name)), ("type", quoted(Self.types[name] ?? "string")),
                           ("description", quoted(ui("data_field_\(name)")))]
            if name == "article" { members.append(("format", quoted("uri"))) }
            if let values = Self.allowed[name] {
                members.append(("constraints", object([("enum", "[" + values.map(quoted).joined(separator: ",") + "]")])))
            }
            return object(members)
        }
        let schema = object([
            ("fields", "[" + fields.joined(separator: ",") + "]"),
            ("primaryKey", "[" + Self.primaryKey.map(quoted).joined(separator: ",") + "]"),
            ("missingValues", "[\"\"]"),
        ])
        return object([
            ("name", quoted("indicators")), ("path", quoted(DataFormat.csv.fileName)), ("profile", quoted("tabular-data-resource")),
            ("format", quoted("csv")), ("mediatype", quoted("text/csv")), ("encoding", quoted("utf-8")),
            ("schema", schema),
        ])
    }

    /// Columns whose values come from a fixed list; empty where the value may be absent.
    static let allowed: [String: [String]] = [
        "kind": FigureKind.allCases.map(\.rawValue),
        "qualifier": [""] + FigureQualifier.allCases.map(\.rawValue),
        "status": [""] + FigureStatus.allCases.map(\.rawValue),
        "obs_status": [""] + FigureStatus.allCases.compactMap(\.sdmxCode),
    ]

    func quoted(_ text: String) -> String { JSONText.quoted(text) }

    func object(_ members: [(String, String)]) -> String {
        "{" + members.map { "\(JSONText.quoted($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }
}
