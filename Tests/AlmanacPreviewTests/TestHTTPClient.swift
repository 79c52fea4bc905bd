import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a socket, so tests see exactly what the server sends.
struct TestHTTPClient {
    var port: Int

    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// Sends a GET for `path` exactly as written (no normalisation of `..`).
    func get(_ path: String) throws -> Reply {
        try request("GET", path)
    }

    /// Sends `method` for `path` exactly as written, naming `host` in the `Host` header.
    func request(_ method: String, _ path: String, host: String = "127.0.0.1") throws -> Reply {
        let socket = try connect()
        defer { close(socket) }
        try send(socket, "\(method) \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// Opens an event stream and returns the socket; read events with `waitForEvent`.
    func openEvents(_ path: String) throws -> Int32 {
        let socket = try connect()
        try send(socket, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        return socket
    }

    /// Everything that arrives on `socket` until it has been quiet for `milliseconds`.
    func readAvailable(on socket: Int32, milliseconds: Int32 = 200) -> String {
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, milliseconds) > 0 else { return text }
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else { return text }
            text += String(decoding: buffer[0..<count], as: UTF8.self)
        }
    }

    /// Reads from an event stream until `event: NAME` arrives; false after `seconds`.
    func waitForEvent(_ name: String, on socket: Int32, seconds: Int) -> Bool {
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        let deadline = Date().addingTimeInterval(TimeInterval(seconds))
        while Date() < deadline {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { return false }
            text += String(decoding: buffer[0..<count], as: UTF8.self)
            if text.contains("event: \(name)\n") { return true }
        }
        return false
    }

    private func connect() throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(socket); throw POSIXError(.ECONNREFUSED) }
        return socket
    }

    private func send(_ socket: Int32, _ request: String) throws {
        let bytes = Array(request.utf8)
        guard Glibc.send(socket, bytes, bytes.count, 0) == bytes.count else { throw POSIXError(.EIO) }
    }

    private func parse(_ response: String) -> Reply {
        let parts = response.components(separatedBy: "\r\n\r\n")
        let head = parts[0].components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = parts.dropFirst().joined(separator: "\r\n\r\n")
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return Reply(status: status, headers: headers, body: body)
    }

    private func dechunk(_ body: String) -> String {
        var bytes = Substring(body)
        var out = ""
        while let lineEnd = bytes.range(of: "\r\n"), let size = Int(bytes[..<lineEnd.lowerBound], radix: 16), size > 0 {
            let start = bytes.utf8.index(lineEnd.upperBound, offsetBy: 0)
            let end = bytes.utf8.index(start, offsetBy: size)
            out += String(bytes[start..<end])
            bytes = bytes[end...].dropFirst(2)
        }
        return out
    }
}
