/// Every source file of a site, read but not yet understood: the output of the Load stage.
public struct SiteSources: Hashable, Sendable {
    public var config: SourceFile
    public var catalogue: SourceFile
    /// `Content/<edition>/<slug>.<lang>.md`, sorted by path.
    public var articles: [SourceFile]
    /// Files under `Content/data/`, e.g. CSV tables for charts, keyed by their path below it.
    public var dataFiles: [String: SourceFile]
    /// `Content/<edition>/edition.yml`, by edition: what the edition says about itself.
    public var editionFiles: [Int: SourceFile] = [:]
    /// `Templates/**/*.mustache`, keyed by name without extension (`partials/head`).
    public var templates: [String: SourceFile]
    /// `Templates/strings/<lang>.yml`: the user-interface words of each language.
    public var stringTables: [String: SourceFile]
    /// `Templates/assets/**`: stylesheet and scripts, copied to the output as bytes.
    public var assets: [String: [UInt8]]
    /// The templates folder as diagnostics name it (`Templates`), for files that are missing.
    public var templatesLabel = "Templates"
}
