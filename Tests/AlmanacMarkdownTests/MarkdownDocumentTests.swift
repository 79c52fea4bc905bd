import AlmanacCore
import AlmanacMarkdown
import Testing

@Suite struct MarkdownDocumentTests {
    @Test func rendersCommonMark() {
        let html = MarkdownDocument(parsing: "## 标题\n\n**粗体** and `code`\n").html()
        #expect(html == "<h2>标题</h2>\n<p><strong>粗体</strong> and <code>code</code></p>\n")
    }

    @Test func aHandleToAReplacedNodeStaysSafeToUse() {
        let document = MarkdownDocument(parsing: "## Title\n\n```chart\nx\n```\n")
        let block = document.codeBlocks()[0], heading = document.headings()[0]
        document.replace(block, withHTML: "<figure>one</figure>")
        document.replace(block, withHTML: "<figure>two</figure>")
        document.setID("title", of: heading)
        document.setID("again", of: heading)
        #expect(document.html() == "<h2 id=\"title\">\nTitle\n</h2>\n<figure>one</figure>\n")
        #expect(document.anchors.map(\.id) == ["title"])
    }

    @Test func omitsRawHTMLByDefault() {
        let html = MarkdownDocument(parsing: "<script>x()</script>\n\ntext <b>b</b>\n").html()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
    }

    @Test func keepsRawHTMLWhenAllowed() {
        let html = MarkdownDocument(parsing: "text <b>b</b>\n", options: MarkdownOptions(unsafeHTML: true)).html()
        #expect(html == "<p>text <b>b</b></p>\n")
    }

    @Test func findsFencedBlocksWithTheirLines() {
        let document = MarkdownDocument(parsing: "intro\n\n```chart\ntype: line\n```\n")
        let blocks = document.codeBlocks()
        #expect(blocks.count == 1)
        #expect(blocks[0].language == "chart")
        #expect(blocks[0].literal == "type: line\n")
        #expect(blocks[0].line == 3)
    }

    @Test func replacesABlockWithVerbatimHTMLEvenInSafeMode() {
        let document = MarkdownDocument(parsing: "```chart\ntype: line\n```\n")
        document.replace(document.codeBlocks()[0], withHTML: "<figure>svg</figure>")
        #expect(document.html() == "<figure>svg</figure>\n")
    }

    @Test func anchorsHeadingsKeepingTheirInlineMarkup() {
        let document = MarkdownDocument(parsing: "## 一、*总体*情况\n")
        let heading = document.headings()[0]
        #expect(heading.text == "一、总体情况")
        document.setID("一总体情况", of: heading)
        #expect(document.html().contains("<h2 id=\"一总体情况\">\n一、<em>总体</em>情况\n</h2>"))
        #expect(document.anchors.map(\.id) == ["一总体情况"])
    }

    @Test func rewritesTextAcrossUnderscoreDelimiters() {
        let document = MarkdownDocument(parsing: "growth {{indicator gdp_growth}} here\n")
        var seen: [String] = []
        document.rewriteText { run in
            seen.append(run.text)
            return [.text("before "), .html("<data>6%</data>")]
        }
        #expect(seen == ["growth {{indicator gdp_growth}} here"])
        #expect(document.html() == "<p>before <data>6%</data></p>\n")
    }

    @Test func neverOffersCodeToTextRewrites() {
        let document = MarkdownDocument(parsing: "`{{indicator x}}`\n")
        var seen: [String] = []
        document.rewriteText { seen.append($0.text); return nil }
        #expect(seen.isEmpty)
    }

    @Test func rewritesLinkDestinations() {
        let document = MarkdownDocument(parsing: "para\n\n[a](other.md)\n")
        let link = document.links()[0]
        #expect(link.destination == "other.md")
        #expect(link.line == 3)
        document.setDestination(of: link, to: "/zh/2026/other/")
        #expect(document.html() == "<p>para</p>\n<p><a href=\"/zh/2026/other/\">a</a></p>\n")
    }

    @Test func escapesHTML() {
        #expect(HTMLEscaping.escape("a < b & \"c\" > d") == "a &lt; b &amp; &quot;c&quot; &gt; d")
        #expect(HTMLEscaping.escape("晋江") == "晋江")
    }
}
