import AlmanacBuild
import ArgumentParser

/// Where the site's folders are; shared by every command.
struct SitePaths: ParsableArguments {
    @Option(name: .long, help: "Folder holding Content/, Templates/ and Output/.")
    var root = "."

    @Option(name: .long, help: "Content folder (site.yml, indicators.yml, <edition>/<slug>.<lang>.md). Default: <root>/Content.")
    var content: String?

    @Option(name: .long, help: "Templates folder (*.mustache, strings/<lang>.yml, assets/). Default: <root>/Templates.")
    var templates: String?

    @Option(name: .long, help: "Output folder, replaced as a whole by each build. Default: <root>/Output.")
    var output: String = ""

    var outputFolder: String { output.isEmpty ? root + "/Output" : output }

    func input(includeDrafts: Bool) -> SiteInput {
        SiteInput(
            contentRoot: content ?? root + "/Content",
            templatesRoot: templates ?? root + "/Templates",
            outputRoot: outputFolder,
            contentLabel: content ?? (root == "." ? "Content" : root + "/Content"),
            templatesLabel: templates ?? (root == "." ? "Templates" : root + "/Templates"),
            includeDrafts: includeDrafts
        )
    }
}
