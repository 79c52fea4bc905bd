import AlmanacCore
import ArgumentParser

@main
struct Almanac: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "almanac",
        abstract: "Builds bilingual report sites from Markdown articles with indicator front matter.",
        version: Generator.version,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, ArchiveCommand.self, VerifyCommand.self]
    )
}
