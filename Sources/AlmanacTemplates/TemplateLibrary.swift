import Synchronization

/// Templates by name, compiled once, and the renderer that fills them in.
///
/// Output goes into one growing byte buffer. A partial, parent or block that has to be indented
/// is compiled again from its indented source the first time, and kept.
public final class TemplateLibrary: Sendable {
    let templates: [String: CompiledTemplate]
    let sources: [String: String]
    private let indented = Mutex<[IndentedKey: [TemplateNode]]>([:])
    /// Every name the templates use, by `TemplateName.id`, with its template (`TemplateChecker`).
    let names: [(template: String, name: TemplateName)]

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
    }

    public func contains(_ name: String) -> Bool { templates[name] != nil }

    /// Renders the template `name` with `data`; nil when there is no such template.
    public func render(_ name: String, _ data: TemplateData) -> String? {
        renderBytes(name, data).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `render` as UTF-8, the form pages are written in: no text is made of it.
    public func renderBytes(_ name: String, _ data: TemplateData) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var renderer = Renderer(library: self)
        renderer.output.reserveCapacity(32 * 1024)
        var stack = [data]
        renderer.render(template.nodes, &stack, blocks: [:])
        return renderer.output
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

/// Templates that do not parse, by name.
public struct TemplateLibraryError: Error, Sendable {
    public var errors: [String: TemplateSyntaxError]
}

/// Overrides in force while a parent is rendered: the outermost definition of a block wins.
typealias BlockOverrides = [String: BlockBody]

struct Renderer {
    let library: TemplateLibrary
    var output: [UInt8] = []
    var depth = 0

    mutating func render(_ nodes: [TemplateNode], _ stack: inout [TemplateData], blocks: BlockOverrides) {
        for node in nodes {
            switch node {
            case let .text(bytes):
                output += bytes
            case let .variable(name, escaped):
                guard let value = lookup(name, stack) else { continue }
                write(value.interpolated, escaped: escaped)
            case let .section(name, children, inverted):
                let value = lookup(name, stack) ?? .null
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

    /// Copies `text`, with HTML's five special characters as entities when `escaped`: the runs
    /// between them are copied whole, since most text has none.
    mutating func write(_ text: String, escaped: Bool) {
        var text = text
        text.withUTF8 { bytes in
            guard escaped else { output.append(contentsOf: bytes); return }
            var start = 0
            for index in bytes.indices {
                let entity: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }
}
