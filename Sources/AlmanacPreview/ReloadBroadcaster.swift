/// Tells every open preview page to reload, over Server-Sent Events.
actor ReloadBroadcaster {
    private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextID = 0

    /// A stream of events for one page; it ends when the page goes away or the server stops.
    func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(4))
        let id = nextID
        nextID += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        return stream
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

    private func remove(_ id: Int) {
        listeners[id] = nil
    }
}
