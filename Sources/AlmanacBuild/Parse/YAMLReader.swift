import AlmanacCore
import Yams

/// Reads YAML into `DataNode`s that carry their file locations. The only user of Yams.
///
/// Every document is bounded: YAML aliases (`*name`) repeat a whole subtree, so a few hundred
/// bytes of nested aliases ("billion laughs") would expand to billions of nodes. Aliases are
/// refused where they make no sense (front matter, chart specs), and no document may expand to
/// more than `nodeBudget` nodes.
struct YAMLReader {
    /// Whether the document may repeat a value with an alias (`*name`).
    var allowsAliases = false
    /// Nodes a document may have once its aliases are expanded: far above any real site file.
    var nodeBudget = 100_000

    /// Parses `text`, which starts at `firstLine` of the file at `path`.
    /// An empty document reads as an empty mapping.
    func read(_ text: String, path: String, firstLine: Int = 1) throws(DiagnosticError) -> DataNode {
        let origin = SourceLocation(path: path, line: firstLine, column: 1)
        // Every alias starts with `*`; most documents have none, and skip both checks.
        let mayHaveAliases = text.utf8.contains(UInt8(ascii: "*"))
        if mayHaveAliases, let key = AliasKeyScan.firstAliasKey(in: text) {
            throw DiagnosticError(stage: .parse, diagnostics: [.error(
                "an alias (*name) is used as a key; keys must be written out", at: SourceLocation(
                    path: path, line: key.line + firstLine - 1, column: key.column))])
        }
        let node: Node?
        do {
            // Scalars are read as written: the pipeline gives them meaning, so skip Yams's tag
            // guessing. The encoding is named because its default is looked up in the process
            // environment on every call.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw DiagnosticError(stage: .parse, diagnostics: [diagnostic(for: error, path: path, lineOffset: firstLine - 1)])
        } catch {
            throw DiagnosticError(stage: .parse, diagnostics: [.error("cannot read YAML: \(error)", at: origin)])
        }
        guard let node else { return .mapping([], at: origin) }
        var converter = Converter(path: path, lineOffset: firstLine - 1, refusesAliases: !allowsAliases && mayHaveAliases,
                                  budget: nodeBudget)
        do {
            return try converter.convert(node, usedAt: origin)
        } catch {
            throw DiagnosticError(stage: .parse, diagnostics: [error.diagnostic])
        }
    }
}

private extension YAMLReader {
    func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        let location = { (mark: Mark?) in Converter.location(mark, path: path, lineOffset: lineOffset) }
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .error("invalid YAML: \(problem); check indentation, colons and quotes", at: location(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return .error("key \(keys) appears twice in one mapping; keep one", at: location(context.mark))
        default:
            return .error("invalid YAML: \(error)", at: SourceLocation(path: path, line: lineOffset + 1))
        }
    }
}

/// Why a document was not converted: an alias where none is allowed, or too many nodes.
private struct BoundsError: Error {
    var diagnostic: Diagnostic
}

/// Walks Yams's node tree into `DataNode`s, counting nodes as it goes.
///
/// Yams resolves an alias to the very node its anchor names, mark included, so a node met a
/// second time at the same place and of the same kind is an alias being used.
private struct Converter {
    let path: String
    let lineOffset: Int
    /// Whether to look for aliases to refuse; off where they are allowed or cannot occur.
    let refusesAliases: Bool
    let limit: Int
    var budget: Int
    var seen = Set<Place>()

    struct Place: Hashable {
        var kind: Int
        var line: Int
        var column: Int
    }

    init(path: String, lineOffset: Int, refusesAliases: Bool, budget: Int) {
        self.path = path
        self.lineOffset = lineOffset
        self.refusesAliases = refusesAliases
        self.limit = budget
        self.budget = budget
    }

