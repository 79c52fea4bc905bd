/// A template compiled once: static text as bytes, names split into their parts ahead of time.
public struct CompiledTemplate: Sendable {
    public var name: String
    var nodes: [TemplateNode]
}

/// Where a tag is in its template, for diagnostics: 1-based line and column.
public struct TemplatePosition: Sendable, Hashable {
    public var line: Int
    public var column: Int
}

/// A name as written in a tag (`article.title`, `.`), split into its parts when compiled.
struct TemplateName: Sendable, Hashable {
    var parts: [String]
    var position: TemplatePosition
    /// Its index among the names of the library's templates, for `TemplateChecker`;
    /// -1 for names of templates compiled again with an indentation.
    var id = -1
    var isImplicit: Bool { parts.isEmpty }
    var text: String { isImplicit ? "." : parts.joined(separator: ".") }

    init(_ text: Substring, at position: TemplatePosition) {
        parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        self.position = position
    }

    init(parts: [String]) {
        self.parts = parts
        position = TemplatePosition(line: 0, column: 0)
    }
}

final class BlockBody: Sendable {
    /// The block's content as source, dedented when the block is standalone (see `TemplateParser`).
    let source: String
    /// The content's own indentation, put back at the site where it is expanded.
    let indent: String?
    let nodes: [TemplateNode]

    init(source: String, indent: String?, nodes: [TemplateNode]) {
        self.source = source
        self.indent = indent
        self.nodes = nodes
    }
}

indirect enum TemplateNode: Sendable {
    case text([UInt8])
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{>name}}`, with the indentation of a standalone tag, given to every line of the partial.
    case partial(String, indent: String, position: TemplatePosition)
    /// `{{<name}}…{{/name}}`: the blocks it overrides, by name.
    case parent(String, indent: String, blocks: [String: BlockBody], position: TemplatePosition)
    /// `{{$name}}…{{/name}}`: its default, and the indentation of a standalone block's site.
    case block(String, BlockBody, siteIndent: String?)
}
