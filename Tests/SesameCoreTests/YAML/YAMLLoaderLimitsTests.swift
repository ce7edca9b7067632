import Testing
@testable import SesameCore

/// Long lists load in linear time and, over the node budget, are refused for what they are;
/// merge keys are resolved by the loader, so every reader of YAML sees the merged mapping.
@Suite("YAML loader: long lists and merge keys")
struct YAMLLoaderLimitsTests {
    private func load(_ text: String, loader: YAMLLoader = YAMLLoader()) throws(YAMLError) -> YAMLNode {
        try loader.load(Array(text.utf8), path: "p.yaml")
    }

    private func list(_ count: Int) -> String {
        "regions:\n" + String(repeating: "  - us-east-1\n", count: count)
    }

    private func keys(_ node: YAMLNode) -> [String] {
        guard case let .mapping(pairs) = node.kind else { return [] }
        return pairs.map { "\($0.key.scalar ?? "?")=\($0.value.scalar ?? "…")" }
    }

    /// 150,000 items: the loader used to copy the list on every append (a 10,000-item list took
    /// 7 s), so this would not finish; now it is one pass.
    @Test func aVeryLongListLoadsInOnePass() throws {
        var loader = YAMLLoader()
        loader.maximumNodes = 200_000
        let root = try load("regions: [" + String(repeating: "a,", count: 149_999) + "a]\n", loader: loader)
        guard case let .mapping(pairs) = root.kind, case let .sequence(items) = pairs[0].value.kind else {
            Issue.record("not a mapping of a list"); return
        }
        #expect(items.count == 150_000)
        #expect(items.last?.start == SourceLocation(path: "p.yaml", line: 1, column: 300_009))
    }

    @Test func aListOverTheBudgetIsNotCalledABillionLaughs() {
        #expect(throws: YAMLError(.tooManyNodes(limit: 10_000), at: SourceLocation(path: "p.yaml", line: 10_001, column: 5))) {
            try load(list(10_001))
        }
        #expect(YAMLProblem.tooManyNodes(limit: 10_000).text.en
                == "the file holds more than 10000 values (keys, list items and answers); a profile holds a few dozen")
    }

    @Test func aliasesOverTheBudgetAreStillABillionLaughs() {
        let text = "a: &a [" + Array(repeating: "x", count: 100).joined(separator: ", ") + "]\n"
            + "b: [" + Array(repeating: "*a", count: 200).joined(separator: ", ") + "]\n"
        #expect(throws: YAMLError.self) { try load(text) }
        do { _ = try load(text) } catch { #expect(error.problem == .aliasBudgetExceeded(limit: 10_000)) }
    }

    @Test func mergeKeysAreResolvedByTheLoader() throws {
        let root = try load("""
            base: &base {a: 1, b: 2}
            more: &more {b: 3, c: 4}
            x:
              <<: [*base, *more]
              a: own
            "<<": quoted is a key
            """)
        guard case let .mapping(pairs) = root.kind else { Issue.record("not a mapping"); return }
        #expect(keys(pairs[2].value) == ["a=own", "b=2", "c=4"], "own keys win, then the earlier mapping")
        #expect(pairs[3].key.scalar == "<<")
    }

    @Test func aMergeOfSomethingElseIsAnError() {
        #expect(throws: YAMLError(.invalidMerge, at: SourceLocation(path: "p.yaml", line: 2, column: 7))) {
            try load("x:\n  <<: not a mapping\n")
        }
        #expect(throws: YAMLError(.invalidMerge, at: SourceLocation(path: "p.yaml", line: 1, column: 18))) {
            try load("x: {<<: [{a: 1}, [b]]}\n")
        }
    }
}
