import AlmanacCore
import Foundation
import AlmanacMarkdown

/// Transform stage: Markdown body → HTML, through each `ArticleTransform` in turn.
struct ArticleTransformer: Sendable {
    var transforms: [any ArticleTransform]
    var context: TransformContext

    func transform(_ article: Article) -> (TransformedArticle, [Diagnostic]) {
        let document = MarkdownDocument(
            parsing: String(article.body), options: MarkdownOptions(unsafeHTML: context.model.config.unsafeHTML))
        let charted = Self.chartedIndicators(document)
        var problems: [Diagnostic] = []
        var charts: [PublishedChart] = []
        for transform in transforms {
            problems += transform.apply(to: document, of: article, in: context, charts: &charts)
        }
        let html = document.html()
        let body = ArticleBody(
            html: html,
            searchText: PlainText.of(html: html, upTo: ArticleBody.searchCharacters),
            toc: HeadingAnchorTransform.tableOfContents(document),
            readingMinutes: ReadingTime.minutes(article.body, language: article.language),
            chartedIndicators: charted,
            charts: charts
        )
        return (TransformedArticle(article: article, body: body), problems)
    }

    /// Ids after `indicator:` in the article's chart fences, read as YAML, so quoted or flow
    /// spellings count too. A fence that does not read is left to `ChartBlockTransform` to report.
    static func chartedIndicators(_ document: MarkdownDocument) -> Set<String> {
        var ids: Set<String> = []
        for block in document.codeBlocks() where block.language == "chart" && block.literal.contains("indicator") {
            if let id = (try? YAMLReader().read(block.literal, path: ""))?["indicator"]?.text { ids.insert(id) }
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
    static func minutes(_ text: some StringProtocol, language: String) -> Int {
        let (han, words) = text.utf8.withContiguousStorageIfAvailable(count)
            ?? Array(text.utf8).withUnsafeBufferPointer(count)
        let minutes = Double(han) / 400 + Double(words) / LanguageStyle.of(language).latinWordsPerMinute
        return max(1, Int(minutes.rounded()))
    }

    /// Han characters and words: most of a body is ASCII or Han, and both are told from the bytes.
    private static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> (han: Int, words: Int) {
        var han = 0
        var words = 0
        var inWord = false
        var index = 0
        while index < bytes.count {
            let (scalar, length) = UTF8Scalars.scalar(at: index, in: bytes)
            index += length
            if UTF8Scalars.isHan(scalar) {
                han += 1
                inWord = false
            } else if isWordScalar(scalar) {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return (han, words)
    }

    /// ASCII letters and digits answered directly: Unicode property lookups cost more than the
    /// rest of the count, and most text that is not Han is ASCII.
    static func isWordScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80: false
        default: Unicode.Scalar(value)?.properties.isAlphabetic ?? false
        }
    }
}

extension ArticleTransformer {
    /// Transforms every article on every core; fails with all problems of all articles.
    func transformAll(_ articles: [Article]) throws(DiagnosticError) -> Staged<[TransformedArticle]> {
        let results = ConcurrentMap.map(articles) { transform($0) }
        let problems = results.flatMap(\.1)
        if problems.hasErrors { throw DiagnosticError(stage: .transform, diagnostics: problems.sortedByLocation()) }
        return Staged(results.map(\.0), warnings: problems.sortedByLocation())
    }
}
