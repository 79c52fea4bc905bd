import AlmanacBuild
import AlmanacCore
import Foundation
import Hummingbird
import ServiceLifecycle

/// `almanac serve`: builds the site in memory, serves it over HTTP, rebuilds what each saved
/// file affects and tells open pages to reload.
public struct PreviewServer: Sendable {
    public var input: SiteInput
    public var host: String
    public var port: Int
    public var log: @Sendable (String) -> Void
    /// Preview pages link from `/`, whatever `base_url` says, so every link works locally.
    let basePath = "/"

    /// Drafts are always shown in the preview.
    public init(input: SiteInput, host: String = "127.0.0.1", port: Int = 8000,
                log: @escaping @Sendable (String) -> Void = { print($0) }) {
        var input = input
        input.includeDrafts = true
        input.baseURLOverride = "/"
        self.input = input
        self.host = host
        self.port = port
        self.log = log
    }

    /// Runs until interrupted (Ctrl-C) or the task is cancelled. `onReady` receives the bound port.
    public func run(onReady: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let site = PreviewSite(input: input, basePath: basePath, log: log)
        let broadcaster = ReloadBroadcaster()
        await site.rebuildAll()
        let app = Application(
            router: router(site: site, broadcaster: broadcaster),
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

private extension PreviewServer {
    func router(site: PreviewSite, broadcaster: ReloadBroadcaster) -> Router<BasicRequestContext> {
        let router = Router()
        let basePath = self.basePath
        router.get(RouterPath(basePath + LiveReload.eventsPath)) { _, _ -> Response in
            let events = await broadcaster.subscribe()
            return Response(
                status: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
                    for await event in events.cancelOnGracefulShutdown() {
                        try await writer.write(ByteBuffer(string: "event: \(event)\ndata: \(event)\n\n"))
                    }
                    try await writer.finish(nil)
                })
        }
        router.get("**") { request, _ -> Response in
            await respond(to: request.uri.path, site: site)
        }
        return router
    }

    func respond(to requestPath: String, site: PreviewSite) async -> Response {
        guard let path = PreviewPath(requestPath: requestPath, basePath: basePath) else {
            return await notFound(site)
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
        if !requestPath.hasSuffix("/"), await site.page(PreviewPath(requestPath: requestPath + "/", basePath: basePath)!) != nil {
            return Response(status: .movedPermanently, headers: [.location: requestPath + "/"])
        }
        if let local = await site.unfrozenPath(requestPath) {
            return Response(status: .found, headers: [.location: local])
        }
        return await notFound(site)
    }

    func notFound(_ site: PreviewSite) async -> Response {
        let body = await site.notFoundPage() ?? Array("<!DOCTYPE html><title>Not found</title><h1>Not found</h1>".utf8)
        return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// Rebuilds on every batch of file changes and tells pages to reload; stops with the server.
struct WatchService: Service {
    var site: PreviewSite
    var broadcaster: ReloadBroadcaster
    var folders: [String]

    func run() async throws {
        for await batch in FileWatcher(folders: folders).changes().cancelOnGracefulShutdown() {
            if await site.apply(batch) {
                await broadcaster.broadcast("reload")
            }
        }
        await broadcaster.finishAll()
    }
}
