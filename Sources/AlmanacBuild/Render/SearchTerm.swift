/// A search term, compared and hashed by its UTF-8 bytes.
///
/// `String`'s own hashing normalizes non-ASCII text first, which made hashing Chinese terms the
/// larger part of building the index. The search script compares terms code unit by code unit
/// and does not normalize either. The hash of the bytes is taken once, as the term is cut out of
/// its text on every core, and `TermTable` places terms by it: the index then meets each term once
/// per article that has it.
struct SearchTerm: Comparable, ExpressibleByStringLiteral {
    let text: String
    /// FNV-1a of the bytes of `text`.
    let bytesHash: UInt64

    init(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        let buffer = UnsafeBufferPointer(rebasing: bytes)
        text = String(decoding: buffer, as: UTF8.self)
        bytesHash = Self.hash(buffer)
    }

    init(stringLiteral text: String) {
        var text = text
        bytesHash = text.withUTF8(Self.hash)
        self.text = text
    }

    static func == (left: SearchTerm, right: SearchTerm) -> Bool {
        guard left.bytesHash == right.bytesHash else { return false }
        var left = left.text, right = right.text
        return left.withUTF8 { a in right.withUTF8 { b in a.elementsEqual(b) } }
    }

    static func < (left: SearchTerm, right: SearchTerm) -> Bool {
        left.text.utf8.lexicographicallyPrecedes(right.text.utf8)
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}

/// Distinct search terms, each found by the hash it carries: the tokenizer and the index meet
/// millions of terms, and a `Set` or `Dictionary` would run `Hasher` over every one of them.
struct TermTable: Sendable {
    private(set) var terms: [SearchTerm] = []
    /// Open addressing with linear probing: one more than an index of `terms`; 0 is a free slot.
    private var slots: [Int32]

    init(capacity: Int = 512) {
        var count = 16
        while count < capacity * 2 { count *= 2 }
        slots = [Int32](repeating: 0, count: count)
        terms.reserveCapacity(capacity)
    }

    /// Adds `term` at the end of `terms` unless it is there already; returns its index.
    @discardableResult
    mutating func insert(_ term: SearchTerm) -> Int {
        var slot = Self.start(term, in: slots.count)
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if terms[index] == term { return index }
            slot = (slot + 1) & (slots.count - 1)
        }
        terms.append(term)
        slots[slot] = Int32(terms.count)
        // At most half full, so that a search for a new term soon meets a free slot.
        if terms.count * 2 > slots.count { grow() }
        return terms.count - 1
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for (index, term) in terms.enumerated() {
            var slot = Self.start(term, in: slots.count)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index + 1)
        }
    }

    /// The term's first slot: its hash, mixed so that its low bits depend on all of it.
    private static func start(_ term: SearchTerm, in count: Int) -> Int {
        var hash = term.bytesHash
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return Int(truncatingIfNeeded: hash) & (count - 1)
    }
}
