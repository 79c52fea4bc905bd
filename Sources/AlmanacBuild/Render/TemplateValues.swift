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
        if type == [String: String].self { return TemplateObject(fields: value as! [String: String]) }
        if type == [[String: Any]].self { return TemplateList(elements: value as! [[String: Any]]) }
        if type == [[String: String]].self { return TemplateList(elements: value as! [[String: String]]) }
        if type == [String].self { return TemplateList(elements: value as! [String]) }
        if type == [Any].self { return TemplateList(elements: value as! [Any]) }
        return value
    }
}

/// A string variable: rendered as itself, and a section over it has no children to search.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String

    var renderText: String { text }
    var isNull: Bool { false }
    func child(named: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name).map(TemplateValue.wrap) }
}

/// A dictionary of variables whose values are wrapped as they are looked up.
struct TemplateObject<Value>: MustacheParent, MustacheTransformable {
    let fields: [String: Value]

    func child(named name: String) -> Any? { fields[name].map { TemplateValue.wrap($0) } }
    func transform(_ name: String) -> Any? { fields.transform(name).map(TemplateValue.wrap) }
}

/// A list a section repeats over; its items are wrapped as the section reaches them.
struct TemplateList<Element>: MustacheSequence, MustacheTransformable {
    let elements: [Element]

    func makeIterator() -> Iterator { Iterator(base: elements.makeIterator()) }
    func transform(_ name: String) -> Any? { elements.transform(name).map(TemplateValue.wrap) }

    struct Iterator: IteratorProtocol {
        var base: IndexingIterator<[Element]>
        mutating func next() -> Any? { base.next().map { TemplateValue.wrap($0) } }
    }
}
