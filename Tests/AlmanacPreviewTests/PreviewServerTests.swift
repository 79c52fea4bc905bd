import AlmanacBuild
import AlmanacCore
import Foundation
import Testing
@testable import AlmanacPreview

/// Starts the preview server on a free loopback port over a copy of a fixture site.
@Suite(.serialized) struct PreviewServerTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../AlmanacBuildTests/Fixtures/Sites/bilingual/Content").standardizedFileURL.path
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Templates").standardizedFileURL.path

    /// Runs `body` with a client of a server over a fresh copy of the site, then stops the server.
    func withServer(preparing prepare: (SiteInput) throws -> Void = { _ in },
                    _ body: (TestHTTPClient, String) async throws -> Void) async throws {
        let root = NSTemporaryDirectory() + "almanac-preview-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: root + "/Content")
        try FileManager.default.copyItem(atPath: Self.templates, toPath: root + "/Templates")
        try prepare(SiteInput(siteRoot: root))
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let server = PreviewServer(input: SiteInput(siteRoot: root), port: 0, log: { _ in })
        let task = Task { try await server.run { portContinuation.yield($0) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { Issue.record("the server did not start"); return }
        try await body(TestHTTPClient(port: port), root)
        task.cancel()
        _ = await task.result
    }

    @Test func servesPagesWithTheirContentTypes() async throws {
        try await withServer { client, _ in
            let page = try client.get("/zh/2025/review/")
            #expect(page.status == 200)
            #expect(page.headers["content-type"] == "text/html; charset=utf-8")
            #expect(page.body.contains("<h1>2025年回顾</h1>"))
            #expect(page.body.contains("EventSource(\"/__almanac/events\")"))
            let stylesheet = page.body.split(separator: "\"").first { $0.hasPrefix("/assets/style.") }.map(String.init)
            #expect(try client.get(stylesheet ?? "/missing.css").headers["content-type"] == "text/css; charset=utf-8")
            #expect(try client.get("/zh/2025/review").status == 301)
            let draft = try client.get("/zh/2024/unfinished/")
            #expect(draft.status == 200, "drafts are previewed")
            #expect(draft.body.contains("<span class=\"badge\">草稿</span>"))
        }
    }

    @Test func servesFrozenEditionsAndFollowsTheirPublishedLinks() async throws {
        let freeze = { (input: SiteInput) throws in
            _ = try EditionFreezer(input: input).freeze(2025, on: CalendarDate("2026-11-21")!, replacing: false)
        }
        try await withServer(preparing: freeze) { client, _ in
            let page = try client.get("/en/2025/review/")
            #expect(page.status == 200)
            #expect(page.body.contains("Archived edition, frozen on 2026-11-21"))
            let stylesheet = try #require(page.body.split(separator: "\"").first { $0.contains("/archive/2025/assets/style.") })
            #expect(stylesheet.hasPrefix("/almanac/"), "frozen pages keep the links they were published with")
            let redirect = try client.get(String(stylesheet))
            #expect(redirect.status == 302)
            #expect(redirect.headers["location"] == String(stylesheet.dropFirst("/almanac".count)))
            #expect(try client.get(redirect.headers["location"] ?? "").headers["content-type"] == "text/css; charset=utf-8")
            #expect(try client.get("/en/archive/").status == 200)
        }
    }

    @Test func refusesEverythingOutsideTheSite() async throws {
        try await withServer { client, _ in
            for path in ["/../Content/site.yml", "/%2e%2e/Content/site.yml", "/zh/%2E%2E/%2e%2e/Content/site.yml",
                         "/..%2fContent%2fsite.yml", "//etc/passwd", "/assets/", "/zh/2025/nothing/"] {
                let reply = try client.get(path)
                #expect(reply.status == 404, "\(path)")
                #expect(!reply.body.contains("base_url"), "\(path)")
            }
        }
    }

    @Test func anEditReloadsOpenPagesWithTheNewContent() async throws {
        try await withServer { client, root in
            let events = try client.openEvents("/__almanac/events")
            defer { close(events) }
            try await Task.sleep(for: .milliseconds(200))
            let path = root + "/Content/2025/review.en.md"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: "Modern logistics", with: "Smart logistics").write(toFile: path, atomically: true, encoding: .utf8)
            #expect(client.waitForEvent("reload", on: events, seconds: 10))
            #expect(try client.get("/en/2025/review/").body.contains("Smart logistics"))
        }
    }

    @Test func showsBuildErrorsUntilTheyAreFixed() async throws {
        try await withServer { client, root in
            let events = try client.openEvents("/__almanac/events")
            defer { close(events) }
            try await Task.sleep(for: .milliseconds(200))
            let path = root + "/Content/2025/review.en.md"
            let original = try String(contentsOfFile: path, encoding: .utf8)
            try original.replacingOccurrences(of: "value: 1257", with: "value: 1258").write(toFile: path, atomically: true, encoding: .utf8)
            #expect(client.waitForEvent("reload", on: events, seconds: 10))
            let broken = try client.get("/en/2025/review/")
            #expect(broken.status == 500)
            #expect(broken.body.contains("Content/2025/review.zh.md:14:28"))
            try original.write(toFile: path, atomically: true, encoding: .utf8)
            #expect(client.waitForEvent("reload", on: events, seconds: 10))
            #expect(try client.get("/en/2025/review/").status == 200)
        }
    }
}

