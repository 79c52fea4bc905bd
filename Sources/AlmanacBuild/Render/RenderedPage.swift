/// A finished output file: the output of the Render stage.
public struct RenderedPage: Hashable, Sendable {
    /// Path below the output folder, e.g. `zh/2020/slug/index.html`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
