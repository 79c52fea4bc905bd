import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses markup as XML, so a missing close tag, a bad attribute or a stray `&` fails a test.
/// Our HTML is written to be well-formed XML as well, which the HTML parser accepts unchanged.
final class XMLCheck: NSObject, XMLParserDelegate {
    private(set) var ids: [String] = []
    private(set) var elements: [String] = []
    private(set) var attributes: [[String: String]] = []
    private(set) var texts: [String] = []

    /// The parser's error, or nil when `markup` is well-formed.
    func parse(_ markup: String) -> String? {
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = self
        return parser.parse() ? nil : (parser.parserError.map { "\($0)" } ?? "unknown XML error")
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        elements.append(name)
        self.attributes.append(attributes)
        if let id = attributes["id"] { ids.append(id) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        texts.append(string)
    }
}
