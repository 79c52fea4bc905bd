import Synchronization

/// Templates by name, compiled once, and the renderer that fills them in.
///
/// Output goes into one growing byte buffer. A partial, parent or block that has to be indented
/// is compiled again from its indented source the first time, and kept.
public final class TemplateLibrary: Sendable {
    let templates: [String: CompiledTemplate]
    let sources: [String: String]
    private let indented = Mutex<[IndentedKey: [TemplateNode]]>([:])
    /// Every name the templates use, by `TemplateName.id`, with its template.
    let names: [(template: String, name: TemplateName)]
    private let use: Mutex<NameUse>

    struct IndentedKey: Hashable {
        var source: String
        var indent: String
    }

    /// Compiles every template; the first syntax error of each is reported by template name.
    public init(_ sources: [String: String]) throws(TemplateLibraryError) {
        var templates: [String: CompiledTemplate] = [:]
        var errors: [String: TemplateSyntaxError] = [:]
        var names: [(template: String, name: TemplateName)] = []
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            var parser = TemplateParser(text)
            parser.firstID = names.count
            do {
                templates[name] = CompiledTemplate(name: name, nodes: try parser.parse())
                names += parser.names.map { (name, $0) }
            } catch {
                errors[name] = error
            }
        }
        if !errors.isEmpty { throw TemplateLibraryError(errors: errors) }
        self.templates = templates
        self.sources = sources
        self.names = names
        use = Mutex(NameUse(count: names.count))
    }

    /// Names that pages looked up and that no page ever had a value for, with the names the
    /// pages offered where they were looked up (for "did you mean"). A name inside a section no
    /// page opened is not among them: nothing is known of it.
    public func unresolvedNames() -> [UnresolvedName] {
        let use = use.withLock { $0 }
        return names.indices.filter { use.evaluated[$0] && !use.resolved[$0] }.map { id in
            UnresolvedName(template: names[id].template, name: names[id].name.text, position: names[id].name.position,
                           available: use.candidates[id] ?? [])
        }
    }

    public func contains(_ name: String) -> Bool { templates[name] != nil }

    /// Renders the template `name` with `data`; nil when there is no such template.
    public func render(_ name: String, _ data: TemplateData) -> String? {
        guard let template = templates[name] else { return nil }
        var renderer = Renderer(library: self, use: NameUse(count: names.count))
        renderer.wanted = use.withLock { $0.wantsCandidates }
        renderer.output.reserveCapacity(32 * 1024)
        var stack = [data]
        renderer.render(template.nodes, &stack, blocks: [:])
        use.withLock { $0.merge(renderer.use) }
        return String(decoding: renderer.output, as: UTF8.self)
    }

    /// The nodes of `source` with `prefix` before each of its lines.
    func nodes(_ source: String, indentedBy prefix: String) -> [TemplateNode] {
        let key = IndentedKey(source: source, indent: prefix)
        if let nodes = indented.withLock({ $0[key] }) { return nodes }
        var parser = TemplateParser(Indentation.indent(source, prefix))
        let nodes = (try? parser.parse()) ?? []
        indented.withLock { $0[key] = nodes }
        return nodes
    }
}

/// A name that no page gave a value: `{{titel}}`, where pages offer `title`.
public struct UnresolvedName: Sendable, Hashable {
    public var template: String
    public var name: String
    public var position: TemplatePosition
    /// The names in scope where it was looked up.
    public var available: Set<String>
}

/// Which names pages looked up, which they found, and what was in scope where one was missed.
struct NameUse: Sendable {
    var evaluated: [Bool]
    var resolved: [Bool]
    var candidates: [Int: Set<String>] = [:]

    init(count: Int) {
        evaluated = Array(repeating: false, count: count)
        resolved = evaluated
    }

    /// For each name: whether a miss should still record what was in scope.
    var wantsCandidates: [Bool] {
        resolved.indices.map { !resolved[$0] && candidates[$0] == nil }
    }

    mutating func merge(_ other: NameUse) {
        for index in evaluated.indices {
            if other.evaluated[index] { evaluated[index] = true }
            if other.resolved[index] { resolved[index] = true }
        }
        candidates.merge(other.candidates) { kept, _ in kept }
    }
}

/// Templates that do not parse, by name.
public struct TemplateLibraryError: Error, Sendable {
    public var errors: [String: TemplateSyntaxError]
}

/// Overrides in force while a parent is rendered: the outermost definition of a block wins.
typealias BlockOverrides = [String: BlockBody]

struct Renderer {
    let library: TemplateLibrary
    var use: NameUse
    /// `NameUse.wantsCandidates` as the page began.
    var wanted: [Bool] = []
    var output: [UInt8] = []
    var depth = 0

