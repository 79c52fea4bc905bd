import CCmark

/// How cmark renders a document.
public struct MarkdownOptions: Hashable, Sendable {
    /// Keep the author's raw HTML; by default it is omitted, as cmark's safe mode does.
    public var unsafeHTML: Bool

    public init(unsafeHTML: Bool = false) {
        self.unsafeHTML = unsafeHTML
    }
}

/// Refers to a node of the document it came from, which refuses it anywhere else. Not
/// `Sendable`: it stays with the one task that owns its document.
public struct NodeHandle: Hashable {
    let pointer: OpaquePointer
    let owner: ObjectIdentifier

    init(_ pointer: OpaquePointer, owner: ObjectIdentifier) {
        self.pointer = pointer
        self.owner = owner
    }
}

/// A fenced or indented code block.
public struct CodeBlock: Hashable {
    /// The fence's info string, e.g. `chart`; empty for indented blocks.
    public var info: String
    /// The block's content, ending in a newline.
    public var literal: String
    /// Line of the opening fence, 1-based within the document.
    public var line: Int
    public var column: Int
    public var node: NodeHandle

    /// The first word of the info string, the block's language.
    public var language: String {
        String(info.split(separator: " ", maxSplits: 1).first ?? "")
    }
}

/// A link, with the line of the block that holds it.
public struct Link: Hashable {
    public var destination: String
    public var line: Int
    public var node: NodeHandle
}

/// A heading and its text without markup.
public struct Heading: Hashable {
    public var level: Int
    public var text: String
    public var line: Int
    public var node: NodeHandle
}

/// A run of prose text offered to `MarkdownDocument.rewriteText`.
public struct TextRun: Hashable, Sendable {
    public var text: String
    /// Line of the block (paragraph, heading, list item) the text sits in.
    public var line: Int
}

/// What replaces a run of text: more text (escaped on output) or HTML written as it is.
public enum InlinePiece: Hashable, Sendable {
    case text(String)
    case html(String)
}

/// A heading that was given an `id`, for tables of contents.
public struct Anchor: Hashable, Sendable {
    public var level: Int
    public var text: String
    public var id: String
}
