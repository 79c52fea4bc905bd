/// What one kind of page gives its template: each field's name, shape and meaning, declared in
/// Swift beside the code that fills it in. Templates are checked against it before any page is
/// rendered (`TemplateChecker`), and pages against it while tests render them (`mismatches`).
public struct TemplateFields: Sendable, Equatable {
    public var fields: [TemplateField]
    private var index: [String: Int]

    public init(_ fields: [TemplateField]) {
        self.fields = fields
        index = Dictionary(fields.enumerated().map { ($1.name, $0) }) { first, _ in first }
    }

    public subscript(_ name: String) -> TemplateField? {
        index[name].map { fields[$0] }
    }

    /// These fields followed by `other`'s; a field of `other` replaces one of the same name.
    public func adding(_ other: TemplateFields) -> TemplateFields {
        let replaced = Set(other.fields.map(\.name))
        return TemplateFields(fields.filter { !replaced.contains($0.name) } + other.fields)
    }

    public static func == (lhs: TemplateFields, rhs: TemplateFields) -> Bool { lhs.fields == rhs.fields }
}

public struct TemplateField: Sendable, Equatable {
    public var name: String
    public var shape: Shape
    /// Given only to some pages of the kind (a summary, an archive link once an edition is frozen).
    public var isOptional: Bool
    /// One line for the README's table of template variables.
    public var about: String

    public indirect enum Shape: Sendable, Equatable {
        /// Escaped by `{{name}}`.
        case text
        /// HTML Almanac made, written with `{{{name}}}`.
        case html
        case flag
        case number
        case object(TemplateFields)
        case list(TemplateFields)
        /// A list of text, read with the implicit iterator `{{.}}`.
        case texts
        /// Text by key, where the keys are the site's own (the string table `t`).
        case table(Set<String>)
    }

    public init(_ name: String, _ shape: Shape, optional: Bool = false, _ about: String = "") {
        self.name = name
        self.shape = shape
        isOptional = optional
        self.about = about
    }
}

extension TemplateFields {
    /// Where a page's values differ from these declarations, one line each (`article.titel:
    /// not declared`), for tests that render whole sites.
    public func mismatches(of data: TemplateData, at path: String = "") -> [String] {
        guard case let .object(values) = data else { return ["\(path.isEmpty ? "page" : path): not an object"] }
        var problems: [String] = []
        for field in fields where !field.isOptional && values[field.name] == nil {
            problems.append("\(path)\(field.name): declared but not given")
        }
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            guard let field = self[name] else {
                problems.append("\(path)\(name): given but not declared")
                continue
            }
            problems += field.shape.mismatches(of: value, at: path + name)
        }
        return problems
    }
}

extension TemplateField.Shape {
    func mismatches(of value: TemplateData, at path: String) -> [String] {
        switch (self, value) {
        case (.text, .text), (.html, .text), (.flag, .flag), (.number, .number), (.table, .object):
            return []
        case let (.object(fields), .object):
            return fields.mismatches(of: value, at: path + ".")
        case let (.list(fields), .list(items)):
            return items.enumerated().flatMap { fields.mismatches(of: $1, at: "\(path)[\($0)].") }
        case let (.texts, .list(items)):
            return items.allSatisfy { if case .text = $0 { true } else { false } } ? [] : ["\(path): not a list of text"]
        default:
            return ["\(path): declared \(name), given \(value.shapeName)"]
        }
    }

    var name: String {
        switch self {
        case .text: "text"
        case .html: "HTML"
        case .flag: "flag"
        case .number: "number"
        case .object: "object"
        case .list: "list"
        case .texts: "list of text"
        case .table: "table"
        }
    }
}

extension TemplateData {
    var shapeName: String {
        switch self {
        case .null: "null"
        case .flag: "flag"
        case .text: "text"
        case .number: "number"
        case .list: "list"
        case .object: "object"
        }
    }
}
