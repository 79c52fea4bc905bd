/// What a template is rendered with: a small tree of typed values instead of `Any`, so a lookup
/// is a dictionary access and a switch, never a runtime type check.
public indirect enum TemplateData: Sendable, Equatable {
    case null
    case flag(Bool)
    case text(String)
    case number(Double)
    case list([TemplateData])
    case object([String: TemplateData])

    /// Whether a section over this value renders: false, null and an empty list do not. Empty
    /// text does, as in the renderer these templates were first written for.
    var isTruthy: Bool {
        switch self {
        case .null: false
        case let .flag(value): value
        case let .list(items): !items.isEmpty
        case .text, .number, .object: true
        }
    }

    /// A field of an object; nothing for any other value.
    public subscript(_ key: String) -> TemplateData? {
        if case let .object(fields) = self { return fields[key] }
        return nil
    }

    /// The value as interpolation writes it.
    var interpolated: String {
        switch self {
        case .null, .list, .object: ""
        case let .flag(value): value ? "true" : "false"
        case let .text(text): text
        case let .number(value):
            value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        }
    }
}

/// Page builders write their values as literals where they can: `["year": .text(year), "current": true]`.
extension TemplateData: ExpressibleByStringInterpolation, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .flag(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(arrayLiteral elements: TemplateData...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateData)...) {
        self = .object(Dictionary(elements) { _, last in last })
    }

    public static func number(_ value: Int) -> TemplateData { .number(Double(value)) }
    /// A list of objects.
    public static func list(_ objects: [[String: TemplateData]]) -> TemplateData { .list(objects.map(TemplateData.object)) }
    public static func texts(_ values: [String]) -> TemplateData { .list(values.map(TemplateData.text)) }
}

extension TemplateData {
    /// The text this value holds; nil for any other value.
    public var text: String? {
        if case let .text(text) = self { return text }
        return nil
    }
}
