import AlmanacBuild
import AlmanacCore
import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle

/// `almanac serve`: builds the site in memory, serves it over HTTP, rebuilds what each saved
/// file affects and tells open pages to reload.
public struct PreviewServer: Sendable {
    public var input: SiteInput
    public var host: String
    public var port: Int
    /// Whether requests may name any host: off, requests whose `Host` is not this server's own
    /// are refused, so a page elsewhere cannot read the preview through DNS rebinding.
    public var allowsRemote: Bool
    public var log: @Sendable (String) -> Void
    /// Preview pages link from `/`, whatever `base_url` says, so every link works locally.
    let basePath = "/"
    let broadcaster = ReloadBroadcaster()

    /// Drafts are always shown in the preview.
    public init(input: SiteInput, host: String = "127.0.0.1", port: Int = 8000, allowsRemote: Bool = false,
                log: @escaping @Sendable (String) -> Void = { print($0) }) {
        var input = input
        input.includeDrafts = true
        input.baseURLOverride = "/"
        self.input = input
        self.host = host
        self.port = port
        self.allowsRemote = allowsRemote
        self.log = log
    }

    /// Whether `host` reaches this machine only, so serving on it needs no `--allow-remote`.
    public static func isLoopback(_ host: String) -> Bool {
        LoopbackAddress.isLoopback(host)
    }

    /// Runs until interrupted (Ctrl-C) or the task is cancelled. `onReady` receives the bound port.
    public func run(onReady: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let site = PreviewSite(input: input, basePath: basePath, log: log)
        await site.rebuildAll()
        let responder = PreviewResponder(site: site, broadcaster: broadcaster, basePath: basePath,
                                         host: host, allowsRemote: allowsRemote)
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname(host, port: port), serverName: "almanac"),
            onServerRunning: { channel in await onReady(channel.localAddress?.port ?? 0) }
        )
        let watcher = WatchService(site: site, broadcaster: broadcaster,
                                   folders: [input.contentRoot, input.templatesRoot])
        let group = ServiceGroup(configuration: .init(
            services: [app, watcher], gracefulShutdownSignals: [.sigterm, .sigint], logger: app.logger))
        try await group.run()
        await broadcaster.finishAll()
    }
}

/// A request's context: the connection, so a live-reload stream ends when its page goes away.
struct PreviewContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}

/// Answers every request: GET and HEAD for every page (`/` included) and the live-reload
/// stream, 405 for other methods, 421 for requests that name another host.
struct PreviewResponder: HTTPResponder {
    var site: PreviewSite
    var broadcaster: ReloadBroadcaster
    var basePath: String
    var host: String
    var allowsRemote: Bool

    func respond(to request: Request, context: PreviewContext) async throws -> Response {
        guard allowsRemote || request.head.authority.map({ LoopbackAddress.isOwnHost($0, serverHost: host) }) == true else {
            return Self.plain(.misdirectedRequest, "This preview answers only requests for its own address.\n")
        }
        guard request.method == .get || request.method == .head else {
            var response = Self.plain(.methodNotAllowed, "The preview serves GET and HEAD only.\n")
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        let path = request.uri.path.isEmpty ? "/" : request.uri.path
        if path == basePath + LiveReload.eventsPath {
            return await events(closing: context.channel)
        }
        let response = await page(path)
        return request.method == .head ? Self.headers(of: response) : response
    }

    /// The live-reload stream of one page, released as soon as its connection closes.
    func events(closing channel: any Channel) async -> Response {
        let subscription = await broadcaster.subscribe()
        let broadcaster = self.broadcaster
        let release: @Sendable () -> Void = { Task { await broadcaster.unsubscribe(subscription.id) } }
        channel.closeFuture.whenComplete { _ in release() }
        // A page that goes away closes its side of the connection; the server notices when it
        // reads that end, not when it next writes, which for a quiet stream could be never.
        try? await channel.pipeline.addHandler(ConnectionEndWatcher(onEnd: release), position: .first)
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
                for await event in subscription.events.cancelOnGracefulShutdown() {
                    try await writer.write(ByteBuffer(string: "event: \(event)\ndata: \(event)\n\n"))
                }
                try await writer.finish(nil)
            })
    }

    func page(_ requestPath: String) async -> Response {
        guard let path = PreviewPath(requestPath: requestPath, basePath: basePath) else {
            return await notFound()
        }
        let diagnostics = await site.diagnostics
        if !diagnostics.isEmpty && path.contentType.hasPrefix("text/html") {
            let html = LiveReload.inject(into: Array(ErrorPage.html(diagnostics).utf8), basePath: basePath)
            return Response(status: .internalServerError, headers: [.contentType: path.contentType, .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(bytes: html)))
        }
        if let bytes = await site.page(path) {
            return Response(status: .ok, headers: [.contentType: path.contentType, .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
        if !requestPath.hasSuffix("/"), let folder = PreviewPath(requestPath: requestPath + "/", basePath: basePath),
           await site.page(folder) != nil {
            return Response(status: .movedPermanently, headers: [.location: requestPath + "/"])
        }
        if let local = await site.unfrozenPath(requestPath) {
            return Response(status: .found, headers: [.location: local])
        }
        return await notFound()
    }

    func notFound() async -> Response {
        let body = await site.notFoundPage() ?? Array("<!DOCTYPE html><title>Not found</title><h1>Not found</h1>".utf8)
        return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// A HEAD answer: the GET answer's status and headers, its length, and no body.
    static func headers(of response: Response) -> Response {
        var headers = response.headers
        if let length = response.body.contentLength { headers[.contentLength] = String(length) }
        return Response(status: response.status, headers: headers, body: .init())
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Rebuilds on every batch of file changes and tells pages to reload; stops with the server.
struct WatchService: Service {
    var site: PreviewSite
    var broadcaster: ReloadBroadcaster
    var folders: [String]

    func run() async throws {
        let log = site.log
        for await batch in FileWatcher(folders: folders).changes(warn: { log("warning: " + $0) }).cancelOnGracefulShutdown() {
            if await site.apply(batch) {
                await broadcaster.broadcast("reload")
            }
        }
        await broadcaster.finishAll()
    }
}

/// Calls `onEnd` when the client closes its side of the connection or the connection goes.
final class ConnectionEndWatcher: ChannelInboundHandler, Sendable {
    typealias InboundIn = NIOAny
    let onEnd: @Sendable () -> Void

    init(onEnd: @escaping @Sendable () -> Void) {
        self.onEnd = onEnd
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case ChannelEvent.inputClosed = event { onEnd() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        onEnd()
        context.fireChannelInactive()
    }
}
