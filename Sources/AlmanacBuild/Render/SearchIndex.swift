import AlmanacCore
/// The documents of an index and, for each term, the documents that have it.
struct SearchIndex: Sendable {
    private var docs: [String] = []
    private var postings = PostingTable()

    mutating func add(_ entry: SearchIndexWriter.Entry) {
        postings.addDocument(entry.terms)
        docs.append(entry.json)
    }

    /// Written straight into bytes: the index of a large site is tens of megabytes, and joining
    /// strings would hold several copies of it at once.
    consuming func json() -> [UInt8] {
        let terms = postings.terms
        let (starts, documents) = postings.grouped()
        postings = PostingTable()
        // Reserved at once: growing by doubling would hold two copies at the end.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(docs.reduce(64) { $0 + $1.utf8.count + 2 }
            + terms.reduce(0) { $0 + $1.text.utf8.count * 6 + 8 } + documents.count * (String(docs.count).utf8.count + 1))
        bytes.append(contentsOf: "{\"docs\":[".utf8)
        for (index, doc) in docs.enumerated() {
            if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
            bytes.append(contentsOf: doc.utf8)
        }
        docs = []
        bytes.append(contentsOf: "],\n\"terms\":{".utf8)
        for (position, index) in terms.indices.sorted(by: { terms[$0] < terms[$1] }).enumerated() {
            if position > 0 { bytes.append(contentsOf: ",\n".utf8) }
            bytes.append(contentsOf: JSONText.quoted(terms[index].text).utf8)
            bytes.append(contentsOf: ":[".utf8)
            for place in starts[index]..<starts[index + 1] {
                if place > starts[index] { bytes.append(0x2C) }
                bytes.append(contentsOf: String(documents[place]).utf8)
            }
            bytes.append(0x5D)
        }
        bytes.append(contentsOf: "}}\n".utf8)
        return bytes
    }
}

/// Each term's documents. Documents come one after another with their terms, which are kept in
/// that order and grouped by term once, at the end, rather than each term growing a list of its
/// own scattered through memory: an index meets millions of (term, document) pairs.
struct PostingTable: Sendable {
    private var table = TermTable()
    /// The terms of document `d`, by their index in `terms`, are
    /// `documentTerms[documentStarts[d]..<documentStarts[d + 1]]`.
    private var documentTerms: [Int32] = []
    private var documentStarts: [Int] = [0]

    var terms: [SearchTerm] { table.terms }

    /// Adds the next document, numbered from 0 in the order added, with its distinct terms.
    mutating func addDocument(_ terms: [SearchTerm]) {
        for term in terms { documentTerms.append(Int32(table.insert(term))) }
        documentStarts.append(documentTerms.count)
    }

    /// The documents of `terms[i]` are `documents[starts[i]..<starts[i + 1]]`, in the order added.
    func grouped() -> (starts: [Int], documents: [Int32]) {
        var starts = [Int](repeating: 0, count: terms.count + 1)
        for term in documentTerms { starts[Int(term) + 1] += 1 }
        for index in terms.indices { starts[index + 1] += starts[index] }
        var next = starts
        var documents = [Int32](repeating: 0, count: documentTerms.count)
        for document in 0..<documentStarts.count - 1 {
            for term in documentTerms[documentStarts[document]..<documentStarts[document + 1]] {
                documents[next[Int(term)]] = Int32(document)
                next[Int(term)] += 1
            }
        }
        return (starts, documents)
    }
}