    mutating func render(_ nodes: [TemplateNode], _ stack: inout [TemplateData], blocks: BlockOverrides) {
        for node in nodes {
            switch node {
            case let .text(bytes):
                output += bytes
            case let .variable(name, escaped):
                guard let value = find(name, stack) else { continue }
                write(value.interpolated, escaped: escaped)
            case let .section(name, children, inverted):
                let value = find(name, stack) ?? .null
                if inverted {
                    if !value.isTruthy { render(children, &stack, blocks: blocks) }
                } else if value.isTruthy {
                    if case let .list(items) = value {
                        for item in items {
                            stack.append(item)
                            render(children, &stack, blocks: blocks)
                            stack.removeLast()
                        }
                    } else {
                        stack.append(value)
                        render(children, &stack, blocks: blocks)
                        stack.removeLast()
                    }
                }
            case let .partial(name, indent, _):
                guard depth < 100, let template = library.templates[name] else { continue }
                depth += 1
                let nodes = indent.isEmpty ? template.nodes : library.nodes(library.sources[name] ?? "", indentedBy: indent)
                render(nodes, &stack, blocks: blocks)
                depth -= 1
            case let .parent(name, indent, overrides, _):
                guard depth < 100, let template = library.templates[name] else { continue }
                depth += 1
                let merged = overrides.merging(blocks) { _, outer in outer }
                let nodes = indent.isEmpty ? template.nodes : library.nodes(library.sources[name] ?? "", indentedBy: indent)
                render(nodes, &stack, blocks: merged)
                depth -= 1
            case let .block(name, body, siteIndent):
                let chosen = blocks[name] ?? body
                guard let siteIndent else {
                    render(chosen.nodes, &stack, blocks: blocks)
                    continue
                }
                let prefix = body.indent.flatMap { $0.isEmpty ? nil : $0 } ?? siteIndent
                let nodes = prefix.isEmpty ? chosen.nodes : library.nodes(chosen.source, indentedBy: prefix)
                render(nodes, &stack, blocks: blocks)
            }
        }
    }

    /// `lookup`, noting for `TemplateLibrary.unresolvedNames` whether the name was found.
    mutating func find(_ name: TemplateName, _ stack: [TemplateData]) -> TemplateData? {
        let value = lookup(name, stack)
        guard name.id >= 0 else { return value }
        use.evaluated[name.id] = true
        if value != nil {
            use.resolved[name.id] = true
        } else if wanted[name.id] {
            wanted[name.id] = false
            use.candidates[name.id] = Self.inScope(name, stack)
        }
        return value
    }

    /// What a missed name could have meant: the names in scope, or for a dotted name whose first
    /// parts were found, the fields of the last object found, with its path (`t.title`).
    static func inScope(_ name: TemplateName, _ stack: [TemplateData]) -> Set<String> {
        var scope: Set<String> = []
        for case let .object(fields) in stack { scope.formUnion(fields.keys) }
        guard name.parts.count > 1, var value = Renderer.first(name.parts[0], stack) else { return scope }
        var path = name.parts[0]
        for part in name.parts.dropFirst() {
            guard case let .object(fields) = value else { return [] }
            guard let next = fields[part] else { return Set(fields.keys.map { path + "." + $0 }) }
            value = next
            path += "." + part
        }
        return scope
    }

    static func first(_ part: String, _ stack: [TemplateData]) -> TemplateData? {
        for case let .object(fields) in stack.reversed() {
            if let found = fields[part] { return found }
        }
        return nil
    }

    /// The value a name stands for: its first part looked up from the innermost context out,
    /// the other parts inside what that found.
    func lookup(_ name: TemplateName, _ stack: [TemplateData]) -> TemplateData? {
        guard let first = name.parts.first else { return stack.last }
        var value: TemplateData?
        for context in stack.reversed() {
            if case let .object(fields) = context, let found = fields[first] {
                value = found
                break
            }
        }
        for part in name.parts.dropFirst() {
            guard case let .object(fields)? = value else { return nil }
            value = fields[part]
        }
        return value
    }

    mutating func write(_ text: String, escaped: Bool) {
        var text = text
        text.withUTF8 { bytes in
            guard escaped else { output.append(contentsOf: bytes); return }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): output += [0x26, 0x61, 0x6D, 0x70, 0x3B]
                case UInt8(ascii: "<"): output += [0x26, 0x6C, 0x74, 0x3B]
                case UInt8(ascii: ">"): output += [0x26, 0x67, 0x74, 0x3B]
                case UInt8(ascii: "\""): output += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]
                case UInt8(ascii: "'"): output += [0x26, 0x23, 0x33, 0x39, 0x3B]
                default: output.append(byte)
                }
            }
        }
    }
}
