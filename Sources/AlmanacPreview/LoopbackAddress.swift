import Foundation

/// Whether a host name or address reaches this machine only: every address it resolves to
/// must be a loopback one. Checked on the resolved addresses, not on the spelling, so a name
/// like `127.attacker.example` does not pass for `127.0.0.1`.
enum LoopbackAddress {
    static func isLoopback(_ host: String) -> Bool {
        let addresses = resolve(host)
        return !addresses.isEmpty && addresses.allSatisfy(\.self)
    }

    /// One entry per address `host` resolves to: true when it is a loopback address.
    private static func resolve(_ host: String) -> [Bool] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var first: UnsafeMutablePointer<addrinfo>?
        let name = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        guard getaddrinfo(name, nil, &hints, &first) == 0 else { return [] }
        defer { freeaddrinfo(first) }
        var results: [Bool] = []
        var entry = first
        while let current = entry?.pointee {
            if let address = current.ai_addr {
                switch Int32(current.ai_family) {
                case AF_INET:
                    results.append(isLoopback(address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }))
                case AF_INET6:
                    results.append(isLoopback(address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }))
                default:
                    results.append(false)
                }
            }
            entry = current.ai_next
        }
        return results
    }

    /// The host part of a `Host` header or URL authority: `127.0.0.1:8000` → `127.0.0.1`,
    /// `[::1]:8000` → `::1`.
    static func hostPart(_ authority: String) -> String {
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            return String(authority[authority.index(after: authority.startIndex)..<close])
        }
        return String(authority.prefix { $0 != ":" })
    }

    /// Whether a `Host` header names this preview: its own host, `localhost`, or a loopback
    /// address written out. Names are never resolved here: a rebinding attack's name resolves
    /// to 127.0.0.1 by design.
    static func isOwnHost(_ authority: String, serverHost: String) -> Bool {
        let host = hostPart(authority).lowercased()
        if host == serverHost.lowercased() || host == "localhost" { return true }
        var ipv4 = in_addr(), ipv6 = in6_addr()
        if inet_pton(AF_INET, host, &ipv4) == 1 { return isLoopback(ipv4) }
        if inet_pton(AF_INET6, host, &ipv6) == 1 { return withUnsafeBytes(of: ipv6) { Array($0) } == Array(repeating: 0, count: 15) + [1] }
        return false
    }

    /// 127.0.0.0/8.
    static func isLoopback(_ address: in_addr) -> Bool {
        UInt32(bigEndian: address.s_addr) >> 24 == 127
    }

    /// `::1`, or an IPv4 loopback address mapped into IPv6 (`::ffff:127.0.0.1`).
    static func isLoopback(_ address: in6_addr) -> Bool {
        let bytes = withUnsafeBytes(of: address) { Array($0) }
        let mappedIPv4 = bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF
        return bytes == Array(repeating: 0, count: 15) + [1] || (mappedIPv4 && bytes[12] == 127)
    }
}
