/// A syntax error in a template, at its line and column.
public struct TemplateSyntaxError: Error, Sendable, Equatable {
    public var message: String
    public var position: TemplatePosition
}

/// Parses Mustache source into nodes, following the specification's whitespace rules: a tag
/// alone on its line other than an interpolation ("standalone") takes the whole line with it, and
/// a standalone partial or parent gives its indentation to every line it expands to.
///
/// Parents and blocks also keep their content as source, because the specification defines
/// block indentation on text: a block's content is dedented where it is defined and indented
/// again where it is expanded.
struct TemplateParser {
    let source: [UInt8]
    var open: [UInt8] = Array("{{".utf8)
    var close: [UInt8] = Array("}}".utf8)
    /// The names met so far, numbered from `firstID`; nil numbers none.
    var firstID: Int?
    var names: [TemplateName] = []

    init(_ text: String) {
        source = Array(text.utf8)
    }

    enum Kind: Equatable {
        case variable, unescaped, section, inverted, closing, comment, partial, parent, block, delimiters
        /// Kinds that vanish from a line they stand alone on.
        var canStandAlone: Bool { self != .variable && self != .unescaped }
    }

    struct Tag {
        var kind: Kind
        var content: String
        /// The tag itself, delimiters included, in `source`.
        var start: Int, end: Int
        /// What the tag removes from the output: itself, or its whole line when standalone.
        var cutStart: Int, cutEnd: Int
        var position: TemplatePosition
        /// The whitespace before a standalone tag on its line.
        var indent = ""
        var isStandalone = false
    }

    mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        var tags = try tokenize()
        markStandalone(&tags)
        var index = 0
        return try build(&index, tags: tags, from: 0, until: nil)
    }
}

// MARK: - Tokens

extension TemplateParser {
    mutating func tokenize() throws(TemplateSyntaxError) -> [Tag] {
        var tags: [Tag] = []
        var index = 0
        while let start = find(open, from: index) {
            var kind = Kind.variable
            var contentStart = start + open.count
            var closer = close
            if contentStart < source.count {
                switch source[contentStart] {
                case UInt8(ascii: "{"): kind = .unescaped; closer = Array("}".utf8) + close
                case UInt8(ascii: "&"): kind = .unescaped
                case UInt8(ascii: "#"): kind = .section
                case UInt8(ascii: "^"): kind = .inverted
                case UInt8(ascii: "/"): kind = .closing
                case UInt8(ascii: "!"): kind = .comment
                case UInt8(ascii: ">"): kind = .partial
                case UInt8(ascii: "<"): kind = .parent
                case UInt8(ascii: "$"): kind = .block
                case UInt8(ascii: "="): kind = .delimiters; closer = Array("=".utf8) + close
                default: break
                }
                if kind != .variable { contentStart += 1 }
            }
            guard let end = find(closer, from: contentStart) else {
                throw TemplateSyntaxError(message: "unclosed tag: no \(String(decoding: closer, as: UTF8.self)) after this", position: position(of: start))
            }
            let content = String(decoding: source[contentStart..<end], as: UTF8.self).trimmingWhitespace
            let tagEnd = end + closer.count
            if kind == .delimiters {
                let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                    throw TemplateSyntaxError(message: "a delimiter change needs two delimiters, such as {{=<% %>=}}", position: position(of: start))
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            } else if kind != .comment, content.isEmpty {
                throw TemplateSyntaxError(message: "empty tag: write a name between the delimiters", position: position(of: start))
            }
            tags.append(Tag(kind: kind, content: content, start: start, end: tagEnd, cutStart: start, cutEnd: tagEnd,
                            position: position(of: start)))
            index = tagEnd
        }
        return tags
    }

