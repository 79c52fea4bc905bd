/// Tells every open preview page to reload, over Server-Sent Events.
actor ReloadBroadcaster {
    private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextID = 0

    /// One page's subscription: its events end when the page goes away or the server stops.
    struct Subscription: Sendable {
        var id: Int
        var events: AsyncStream<String>
    }

    func subscribe() -> Subscription {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(4))
        let id = nextID
        nextID += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        return Subscription(id: id, events: stream)
    }

    /// Ends a page's events and forgets it: called as soon as its connection closes, so a
    /// page that went away holds nothing until the next rebuild.
    func unsubscribe(_ id: Int) {
        listeners.removeValue(forKey: id)?.finish()
    }

    /// Sends `event` to every open page.
    func broadcast(_ event: String) {
        for continuation in listeners.values {
            continuation.yield(event)
        }
    }

    /// Ends every stream, so shutting down never waits on an open page.
    func finishAll() {
        for continuation in listeners.values {
            continuation.finish()
        }
        listeners.removeAll()
    }

    var count: Int { listeners.count }
}