    /// `usedAt` is where the node is written in its parent (the key of a mapping entry, the
    /// list holding an item): the place an alias is used, which its own mark does not tell.
    mutating func convert(_ node: Node, usedAt: SourceLocation) throws(BoundsError) -> DataNode {
        let location = Self.location(node.mark, path: path, lineOffset: lineOffset)
        try count(node, at: location, usedAt: usedAt)
        switch node {
        case let .scalar(scalar):
            return .scalar(scalar.string, quoted: scalar.style != .plain && scalar.style != .any, at: location)
        case let .sequence(sequence):
            var items: [DataNode] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(try convert(item, usedAt: location)) }
            return .sequence(items, at: location)
        case let .mapping(mapping):
            var entries: [DataNode.Entry] = []
            for (key, value) in mapping {
                let keyLocation = Self.location(key.mark, path: path, lineOffset: lineOffset)
                _ = try convert(key, usedAt: location)
                entries.append(DataNode.Entry(key: key.string ?? "", keyLocation: keyLocation,
                                              value: try convert(value, usedAt: keyLocation)))
            }
            return .mapping(entries, at: location)
        case let .alias(alias):
            return .scalar("*\(alias.anchor.rawValue)", quoted: true, at: location)
        }
    }

    mutating func count(_ node: Node, at location: SourceLocation, usedAt: SourceLocation) throws(BoundsError) {
        budget -= 1
        if budget < 0 {
            throw BoundsError(diagnostic: .error(
                "this YAML expands to more than \(limit) values, through aliases (*name) repeating each other; "
                    + "write the values out instead", at: usedAt))
        }
        guard refusesAliases, node.mark != nil else { return }
        let kind = switch node { case .scalar: 0; case .sequence: 1; case .mapping: 2; case .alias: 3 }
        if !seen.insert(Place(kind: kind, line: location.line, column: location.column)).inserted {
            throw BoundsError(diagnostic: .error(
                "an alias (*name) repeats the value written at line \(location.line); aliases are not accepted here: "
                    + "write the value out", at: usedAt))
        }
    }

    static func location(_ mark: Mark?, path: String, lineOffset: Int) -> SourceLocation {
        SourceLocation(path: path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }
}

/// Finds an alias used as a mapping key (`*name: value`, `? *name`) before Yams composes the
/// document: Yams hashes every key to find duplicates, and hashing a key that aliases a nested
/// collection walks all of its expansion. No site file needs such a key.
enum AliasKeyScan {
    /// Line and column (1-based, in the text given) of the first alias key, if any.
    static func firstAliasKey(in text: String) -> (line: Int, column: Int)? {
        var line = 1
        for row in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let column = aliasKey(in: Array(row.unicodeScalars)) { return (line, column) }
            line += 1
        }
        return nil
    }

    /// The column of an alias key on one line. Quoted text and comments are skipped; an alias
    /// starts a node, so it follows the line's indentation or one of `? - : [ { ,`.
    static func aliasKey(in row: [Unicode.Scalar]) -> Int? {
        var index = 0, quote: Unicode.Scalar? = nil, previous: Unicode.Scalar = " ", afterQuestion = false
        while index < row.count {
            let scalar = row[index]
            if let open = quote {
                if scalar == open { quote = nil }
                index += 1; previous = scalar; continue
            }
            switch scalar {
            // Either quote opens quoted text only where a value starts; inside plain text it is a character.
            case "\"" where previous == " " || "[{,:".unicodeScalars.contains(previous),
                 "'" where previous == " " || "[{,:".unicodeScalars.contains(previous):
                quote = scalar
            case "#" where previous == " " || previous == "\t":
                return nil
            case "?" where previous == " " || previous == "\t" || "[{,".unicodeScalars.contains(previous):
                afterQuestion = true
            case "*" where previous == " " || previous == "\t" || "[{,".unicodeScalars.contains(previous):
                var end = index + 1
                while end < row.count, row[end].properties.isAlphabetic || ("0"..."9").contains(row[end]) || row[end] == "-" || row[end] == "_" {
                    end += 1
                }
                guard end > index + 1 else { break }
                var next = end
                while next < row.count, row[next] == " " || row[next] == "\t" { next += 1 }
                if afterQuestion || (next < row.count && row[next] == ":") { return index + 1 }
                index = end; previous = "x"; continue
            default:
                if scalar != " " && scalar != "\t" { afterQuestion = false }
            }
            previous = scalar
            index += 1
        }
        return nil
    }
}