    func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start <= source.count - needle.count else { return nil }
        var index = start
        let last = source.count - needle.count
        while index <= last {
            if source[index] == first, source[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    func lineNumber(of offset: Int) -> Int {
        1 + source[..<offset].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    func position(of offset: Int) -> TemplatePosition {
        var line = 1, lineStart = 0
        for index in 0..<offset where source[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return TemplatePosition(line: line, column: String(decoding: source[lineStart..<offset], as: UTF8.self).count + 1)
    }
}

// MARK: - Standalone lines

extension TemplateParser {
    func lineStart(before offset: Int) -> Int {
        var index = offset
        while index > 0, source[index - 1] != UInt8(ascii: "\n") { index -= 1 }
        return index
    }

    func lineEnd(after offset: Int) -> Int {
        var index = offset
        while index < source.count, source[index] != UInt8(ascii: "\n") { index += 1 }
        return min(source.count, index + 1)
    }

    func isBlank(_ start: Int, _ end: Int) -> Bool {
        source[start..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    func before(_ tag: Tag) -> (start: Int, blank: Bool) {
        let start = lineStart(before: tag.start)
        return (start, isBlank(start, tag.start))
    }

    func after(_ tag: Tag) -> (end: Int, blank: Bool) {
        let end = lineEnd(after: tag.end)
        return (end, isBlank(tag.end, end))
    }

    func standalone(_ tags: inout [Tag], _ index: Int) {
        let line = before(tags[index]).start
        tags[index].indent = String(decoding: source[line..<tags[index].start], as: UTF8.self)
        tags[index].cutStart = line
        tags[index].cutEnd = after(tags[index]).end
        tags[index].isStandalone = true
    }

    /// Marks each tag alone on its line, and the pairs the specification also counts as
    /// standalone: an empty parent or block on one line, a parent with its first block opened on
    /// its line, and a last block closed on the parent's closing line.
    func markStandalone(_ tags: inout [Tag]) {
        for index in tags.indices where tags[index].kind.canStandAlone {
            if before(tags[index]).blank && after(tags[index]).blank { standalone(&tags, index) }
        }
        for index in tags.indices.dropLast() {
            let first = tags[index], second = tags[index + 1]
            guard first.end == second.start, before(first).blank, after(second).blank else { continue }
            switch (first.kind, second.kind) {
            case (.block, .closing), (.parent, .closing), (.parent, .block), (.closing, .closing):
                tags[index].indent = String(decoding: source[before(first).start..<first.start], as: UTF8.self)
                tags[index].cutStart = before(first).start
                tags[index].isStandalone = true
                tags[index + 1].cutEnd = after(second).end
                tags[index + 1].isStandalone = true
                // An empty block keeps its line's end: it is where the expanded content ends.
                if first.kind == .block { tags[index + 1].cutEnd -= 1 }
            default:
                break
            }
        }
    }
}

// MARK: - Tree

extension TemplateParser {
    /// Nodes from `tags[index...]` until the closing tag of `section` (nil: the end of the template).
    mutating func name(_ tag: Tag) -> TemplateName {
        var name = TemplateName(Substring(tag.content), at: tag.position)
        if let firstID {
            name.id = firstID + names.count
            names.append(name)
        }
        return name
    }

    mutating func build(_ index: inout Int, tags: [Tag], from offset: Int, until section: Tag?) throws(TemplateSyntaxError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var cursor = offset
        while index < tags.count {
            let tag = tags[index]
            if tag.cutStart > cursor { nodes.append(.text(Array(source[cursor..<tag.cutStart]))) }
            cursor = max(cursor, tag.cutEnd)
            index += 1
            switch tag.kind {
            case .comment, .delimiters:
                continue
            case .variable, .unescaped:
                nodes.append(.variable(name(tag), escaped: tag.kind == .variable))
            case .partial:
                nodes.append(.partial(tag.content, indent: tag.isStandalone ? tag.indent : "", position: tag.position))
            case .closing:
                guard let section, section.content == tag.content else {
                    let open = section.map { " (the open section is \($0.content), from line \($0.position.line))" } ?? ""
                    throw TemplateSyntaxError(message: "{{/\(tag.content)}} closes no open section\(open)", position: tag.position)
                }
                return nodes
            case .section, .inverted:
                let sectionName = name(tag)
                let children = try build(&index, tags: tags, from: tag.cutEnd, until: tag)
                cursor = tags[index - 1].cutEnd
                nodes.append(.section(sectionName, children, inverted: tag.kind == .inverted))
            case .block:
                let body = try blockBody(&index, tags: tags, open: tag)
                cursor = tags[index - 1].cutEnd
                nodes.append(.block(tag.content, body, siteIndent: tag.isStandalone ? tag.indent : nil))
            case .parent:
                var blocks: [String: BlockBody] = [:]
                let start = index
                _ = try build(&index, tags: tags, from: tag.cutEnd, until: tag)
                var inner = start
                while inner < index - 1 {
                    let child = tags[inner]
                    inner += 1
                    guard child.kind == .block else { continue }
                    var at = inner
                    let body = try blockBody(&at, tags: tags, open: child)
                    if blocks[child.content] == nil { blocks[child.content] = body }
                    inner = at
                }
                cursor = tags[index - 1].cutEnd
                nodes.append(.parent(tag.content, indent: tag.isStandalone ? tag.indent : "", blocks: blocks, position: tag.position))
            }
        }
        if let section {
            throw TemplateSyntaxError(message: "no {{/\(section.content)}} closes this section", position: section.position)
        }
        if cursor < source.count { nodes.append(.text(Array(source[cursor...]))) }
        return nodes
    }

    /// A block's content: parsed, and kept as source, dedented when the block is standalone.
    mutating func blockBody(_ index: inout Int, tags: [Tag], open: Tag) throws(TemplateSyntaxError) -> BlockBody {
        let nodes = try build(&index, tags: tags, from: open.cutEnd, until: open)
        let closing = tags[index - 1]
        let text = String(decoding: source[open.cutEnd..<max(open.cutEnd, closing.cutStart)], as: UTF8.self)
        guard open.isStandalone else { return BlockBody(source: text, indent: nil, nodes: nodes) }
        let dedented = Indentation.dedent(text)
        let firstLine = text.prefix { $0 != "\n" }
        let dedentedLine = dedented.prefix { $0 != "\n" }
        let indent = String(firstLine.dropLast(dedentedLine.count))
        guard dedented != text else { return BlockBody(source: text, indent: indent, nodes: nodes) }
        // Rendered where it is expanded, the content is its dedented source.
        var parser = TemplateParser(dedented)
        parser.firstID = firstID.map { $0 + names.count }
        guard let dedentedNodes = try? parser.parse() else { return BlockBody(source: text, indent: indent, nodes: nodes) }
        let lineOffset = open.isStandalone ? lineNumber(of: open.cutEnd) - 1 : 0
        names += parser.names.map { name in
            var name = name
            name.position = TemplatePosition(line: name.position.line + lineOffset, column: name.position.column + indent.count)
            return name
        }
        return BlockBody(source: dedented, indent: indent, nodes: dedentedNodes)
    }
}

/// Python's `textwrap` rules, which the specification's block indentation follows.
enum Indentation {
    /// Removes the whitespace every non-blank line starts with.
    static func dedent(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let margins = lines.filter { !$0.allSatisfy { $0 == " " || $0 == "\t" } }.map { $0.prefix { $0 == " " || $0 == "\t" } }
        guard var common = margins.first else {
            return lines.map { $0.allSatisfy { $0 == " " || $0 == "\t" } ? "" : String($0) }.joined(separator: "\n")
        }
        for margin in margins.dropFirst() {
            while !margin.hasPrefix(common) { common = common.dropLast() }
        }
        return lines.map { line in
            line.allSatisfy { $0 == " " || $0 == "\t" } ? "" : String(line.dropFirst(common.count))
        }.joined(separator: "\n")
    }

    /// Puts `prefix` before every line that is not blank.
    static func indent(_ text: String, _ prefix: String) -> String {
        guard !prefix.isEmpty else { return text }
        var out = "", line = ""
        func flush() {
            out += (line.contains { !$0.isWhitespace } ? prefix : "") + line
            line = ""
        }
        for character in text {
            line.append(character)
            if character.isNewline { flush() }
        }
        flush()
        return out
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }.reversed()
            .drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }.reversed())
    }
}