/// The preview's HTTP surface: every method and path a browser or link checker sends, the
/// host names it answers, and live-reload streams let go as soon as their page goes.
extension PreviewServerTests {
    @Test func servesTheRootAndAnswersHeadLikeGet() async throws {
        try await withServer { client, _ in
            let root = try client.request("GET", "/")
            #expect(root.status == 200)
            #expect(root.body.contains("<html"))
            let head = try client.request("HEAD", "/en/2025/review/")
            let get = try client.request("GET", "/en/2025/review/")
            #expect(head.status == 200 && head.body.isEmpty)
            #expect(head.headers["content-length"] == get.headers["content-length"])
            #expect(head.headers["content-type"] == "text/html; charset=utf-8")
            #expect(try client.request("HEAD", "/missing/").status == 404)
        }
    }

    @Test func otherMethodsGet405() async throws {
        try await withServer { client, _ in
            for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
                let reply = try client.request(method, "/en/")
                #expect(reply.status == 405, "\(method)")
                #expect(reply.headers["allow"] == "GET, HEAD")
            }
        }
    }

    @Test func requestsForAnotherHostAreRefused() async throws {
        try await withServer { client, _ in
            let statuses = try [("/en/", "evil.example"), ("http://evil.example/en/", "evil.example"),
                                ("/en/", "localhost:1234"), ("/en/", "127.0.0.1")].map { try client.request("GET", $0.0, host: $0.1).status }
            #expect(statuses == [421, 421, 200, 200])
        }
    }

    @Test func onlyLoopbackNamesCountAsLoopback() {
        #expect(PreviewServer.isLoopback("127.0.0.1"))
        #expect(PreviewServer.isLoopback("::1"))
        #expect(PreviewServer.isLoopback("localhost"))
        #expect(!PreviewServer.isLoopback("127.attacker.invalid"))
        #expect(!PreviewServer.isLoopback("0.0.0.0"))
        #expect(LoopbackAddress.isOwnHost("[::1]:8000", serverHost: "127.0.0.1"))
        #expect(!LoopbackAddress.isOwnHost("127.attacker.example:8000", serverHost: "127.0.0.1"))
    }

    @Test func aClosedLiveReloadStreamIsReleasedAtOnce() async throws {
        let root = NSTemporaryDirectory() + "almanac-preview-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: root + "/Content")
        try FileManager.default.copyItem(atPath: Self.templates, toPath: root + "/Templates")
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let server = PreviewServer(input: SiteInput(siteRoot: root), port: 0, log: { _ in })
        let task = Task { try await server.run { portContinuation.yield($0) } }
        defer { task.cancel() }
        var iterator = ports.makeAsyncIterator()
        let client = TestHTTPClient(port: try #require(await iterator.next()))
        let sockets = try (0..<20).map { _ in try client.openEvents("/__almanac/events") }
        // Pages that read what they were sent close with a FIN, the others with a reset: both are seen.
        for socket in sockets.prefix(10) { #expect(client.readAvailable(on: socket).contains("retry: 500")) }
        #expect(await server.broadcaster.count == 20)
        for socket in sockets { close(socket) }
        var count = await server.broadcaster.count
        for _ in 0..<50 where count > 0 {
            try await Task.sleep(for: .milliseconds(20))
            count = await server.broadcaster.count
        }
        #expect(count == 0, "every closed stream is let go without waiting for a rebuild")
    }
}

extension PreviewServerTests {
    @Test func survivesSavingAnAliasBomb() async throws {
        try await withServer { client, root in
            let events = try client.openEvents("/__almanac/events")
            defer { close(events) }
            try await Task.sleep(for: .milliseconds(200))
            let levels = ["l0: &l0 \"lol\""] + (1...8).map { "l\($0): &l\($0) [" + Array(repeating: "*l\($0 - 1)", count: 9).joined(separator: ",") + "]" }
            let bomb = (["---", "title: x", "date: 2025-01-01"] + levels + ["b: *l8", "---", "x"]).joined(separator: "\n")
            try bomb.write(toFile: root + "/Content/2025/bomb.en.md", atomically: true, encoding: .utf8)
            #expect(client.waitForEvent("reload", on: events, seconds: 10))
            let page = try client.get("/en/2025/review/")
            #expect(page.status == 500)
            #expect(page.body.contains("Content/2025/bomb.en.md:5:5"))
            try FileManager.default.removeItem(atPath: root + "/Content/2025/bomb.en.md")
            #expect(client.waitForEvent("reload", on: events, seconds: 10))
            #expect(try client.get("/en/2025/review/").status == 200)
        }
    }
}
