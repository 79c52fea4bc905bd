import AlmanacCore
import Yams

/// Reads YAML into `DataNode`s that carry their file locations. The only user of Yams.
struct YAMLReader {
    /// Parses `text`, which starts at `firstLine` of the file at `path`.
    /// An empty document reads as an empty mapping.
    func read(_ text: String, path: String, firstLine: Int = 1) throws(DiagnosticError) -> DataNode {
        let origin = SourceLocation(path: path, line: firstLine, column: 1)
        do {
            // Scalars are read as written: the pipeline gives them meaning, so skip Yams's tag
            // guessing. The encoding is named because its default is looked up in the process
            // environment on every call.
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else { return .mapping([], at: origin) }
            return convert(node, path: path, lineOffset: firstLine - 1)
        } catch let error as YamlError {
            throw DiagnosticError(stage: "parse", diagnostics: [diagnostic(for: error, path: path, lineOffset: firstLine - 1)])
        } catch {
            throw DiagnosticError(stage: "parse", diagnostics: [.error("cannot read YAML: \(error)", at: origin)])
        }
    }
}

private extension YAMLReader {
    func convert(_ node: Node, path: String, lineOffset: Int) -> DataNode {
        let location = self.location(node.mark, path: path, lineOffset: lineOffset)
        switch node {
        case let .scalar(scalar):
            return .scalar(scalar.string, quoted: scalar.style != .plain && scalar.style != .any, at: location)
        case let .sequence(sequence):
            return .sequence(sequence.map { convert($0, path: path, lineOffset: lineOffset) }, at: location)
        case let .mapping(mapping):
            let entries = mapping.map { pair in
                DataNode.Entry(
                    key: pair.key.string ?? "",
                    keyLocation: self.location(pair.key.mark, path: path, lineOffset: lineOffset),
                    value: convert(pair.value, path: path, lineOffset: lineOffset)
                )
            }
            return .mapping(entries, at: location)
        case let .alias(alias):
            return .scalar("*\(alias.anchor.rawValue)", quoted: true, at: location)
        }
    }

    func location(_ mark: Mark?, path: String, lineOffset: Int) -> SourceLocation {
        SourceLocation(path: path, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    func diagnostic(for error: YamlError, path: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .error("invalid YAML: \(problem); check indentation, colons and quotes", at: location(mark, path: path, lineOffset: lineOffset))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return .error("key \(keys) appears twice in one mapping; keep one", at: location(context.mark, path: path, lineOffset: lineOffset))
        default:
            return .error("invalid YAML: \(error)", at: SourceLocation(path: path, line: lineOffset + 1))
        }
    }
}
