/// Where a site's sources are and where its output goes.
public struct SiteInput: Sendable {
    /// Folder holding `site.yml`, `indicators.yml` and the editions.
    public var contentRoot: String
    /// Folder holding the Mustache templates, string tables and assets.
    public var templatesRoot: String
    /// Folder the finished site replaces.
    public var outputRoot: String
    /// Prefix for paths in diagnostics, so they read `Content/2026/x.zh.md` from the site root.
    public var contentLabel: String
    public var templatesLabel: String
    /// Drafts are built only for previews.
    public var includeDrafts: Bool
    /// Replaces `base_url` of `site.yml`; the preview serves the site from `/`.
    public var baseURLOverride: String?
    /// Folder of frozen editions, `Output/archive` unless set: tracked in version control,
    /// carried into every new output folder, never written by a build.
    public var archiveRoot: String
    public var archiveLabel: String

    public init(
        contentRoot: String, templatesRoot: String, outputRoot: String,
        contentLabel: String = "Content", templatesLabel: String = "Templates", includeDrafts: Bool = false
    ) {
        self.contentRoot = contentRoot
        self.templatesRoot = templatesRoot
        self.outputRoot = outputRoot
        self.contentLabel = contentLabel
        self.templatesLabel = templatesLabel
        self.includeDrafts = includeDrafts
        self.archiveRoot = outputRoot + "/" + SiteURLs.archiveFolder
        self.archiveLabel = (outputRoot.hasSuffix("/Output") || outputRoot == "Output" ? "Output" : outputRoot) + "/" + SiteURLs.archiveFolder
    }

    /// The usual layout: `Content/`, `Templates/` and `Output/` side by side in `root`.
    public init(siteRoot root: String, includeDrafts: Bool = false) {
        self.init(
            contentRoot: root + "/Content", templatesRoot: root + "/Templates", outputRoot: root + "/Output",
            includeDrafts: includeDrafts
        )
    }
}
