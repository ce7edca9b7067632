import Foundation
import Testing
@testable import SesameCore

@Suite("YAML loader")
struct YAMLLoaderTests {
    private func load(_ text: String, loader: YAMLLoader = YAMLLoader()) throws(YAMLError) -> YAMLNode {
        try loader.load(Array(text.utf8), path: "p.yaml")
    }

    private func problem(_ text: String) -> (YAMLProblem, Int, Int)? {
        problem(bytes: Array(text.utf8))
    }

    private func problem(bytes: [UInt8], loader: YAMLLoader = YAMLLoader()) -> (YAMLProblem, Int, Int)? {
        do {
            _ = try loader.load(bytes, path: "p.yaml")
            return nil
        } catch {
            return (error.problem, error.location.line, error.location.column)
        }
    }

    @Test func keepsLinesAndColumnsOfEveryNode() throws {
        let root = try load("version: 1\nuse_case:\n  business: \"Shop\"\n  あいう: x\n")
        guard case let .mapping(pairs) = root.kind else { Issue.record("not a mapping"); return }
        #expect(pairs[0].value.start.line == 1 && pairs[0].value.start.column == 10)
        guard case let .mapping(inner) = pairs[1].value.kind else { Issue.record("not a mapping"); return }
        #expect(inner[0].value.start.line == 3 && inner[0].value.start.column == 13)
        #expect(inner[1].value.start.column == 8, "columns count Unicode scalars, not bytes")
    }

    @Test func refusesFilesOverTheSizeLimit() {
        var loader = YAMLLoader()
        loader.maximumBytes = 100
        let result = problem(bytes: Array(String(repeating: "a: b\n", count: 30).utf8), loader: loader)
        #expect(result?.0 == .tooLarge(bytes: 150, limit: 100))
    }

    @Test func refusesNULBytesAtTheirPlace() {
        #expect(problem(bytes: Array("a: 1\nb: x\0y\n".utf8))! == (.binary, 2, 5))
    }

    @Test func refusesInvalidUTF8AtItsPlace() {
        #expect(problem(bytes: Array("a: 1\nbé: ".utf8) + [0xFF, 0x41])! == (.invalidUTF8, 2, 5))
    }

    @Test func refusesMoreThanOneDocument() {
        #expect(problem("a: 1\n---\nb: 2\n")! == (.multipleDocuments, 2, 1))
    }

    @Test(arguments: [
        ("- a\n- b\n", "a list"),
        ("just text\n", "a string"),
        ("42\n", "a number"),
    ])
    func refusesATopLevelThatIsNotAMapping(text: String, found: String) {
        guard case let .topLevelNotMapping(description)? = problem(text)?.0 else { Issue.record("expected topLevelNotMapping"); return }
        #expect(description.en == found)
    }

    @Test func refusesAnEmptyFile() {
        #expect(problem("")?.0 == .emptyDocument)
        #expect(problem("# only a comment\n")?.0 == .emptyDocument)
    }

    @Test func refusesDeepNesting() {
        let text = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(problem("a: " + text)! == (.tooDeep(limit: 32), 1, 35))
    }

    @Test func refusesABillionLaughsQuickly() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        #expect(problem(text)?.0 == .aliasBudgetExceeded(limit: 10_000))
    }

    @Test func expandsSmallAliases() throws {
        let root = try load("base: &b https://x.org\nwebsite_url: *b\n")
        guard case let .mapping(pairs) = root.kind else { Issue.record("not a mapping"); return }
        #expect(pairs[1].value.scalar == "https://x.org")
        #expect(pairs[1].value.start.line == 2)
    }

    @Test func refusesUndefinedAliases() {
        #expect(problem("a: *nowhere\n")?.0 != nil)
    }

    @Test func reportsTabsWithLibyamlsPosition() {
        let result = problem("use_case:\n\tbusiness: x\n")
        guard case let .syntax(syntax)? = result?.0 else { Issue.record("expected a syntax error"); return }
        #expect(syntax.text.en.contains("tab"))
        #expect(syntax.text.ja.contains("タブ"))
        #expect(result?.1 == 2 && result?.2 == 1)
    }

    @Test func reportsUnclosedQuotesWithLibyamlsPosition() {
        let result = problem("a: 1\nb: \"never closed\nc: 2\n")
        guard case let .syntax(syntax)? = result?.0 else { Issue.record("expected a syntax error"); return }
        #expect(syntax.text.en.contains("quoted scalar"))
        #expect(syntax.text.ja.contains("引用符付きスカラー"))
        #expect(result?.1 == 4 && result?.2 == 1)
    }

    @Test func integersAreDecimalPlainScalars() {
        #expect(YAMLNode.integerValue("5000") == 5000)
        #expect(YAMLNode.integerValue("5_000") == 5000)
        #expect(YAMLNode.integerValue("-3") == -3)
        #expect(YAMLNode.integerValue("5e3") == nil)
        #expect(YAMLNode.integerValue("12.5") == nil)
        #expect(YAMLNode.integerValue("") == nil)
    }
}

@Suite("Scalar locators")
struct ScalarLocatorTests {
    private func value(_ text: String) throws -> YAMLNode {
        let root = try YAMLLoader().load(Array(text.utf8), path: "p.yaml")
        guard case let .mapping(pairs) = root.kind else { throw YAMLError(.emptyDocument, at: root.start) }
        return pairs[0].value
    }

    private func place(of needle: String, in node: YAMLNode) -> (Int, Int)? {
        guard let text = node.scalar, let range = text.range(of: needle) else { return nil }
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        let location = node.locator!.location(ofScalarOffset: offset)
        return (location.line, location.column)
    }

    @Test func literalBlock() throws {
        let node = try value("a: |\n  first line\n\n  third TODO here\n")
        #expect(place(of: "TODO", in: node)! == (4, 9))
    }

    @Test func foldedBlock() throws {
        let node = try value("a: >-\n  one two\n  three TODO\n\n  after blank XXX\nb: 1\n")
        #expect(place(of: "TODO", in: node)! == (3, 9))
        #expect(place(of: "XXX", in: node)! == (5, 15))
    }

    @Test func quotedSingleLine() throws {
        let node = try value("a: \"say TODO\"\n")
        #expect(place(of: "TODO", in: node)! == (1, 9))
    }

    @Test func plainMultiLine() throws {
        let node = try value("a: one two\n   three TODO\n")
        #expect(place(of: "TODO", in: node)! == (2, 10))
    }

    @Test func japaneseBlockCountsScalars() throws {
        let node = try value("a: |\n  バウンス通知をSNSで受け取り\n  TODO\n")
        #expect(place(of: "SNS", in: node)! == (2, 10))
        #expect(place(of: "TODO", in: node)! == (3, 3))
    }

    @Test func plainDraftLocatorHandlesCRLF() {
        let locator = TextLocator(plainText: "ab\r\ncd\ref\ngh", path: "d.txt")
        #expect(locator.location(ofScalarOffset: 0) == SourceLocation(path: "d.txt", line: 1, column: 1))
        #expect(locator.location(ofScalarOffset: 4) == SourceLocation(path: "d.txt", line: 2, column: 1))
        #expect(locator.location(ofScalarOffset: 8) == SourceLocation(path: "d.txt", line: 3, column: 2))
        #expect(locator.location(ofScalarOffset: 10) == SourceLocation(path: "d.txt", line: 4, column: 1))
    }
}
