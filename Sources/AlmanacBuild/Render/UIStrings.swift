import AlmanacCore
import Foundation

/// The words of the user interface in one language, from `Templates/strings/<lang>.yml`.
public struct UIStrings: Sendable {
    public var values: [String: String]
    /// The words around figures, with what the table's `figures:` changes.
    public var figures: FigureWords

    public init(values: [String: String], figures: FigureWords) {
        self.values = values
        self.figures = figures
    }

    /// The string for `key` with `{name}` placeholders filled in; the key itself when missing,
    /// so a forgotten string shows on the page instead of vanishing.
    public func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        var text = values[key] ?? key
        for (name, value) in arguments {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }
}

/// Parse stage, string tables: one per site language, every key of the first in all of them.
struct UIStringsParser {
    /// `label` names the templates folder, where missing tables belong.
    func parse(_ files: [String: SourceFile], languages: [String], label: String) throws(DiagnosticError) -> [String: UIStrings] {
        var tables: [String: UIStrings] = [:]
        var problems: [Diagnostic] = []
        for language in languages {
            guard let file = files[language] else {
                problems.append(.error("missing string table for language \"\(language)\"; copy \(label)/strings/en.yml and translate it",
                                       at: SourceLocation(path: "\(label)/strings/\(language).yml")))
                continue
            }
            do {
                let root = try YAMLReader(allowsAliases: true).read(file.text, path: file.path)
                var values: [String: String] = [:]
                var figures = FigureWords.standard(for: language)
                for entry in root.entries ?? [] {
                    if entry.key == "figures" {
                        var reader = DataReader()
                        figures = figures.overridden(by: entry.value, reader: &reader)
                        problems += reader.problems
                        continue
                    }
                    guard let text = entry.value.text else {
                        problems.append(.error("string \"\(entry.key)\" must be text", at: entry.value.location))
                        continue
                    }
                    values[entry.key] = text
                }
                tables[language] = UIStrings(values: values, figures: figures)
            } catch {
                problems += error.diagnostics
            }
        }
        problems += missingKeys(tables, files: files, languages: languages)
        if problems.hasErrors { throw DiagnosticError(stage: .parse, diagnostics: problems.sortedByLocation()) }
        return tables
    }

    private func missingKeys(_ tables: [String: UIStrings], files: [String: SourceFile], languages: [String]) -> [Diagnostic] {
        let allKeys = Set(tables.values.flatMap(\.values.keys))
        return languages.flatMap { language -> [Diagnostic] in
            guard let table = tables[language], let file = files[language] else { return [] }
            return allKeys.subtracting(table.values.keys).sorted().map {
                .error("string \"\($0)\" is missing in this language; add it", at: SourceLocation(path: file.path))
            }
        }
    }
}
