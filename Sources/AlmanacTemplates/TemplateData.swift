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
