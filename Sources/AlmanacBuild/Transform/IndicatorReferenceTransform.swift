import AlmanacCore
import AlmanacMarkdown

/// Fills in figures cited in prose as `{{indicator gdp}}` or `{{indicator gdp 2019}}`, from the
/// article's own front matter, so text, tables and charts can never disagree.
///
/// The period may be left out when the article reports the indicator for one period only.
struct IndicatorReferenceTransform: ArticleTransform {
    func apply(to document: MarkdownDocument, of article: Article, in context: TransformContext) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let formatter = context.model.format(article.language)
        document.rewriteText { run in
            guard Substring(run.text).byteRange(of: "{{") != nil else { return nil }
            var pieces: [InlinePiece] = []
            var rest = Substring(run.text)
            var changed = false
            while let open = rest.byteRange(of: "{{"), let close = rest[open.upperBound...].byteRange(of: "}}") {
                let inner = rest[open.upperBound..<close.lowerBound]
                let words = inner.split(whereSeparator: \.isWhitespace)
                guard words.first == "indicator" else {
                    pieces.append(.text(String(rest[..<close.upperBound])))
                    rest = rest[close.upperBound...]
                    continue
                }
                pieces.append(.text(String(rest[..<open.lowerBound])))
                let token = String(rest[open.lowerBound..<close.upperBound])
                switch resolve(words.dropFirst().map(String.init), in: article, context: context) {
                case let .success((value, definition)):
                    pieces.append(.html(html(value, definition, formatter)))
                case let .failure(failure):
                    problems.append(.error(failure.message, at: locate(token, from: run.line, in: article)))
                    pieces.append(.text(token))
                }
                rest = rest[close.upperBound...]
                changed = true
            }
            pieces.append(.text(String(rest)))
            return changed ? pieces : nil
        }
        return problems
    }
}

private extension IndicatorReferenceTransform {
    struct Failure: Error { var message: String }

    func resolve(_ words: [String], in article: Article, context: TransformContext)
        -> Result<(IndicatorValue, IndicatorDefinition), Failure>
    {
        guard let id = words.first, words.count <= 2 else {
            return .failure(Failure(message: "write a figure as {{indicator ID}} or {{indicator ID PERIOD}}, e.g. {{indicator gdp 2019}}"))
        }
        guard let definition = context.model.catalogue[id] else {
            let catalogue = context.model.catalogue
            return .failure(Failure(message: UnknownIndicator.message(id, known: catalogue.keys, catalogue: catalogue.label)))
        }
        let values = article.indicators.filter { $0.id == id }
        guard !values.isEmpty else {
            return .failure(Failure(message: "this article reports no value for \"\(id)\"; add it under `indicators:` in the front matter"))
        }
        let periods = values.map(\.period.description).joined(separator: ", ")
        if words.count == 2 {
            guard let value = values.first(where: { $0.period.description == words[1] }) else {
                return .failure(Failure(message: "\"\(id)\" has no value for period \(words[1]) in this article (it has \(periods))"))
            }
            return .success((value, definition))
        }
        guard values.count == 1 else {
            return .failure(Failure(message: "\"\(id)\" has values for \(periods); name one, e.g. {{indicator \(id) \(values[0].period)}}"))
        }
        return .success((values[0], definition))
    }

    func html(_ value: IndicatorValue, _ definition: IndicatorDefinition, _ formatter: FigureFormatter) -> String {
        let text = HTMLEscaping.escape(formatter.proseFigure(value, definition: definition))
        let number = NumberFormat(decimals: 6, groupsThousands: false).string(value.value).trimmingZeros
        return "<data class=\"figure\" value=\"\(number)\">\(text)</data>"
    }

    /// cmark gives inline text no position, so find the reference in the source from its block's line.
    func locate(_ token: String, from bodyLine: Int, in article: Article) -> SourceLocation {
        let lines = article.body.split(separator: "\n", omittingEmptySubsequences: false)
        for index in max(0, bodyLine - 1)..<lines.count {
            if let range = lines[index].range(of: token) {
                let column = lines[index][..<range.lowerBound].unicodeScalars.count
                return article.location(ofBodyLine: index + 1, column: column + 1)
            }
        }
        return article.location(ofBodyLine: bodyLine)
    }
}

private extension Substring {
    /// Where an ASCII `needle` first occurs, found on bytes: Foundation's `range(of:)` costs
    /// far more on Linux, and most runs of text hold no reference at all.
    func byteRange(of needle: StaticString) -> Range<Index>? {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        let offset = utf8.withContiguousStorageIfAvailable { Self.offset(of: pattern, in: $0) }
            ?? Array(utf8).withUnsafeBufferPointer { Self.offset(of: pattern, in: $0) }
        guard let offset else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: pattern.count)
    }

    private static func offset(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var index = 0
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], (1..<pattern.count).allSatisfy({ bytes[index + $0] == pattern[$0] }) {
                return index
            }
            index += 1
        }
        return nil
    }
}
