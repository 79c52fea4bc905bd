/// The documents of an index and, for each term, the documents that have it.
struct SearchIndex: Sendable {
    private var docs: [String] = []
    private var terms = PostingTable()

    mutating func add(_ entry: SearchIndexWriter.Entry) {
        for term in entry.terms { terms.append(Int32(docs.count), to: term) }
        docs.append(entry.json)
    }

    /// Written straight into bytes: the index of a large site is tens of megabytes, and joining
    /// strings would hold several copies of it at once.
    consuming func json() -> [UInt8] {
        // Reserved at once, with room to spare: growing by doubling would hold two copies at the end.
        let (starts, documents) = terms.grouped()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(docs.reduce(64) { $0 + $1.utf8.count + 2 }
            + terms.terms.reduce(0) { $0 + $1.text.utf8.count * 6 + 8 } + documents.count * 11)
        bytes.append(contentsOf: "{\"docs\":[".utf8)
        for (index, doc) in docs.enumerated() {
            if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
            bytes.append(contentsOf: doc.utf8)
        }
        docs = []
        bytes.append(contentsOf: "],\n\"terms\":{".utf8)
        for (position, index) in terms.terms.indices.sorted(by: { terms.terms[$0] < terms.terms[$1] }).enumerated() {
            if position > 0 { bytes.append(contentsOf: ",\n".utf8) }
            bytes.append(contentsOf: JSONText.quoted(terms.terms[index].text).utf8)
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

/// Each term's documents. The pairs are kept in the order they come and grouped by term once,
/// at the end, rather than each term growing a list of its own scattered through memory: an
/// index meets millions of them.
struct PostingTable: Sendable {
    private var table = TermTable()
    private var pairTerms: [Int32] = []
    private var pairDocuments: [Int32] = []

    var terms: [SearchTerm] { table.terms }

    mutating func append(_ document: Int32, to term: SearchTerm) {
        pairTerms.append(Int32(table.index(of: term)))
        pairDocuments.append(document)
    }

    /// The documents of `terms[i]` are `documents[starts[i]..<starts[i + 1]]`, in the order added.
    func grouped() -> (starts: [Int], documents: [Int32]) {
        var starts = [Int](repeating: 0, count: terms.count + 1)
        for term in pairTerms { starts[Int(term) + 1] += 1 }
        for index in terms.indices { starts[index + 1] += starts[index] }
        var next = starts
        var documents = [Int32](repeating: 0, count: pairDocuments.count)
        for (term, document) in zip(pairTerms, pairDocuments) {
            documents[next[Int(term)]] = document
            next[Int(term)] += 1
        }
        return (starts, documents)
    }
}
