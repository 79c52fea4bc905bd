import AlmanacPreview
import ArgumentParser
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site locally, rebuilding and reloading pages as you save.",
        discussion: """
            Builds the site in memory, drafts included, and serves it over HTTP. Saving an article or \
            a template rebuilds only the pages it affects and reloads open pages in the browser. While \
            the sources have errors, pages show every error until they are fixed. Press Ctrl-C to stop. \
            Nothing is written to the output folder.
            """
    )

    @OptionGroup var paths: SitePaths

    @Option(help: "Address to listen on. A name or address that is not loopback only needs --allow-remote.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 8000

    @Flag(help: "Allow --host to be an address other machines can reach, and requests for any host name.")
    var allowRemote = false

    func validate() throws {
        if !allowRemote && !PreviewServer.isLoopback(host) {
            throw ValidationError("--host \(host) does not resolve to loopback addresses only, so other machines could see "
                                  + "unpublished drafts; add --allow-remote to confirm")
        }
        if !(0...65535).contains(port) { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() async throws {
        if allowRemote && !PreviewServer.isLoopback(host) {
            DiagnosticPrinter.standardError("warning: serving on \(host): anyone who can reach this machine can read the preview, drafts included")
        }
        let server = PreviewServer(input: paths.input(includeDrafts: true), host: host, port: port,
                                   allowsRemote: allowRemote) { line in
            Self.say(line)
        }
        try await server.run { port in
            Self.say("Serving the preview at http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (Ctrl-C to stop)")
        }
    }

    /// Printed at once, so a log file or pipe shows each rebuild as it happens.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
