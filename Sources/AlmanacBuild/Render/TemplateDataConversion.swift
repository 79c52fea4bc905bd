import AlmanacTemplates

extension TemplateData {
    /// A page's variables as the renderer reads them, converted once per page: the renderer then
    /// never asks a value what it is.
    init(page fields: [String: Any]) {
        self = .object(fields.mapValues(TemplateData.init(any:)))
    }

    /// Exact types are matched first: they are what page builders make, and an `as?` to a
    /// collection type would convert its elements one by one.
    init(any value: Any) {
        let type = type(of: value)
        if type == String.self { self = .text(value as! String) }
        else if type == TemplateData.self { self = value as! TemplateData }
        else if type == Bool.self { self = .flag(value as! Bool) }
        else if type == Int.self { self = .number(Double(value as! Int)) }
        else if type == [String: Any].self { self = .object((value as! [String: Any]).mapValues(TemplateData.init(any:))) }
        else if type == [String: String].self { self = .object((value as! [String: String]).mapValues(TemplateData.text)) }
        else if type == [[String: Any]].self { self = .list((value as! [[String: Any]]).map(TemplateData.init(page:))) }
        else if type == [[String: String]].self { self = .list((value as! [[String: String]]).map { .object($0.mapValues(TemplateData.text)) }) }
        else if type == [String].self { self = .list((value as! [String]).map(TemplateData.text)) }
        else if type == [Any].self { self = .list((value as! [Any]).map(TemplateData.init(any:))) }
        else if let number = value as? Double { self = .number(number) }
        else if let optional = value as? OptionalValue { self = optional.wrapped.map(TemplateData.init(any:)) ?? .null }
        else { self = .text(String(describing: value)) }
    }
}

/// An `Optional` whatever it wraps, so a nil put in a page's variables renders as missing.
protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    var wrapped: Any? { self.map { $0 as Any } }
}
