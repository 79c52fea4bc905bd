/// Near misses for "did you mean" hints: a misspelt key, indicator id or template name.
public enum EditDistance {
    /// The closest of `candidates` to `word` within two edits (ties go to the first in sorted
    /// order, so the hint is the same on every run), or nil when none is that close.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        var best: (word: String, distance: Int)?
        for candidate in candidates {
            let distance = between(word, candidate)
            guard distance <= 2 else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.word) {
                best = (candidate, distance)
            }
        }
        return best?.word
    }

    /// Edit distance on characters, with swapping two neighbours one edit (`titel` → `title`),
    /// the commonest typing slip; cut short at 3: only near misses matter.
    public static func between(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        guard abs(a.count - b.count) <= 2 else { return 3 }
        guard !a.isEmpty else { return b.count }
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            beforePrevious = previous
            previous = current
        }
        return min(previous[b.count], 3)
    }
}
