/// Reads templates against the fields their pages declare, before any page is rendered: each
/// page template is walked as its page would render it, through partials, parents and blocks,
/// with the declared fields in scope where the page's values would be.
///
/// A name is reported when no walk that reached it found it. A name inside a section over a name
/// that was not found is not judged: nothing is known of what would be in scope there.
public struct TemplateChecker {
    let library: TemplateLibrary
    private var evaluated: [Bool]
    private var resolved: [Bool]
    private var candidates: [Int: Set<String>] = [:]

    public init(_ library: TemplateLibrary) {
        self.library = library
        evaluated = Array(repeating: false, count: library.names.count)
        resolved = evaluated
    }

    /// Names the templates use that no page declares, each with the names in scope where it is used.
    public static func unresolvedNames(in library: TemplateLibrary, pages: [String: TemplateFields]) -> [UnresolvedName] {
        var checker = TemplateChecker(library)
        for (template, fields) in pages.sorted(by: { $0.key < $1.key }) {
            guard let compiled = library.templates[template] else { continue }
            var scopes = [Scope.fields(fields)]
            checker.walk(compiled.nodes, &scopes, blocks: [:], depth: 0)
        }
        return checker.unresolved()
    }

    func unresolved() -> [UnresolvedName] {
        library.names.indices.filter { evaluated[$0] && !resolved[$0] }.map { id in
            UnresolvedName(template: library.names[id].template, name: library.names[id].name.text,
                           position: library.names[id].name.position, available: candidates[id] ?? [])
        }
    }
}

/// A name that no page gives a value: `{{titel}}`, where pages offer `title`.
public struct UnresolvedName: Sendable, Hashable {
    public var template: String
    public var name: String
    public var position: TemplatePosition
    /// The names in scope where it was looked up.
    public var available: Set<String>
}

private extension TemplateChecker {
    /// What a section pushes: declared fields, a value with none (text, a flag), or the unknown.
    enum Scope {
        case fields(TemplateFields)
        case opaque
        case unknown
    }

    enum Lookup {
        case found(TemplateField.Shape?)
        case missing
        /// Looked up where nothing is known, so not judged.
        case unjudged
    }

    mutating func walk(_ nodes: [TemplateNode], _ scopes: inout [Scope], blocks: BlockOverrides, depth: Int) {
        for node in nodes {
            switch node {
            case .text:
                continue
            case let .variable(name, _):
                _ = find(name, scopes)
            case let .section(name, children, inverted):
                let lookup = find(name, scopes)
                let scope = inverted ? nil : Self.scope(of: lookup)
                if let scope { scopes.append(scope) }
                walk(children, &scopes, blocks: blocks, depth: depth)
                if scope != nil { scopes.removeLast() }
            case let .partial(name, _, _):
                guard depth < 20, let template = library.templates[name] else { continue }
                walk(template.nodes, &scopes, blocks: blocks, depth: depth + 1)
            case let .parent(name, _, overrides, _):
                guard depth < 20, let template = library.templates[name] else { continue }
                walk(template.nodes, &scopes, blocks: overrides.merging(blocks) { _, outer in outer }, depth: depth + 1)
            case let .block(name, body, _):
                walk((blocks[name] ?? body).nodes, &scopes, blocks: blocks, depth: depth)
            }
        }
    }

    static func scope(of lookup: Lookup) -> Scope {
        guard case let .found(shape?) = lookup else { return .unknown }
        switch shape {
        case let .object(fields), let .list(fields): return .fields(fields)
        case let .table(keys): return .fields(TemplateFields(keys.sorted().map { TemplateField($0, .text) }))
        case .text, .html, .flag, .number, .texts: return .opaque
        }
    }

    mutating func find(_ name: TemplateName, _ scopes: [Scope]) -> Lookup {
        let lookup = Self.lookup(name, scopes)
        guard name.id >= 0 else { return lookup }
        switch lookup {
        case .found:
            evaluated[name.id] = true
            resolved[name.id] = true
        case .missing:
            evaluated[name.id] = true
            candidates[name.id, default: []].formUnion(Self.inScope(name, scopes))
        case .unjudged:
            break
        }
        return lookup
    }

    /// As the renderer looks a name up: its first part from the innermost scope out, the other
    /// parts inside what that found.
    static func lookup(_ name: TemplateName, _ scopes: [Scope]) -> Lookup {
        guard let first = name.parts.first else { return .found(nil) }
        var shape: TemplateField.Shape?
        search: for scope in scopes.reversed() {
            switch scope {
            case .unknown: return .unjudged
            case .opaque: continue
            case let .fields(fields):
                if let field = fields[first] { shape = field.shape; break search }
            }
        }
        guard var current = shape else { return .missing }
        for part in name.parts.dropFirst() {
            guard let next = field(part, of: current) else { return .missing }
            current = next
        }
        return .found(current)
    }

    static func field(_ name: String, of shape: TemplateField.Shape) -> TemplateField.Shape? {
        switch shape {
        case let .object(fields): fields[name]?.shape
        case let .table(keys): keys.contains(name) ? .text : nil
        default: nil
        }
    }

    /// What a missed name could have meant: the names in scope, or for a dotted name whose first
    /// parts were found, the fields of the last object found, with its path (`t.title`).
    static func inScope(_ name: TemplateName, _ scopes: [Scope]) -> Set<String> {
        var names: Set<String> = []
        for case let .fields(fields) in scopes { names.formUnion(fields.fields.map(\.name)) }
        guard name.parts.count > 1, case var .found(shape?) = lookup(TemplateName(parts: [name.parts[0]]), scopes) else { return names }
        var path = name.parts[0]
        for part in name.parts.dropFirst() {
            guard let next = field(part, of: shape) else {
                switch shape {
                case let .object(fields): return Set(fields.fields.map { path + "." + $0.name })
                case let .table(keys): return Set(keys.map { path + "." + $0 })
                default: return []
                }
            }
            shape = next
            path += "." + part
        }
        return names
    }
}
