import Mustache

/// Page variables in the shapes swift-mustache resolves with the fewest runtime type checks.
///
/// For every `{{name}}` swift-mustache asks the values it meets which of its protocols they
/// conform to, and each `as?` to a protocol searches the runtime's conformance tables. A plain
/// `String` fails three of those checks before it is printed through `String(describing:)`, and a
/// string a section puts on the stack (`{{#summary}}…{{/summary}}`) is searched with `Mirror` by
/// every lookup inside that section. These wrappers answer the first check they are asked and keep
/// swift-mustache's behaviour, transforms included, so templates render byte for byte the same.
enum TemplateValue {
    /// The root of a page's variables.
    static func root(_ fields: [String: Any]) -> Any {
        TemplateObject(fields: fields)
    }

    /// Wraps one value when it is reached, so shared parts of a context are never copied.
    /// Only exact types are matched: an `as?` to another collection type would convert it.
    static func wrap(_ value: Any) -> Any {
        let type = type(of: value)
        if type == String.self { return TemplateText(text: value as! String) }
        if type == [String: Any].self { return TemplateObject(fields: value as! [String: Any]) }
        if type == [String: String].self { return TemplateStrings(fields: value as! [String: String]) }
        if type == [[String: Any]].self { return TemplateList(.objects(value as! [[String: Any]])) }
        if type == [[String: String]].self { return TemplateList(.stringTables(value as! [[String: String]])) }
        if type == [String].self { return TemplateList(.strings(value as! [String])) }
        if type == [Any].self { return TemplateList(.values(value as! [Any])) }
        return value
    }
}

// None of these types is generic: a generic one would look its type metadata up in the runtime's
// shared cache on every variable, and two cores doing so contend for that cache.

/// A string variable: rendered as itself, and a section over it has no children to search.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String

    var renderText: String { text }
    var isNull: Bool { false }
    func child(named: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name).map(TemplateValue.wrap) }
}

/// A dictionary of variables whose values are wrapped as they are looked up.
struct TemplateObject: MustacheParent, MustacheTransformable {
    let fields: [String: Any]

    func child(named name: String) -> Any? { fields[name].map(TemplateValue.wrap) }
    func transform(_ name: String) -> Any? { fields.transform(name).map(TemplateValue.wrap) }
}

/// A dictionary of strings, such as a language's string table.
struct TemplateStrings: MustacheParent, MustacheTransformable {
    let fields: [String: String]

    func child(named name: String) -> Any? { fields[name].map(TemplateText.init) }
    func transform(_ name: String) -> Any? { fields.transform(name).map(TemplateValue.wrap) }
}

/// A list a section repeats over; its items are wrapped as the section reaches them.
struct TemplateList: MustacheSequence, MustacheTransformable {
    enum Elements {
        case objects([[String: Any]])
        case stringTables([[String: String]])
        case strings([String])
        case values([Any])
    }

    let elements: Elements

    init(_ elements: Elements) {
        self.elements = elements
    }

    func makeIterator() -> Iterator { Iterator(elements: elements) }

    func transform(_ name: String) -> Any? {
        switch elements {
        case let .objects(list): list.transform(name).map(TemplateValue.wrap)
        case let .stringTables(list): list.transform(name).map(TemplateValue.wrap)
        case let .strings(list): list.transform(name).map(TemplateValue.wrap)
        case let .values(list): list.transform(name).map(TemplateValue.wrap)
        }
    }

    struct Iterator: IteratorProtocol {
        let elements: Elements
        var index = 0

        mutating func next() -> Any? {
            defer { index += 1 }
            switch elements {
            case let .objects(list): return index < list.count ? TemplateObject(fields: list[index]) : nil
            case let .stringTables(list): return index < list.count ? TemplateStrings(fields: list[index]) : nil
            case let .strings(list): return index < list.count ? TemplateText(text: list[index]) : nil
            case let .values(list): return index < list.count ? TemplateValue.wrap(list[index]) : nil
            }
        }
    }
}
