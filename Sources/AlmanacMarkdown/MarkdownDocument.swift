import AlmanacCore
import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Markdown document parsed by cmark, which stages inspect and rewrite before rendering HTML.
///
/// The cmark tree stays in C memory: converting every node to Swift values would cost more than
/// the rest of a page's rendering, and cmark's own HTML renderer is the fastest way out. Callers
/// see only Swift values (`CodeBlock`, `Link`, `Heading`) and rewrite the tree through methods
/// here, so no cmark pointer leaves this target.
///
/// A document is not thread-safe; each is owned by the one task that renders its page.
///
/// Nodes handed out (`NodeHandle`) never dangle: a node replaced or rewrapped is detached from
/// the tree but freed only with the document, and a handle is refused by any document but its own.
public final class MarkdownDocument {
    private let root: OpaquePointer
    private let options: MarkdownOptions
    /// Nodes taken out of the tree that a handle may still name; freed in `deinit`.
    private var detached: [OpaquePointer] = []
    /// Headings given an id so far, in document order.
    public private(set) var anchors: [Anchor] = []

    /// Parses `text`; invalid UTF-8 is replaced rather than rejected.
    public init(parsing text: String, options: MarkdownOptions = MarkdownOptions()) {
        var text = text
        let parsed = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_VALIDATE_UTF8)
            }
        }
        guard let parsed else { preconditionFailure("cmark could not allocate a document") }
        self.root = parsed
        self.options = options
    }

    deinit {
        for node in detached { cmark_node_free(node) }
        cmark_node_free(root)
    }

    /// The document as an HTML fragment.
    public func html() -> String {
        var flags = CMARK_OPT_DEFAULT
        if options.unsafeHTML { flags |= CMARK_OPT_UNSAFE }
        guard let rendered = cmark_render_html(root, flags) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Every fenced or indented code block, in document order.
    public func codeBlocks() -> [CodeBlock] {
        nodes(ofType: CMARK_NODE_CODE_BLOCK).map { node in
            CodeBlock(
                info: string(cmark_node_get_fence_info(node)),
                literal: string(cmark_node_get_literal(node)),
                line: Int(cmark_node_get_start_line(node)),
                column: Int(cmark_node_get_start_column(node)),
                node: handle(node)
            )
        }
    }

    /// Replaces a code block with HTML that cmark writes verbatim, even in safe mode.
    public func replace(_ block: CodeBlock, withHTML html: String) {
        replace(pointer(block.node), withBlockHTML: html)
    }

    /// Every link, in document order; images are not links.
    public func links() -> [Link] {
        nodes(ofType: CMARK_NODE_LINK).map { node in
            Link(destination: string(cmark_node_get_url(node)), line: blockLine(of: node), node: handle(node))
        }
    }

    /// Points `link` somewhere else.
    public func setDestination(of link: Link, to destination: String) {
        cmark_node_set_url(pointer(link.node), destination)
    }

    /// Every heading with its plain text, in document order.
    public func headings() -> [Heading] {
        nodes(ofType: CMARK_NODE_HEADING).map { node in
            Heading(
                level: Int(cmark_node_get_heading_level(node)),
                text: plainText(of: node),
                line: Int(cmark_node_get_start_line(node)),
                node: handle(node)
            )
        }
    }

    /// Renders `heading` with an `id` attribute, so a table of contents can link to it.
    public func setID(_ id: String, of heading: Heading) {
        let node = pointer(heading.node)
        let tag = "h\(heading.level)"
        // Already rewrapped: the heading is no longer in the tree.
        guard cmark_node_parent(node) != nil, let wrapper = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(wrapper, "<\(tag) id=\"\(HTMLEscaping.escape(id))\">")
        cmark_node_set_on_exit(wrapper, "</\(tag)>")
        while let child = cmark_node_first_child(node) {
            cmark_node_append_child(wrapper, child)
        }
        cmark_node_replace(node, wrapper)
        detached.append(node)
        anchors.append(Anchor(level: heading.level, text: heading.text, id: id))
    }
}

extension MarkdownDocument {
    /// Rewrites plain text runs. `rewrite` gets each run of prose text (never code) with the line
    /// of the block it sits in, and returns nil to keep it, or the pieces that replace it.
    public func rewriteText(_ rewrite: (TextRun) -> [InlinePiece]?) {
        mergeAdjacentText()
        for node in nodes(ofType: CMARK_NODE_TEXT) {
            let run = TextRun(text: string(cmark_node_get_literal(node)), line: blockLine(of: node))
            guard let pieces = rewrite(run) else { continue }
            for piece in pieces {
                cmark_node_insert_before(node, makeInline(piece))
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }
}

private extension MarkdownDocument {
    func handle(_ node: OpaquePointer) -> NodeHandle {
        NodeHandle(node, owner: ObjectIdentifier(self))
    }

    func pointer(_ handle: NodeHandle) -> OpaquePointer {
        precondition(handle.owner == ObjectIdentifier(self), "a node handle used with a document it does not belong to")
        return handle.pointer
    }

    func nodes(ofType type: cmark_node_type) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return found }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            if cmark_node_get_type(node) == type { found.append(node) }
        }
        return found
    }

    func replace(_ node: OpaquePointer, withBlockHTML html: String) {
        guard cmark_node_parent(node) != nil, let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(custom, html)
        cmark_node_replace(node, custom)
        detached.append(node)
    }

    func makeInline(_ piece: InlinePiece) -> OpaquePointer? {
        switch piece {
        case let .text(text):
            let node = cmark_node_new(CMARK_NODE_TEXT)
            cmark_node_set_literal(node, text)
            return node
        case let .html(html):
            let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
            cmark_node_set_on_enter(node, html)
            return node
        }
    }

    /// cmark leaves unmatched delimiters such as the `_` in `gdp_growth` as separate text
    /// nodes; joining them lets a rewrite see a whole run of text at once.
    func mergeAdjacentText() {
        for node in nodes(ofType: CMARK_NODE_TEXT) where cmark_node_parent(node) != nil {
            var merged = string(cmark_node_get_literal(node))
            var joined = false
            while let next = cmark_node_next(node), cmark_node_get_type(next) == CMARK_NODE_TEXT {
                merged += string(cmark_node_get_literal(next))
                cmark_node_unlink(next)
                cmark_node_free(next)
                joined = true
            }
            if joined { cmark_node_set_literal(node, merged) }
        }
    }

    /// Inline nodes carry no reliable position in cmark 0.30; their block's line is the best anchor.
    func blockLine(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return line }
            current = cmark_node_parent(candidate)
        }
        return 1
    }

    func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let child = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER
            else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(child))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
