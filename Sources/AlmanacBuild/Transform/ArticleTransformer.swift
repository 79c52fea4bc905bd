import AlmanacCore
import Foundation
import AlmanacMarkdown

/// Transform stage: Markdown body → HTML, through each `ArticleTransform` in turn.
struct ArticleTransformer: Sendable {
    var transforms: [any ArticleTransform]
    var context: TransformContext

    func transform(_ article: Article) -> (TransformedArticle, [Diagnostic]) {
        let document = MarkdownDocument(
            parsing: article.body, options: MarkdownOptions(unsafeHTML: context.model.config.unsafeHTML))
        let charted = Self.chartedIndicators(document)
        var problems: [Diagnostic] = []
        for transform in transforms {
            problems += transform.apply(to: document, of: article, in: context)
        }
        let body = ArticleBody(
            html: document.html(),
            toc: HeadingAnchorTransform.tableOfContents(document),
            readingMinutes: ReadingTime.minutes(article.body, language: article.language),
            chartedIndicators: charted
        )
        return (TransformedArticle(article: article, body: body), problems)
    }

    /// Ids after `indicator:` in the article's chart fences.
    static func chartedIndicators(_ document: MarkdownDocument) -> Set<String> {
        var ids: Set<String> = []
        for block in document.codeBlocks() where block.language == "chart" {
            for line in block.literal.split(separator: "\n") where line.hasPrefix("indicator:") {
                ids.insert(line.dropFirst("indicator:".count).split(separator: "#").first?
                    .trimmingCharacters(in: .whitespaces) ?? "")
            }
        }
        return ids
    }

    /// The transforms every build applies, in order.
    static func standard() -> [any ArticleTransform] {
        [IndicatorReferenceTransform(), ArticleLinkTransform(), HeadingAnchorTransform(), ChartBlockTransform()]
    }
}

/// Minutes to read a body: Chinese counted by characters (about 400 a minute), other text by words (about 220).
enum ReadingTime {
    static func minutes(_ text: String, language: String) -> Int {
        var han = 0
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) {
                han += 1
                inWord = false
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        let minutes = Double(han) / 400 + Double(words) / (language == "zh" ? 400 : 220)
        return max(1, Int(minutes.rounded()))
    }
}

extension ArticleTransformer {
    /// Transforms every article on every core; fails with all problems of all articles.
    func transformAll(_ articles: [Article]) throws(DiagnosticError) -> Staged<[TransformedArticle]> {
        let results = ConcurrentMap.map(articles) { transform($0) }
        let problems = results.flatMap(\.1)
        if problems.hasErrors { throw DiagnosticError(stage: "transform", diagnostics: problems.sortedByLocation()) }
        return Staged(results.map(\.0), warnings: problems.sortedByLocation())
    }
}
