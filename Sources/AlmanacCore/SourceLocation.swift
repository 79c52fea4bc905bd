/// A position in a source file, as authors see it in their editor.
///
/// Lines and columns are 1-based; columns count Unicode scalars, so a Chinese
/// character is one column, the same way YAML parsers and most editors count.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Path relative to the site root, e.g. `Content/2025/q3.zh.md`.
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, the shape compilers and editors understand.
    public var description: String { "\(path):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
