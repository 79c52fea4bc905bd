import Dispatch
import Synchronization

/// Builds the search indexes of a full build beside its pages.
///
/// Each batch of articles hands over its documents as soon as they are transformed; they are merged
/// into their language's index on a queue of its own while the next batches render on every core.
/// Merged at the end instead, after every page, the indexes kept one core busy and the other idle.
final class SearchIndexLane: Sendable {
    private let writer: SearchIndexWriter
    private let queue = DispatchQueue(label: "almanac.search-index")
    /// Batches handed over and not yet merged. Bounded, so that documents cannot pile up in
    /// memory while the rendering cores keep the queue from running.
    private let waiting = DispatchSemaphore(value: 2)
    /// By language; merged into on `queue`, so the lock is never contended.
    private let indexes = Mutex<[String: SearchIndex]>([:])

    init(writer: SearchIndexWriter) {
        self.writer = writer
    }

    /// The documents of a batch of transformed articles, made on every core. Batches must come in
    /// the order of the site's articles: a document's number is its place in its language's index.
    func add(_ articles: [TransformedArticle]) {
        let entries = ConcurrentMap.map(articles) { item in
            (item.article.language, writer.entry(for: item.article, body: item))
        }
        waiting.wait()
        queue.async {
            self.indexes.withLock { indexes in
                for (language, entry) in entries { indexes[language, default: SearchIndex()].add(entry) }
            }
            self.waiting.signal()
        }
    }

    /// The index files of `languages`, once every batch handed over is merged; one core each.
    func pages(_ languages: [String]) -> [RenderedPage] {
        let indexes = queue.sync {
            self.indexes.withLock { indexes in
                defer { indexes = [:] }
                return indexes
            }
        }
        return ConcurrentMap.map(languages) { writer.page(indexes[$0] ?? SearchIndex(), language: $0) }
    }
}
