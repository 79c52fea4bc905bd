import Foundation
import Testing
@testable import AlmanacTemplates

/// The official Mustache specification's tests (github.com/mustache/spec, MIT), read from
/// `../shared/mustache-spec/` when it is there. Lambdas and dynamic names are not implemented:
/// no template of ours uses them.
struct SpecificationTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/mustache-spec").standardized
    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    struct Case: Sendable, CustomTestStringConvertible {
        var module: String, name: String, template: String, expected: String
        var data: TemplateData
        var partials: [String: String]
        var testDescription: String { "\(module): \(name)" }
    }

    struct SpecFile: Decodable {
        struct Test: Decodable {
            var name: String, template: String, expected: String
            var data: JSONValue
            var partials: [String: String]?
        }
        var tests: [Test]
    }

    /// JSON as template data; `true` is tried before numbers, which would take it as 1.
    struct JSONValue: Decodable {
        var value: TemplateData
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { value = .null }
            else if let flag = try? container.decode(Bool.self) { value = .flag(flag) }
            else if let number = try? container.decode(Double.self) { value = .number(number) }
            else if let text = try? container.decode(String.self) { value = .text(text) }
            else if let list = try? container.decode([JSONValue].self) { value = .list(list.map(\.value)) }
            else { value = .object(try container.decode([String: JSONValue].self).mapValues(\.value)) }
        }
    }

    static let cases: [Case] = modules.flatMap { module -> [Case] in
        let file = folder.appendingPathComponent("\(module).json")
        guard let data = try? Data(contentsOf: file), let spec = try? JSONDecoder().decode(SpecFile.self, from: data) else { return [] }
        return spec.tests.map { test in
            Case(module: module, name: test.name, template: test.template, expected: test.expected,
                 data: test.data.value, partials: test.partials ?? [:])
        }
    }

    @Test func theSuiteIsThereOrSaysWhyNot() {
        if Self.cases.isEmpty {
            print("Mustache specification not found at \(Self.folder.path): its tests are skipped")
        } else {
            #expect(Self.cases.count == 163)
        }
    }

    @Test(arguments: cases)
    func conforms(_ test: Case) throws {
        let library = try TemplateLibrary(test.partials.merging(["test": test.template]) { _, main in main })
        #expect(library.render("test", test.data) == test.expected)
    }
}
