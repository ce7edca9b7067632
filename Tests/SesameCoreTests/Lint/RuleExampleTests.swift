import SesameCore
import Testing

/// One example of one rule, as a test argument.
struct ExampleCase: CustomTestStringConvertible, Sendable {
    var ruleID: String
    var example: RuleExample
    var triggering: Bool
    var testDescription: String { "\(ruleID) \(triggering ? "triggers" : "passes") \(example)" }

    static let all: [ExampleCase] = RuleCatalogue.standard.descriptions.flatMap { d in
        d.triggeringExamples.map { ExampleCase(ruleID: d.id, example: $0, triggering: true) }
            + d.nonTriggeringExamples.map { ExampleCase(ruleID: d.id, example: $0, triggering: false) }
    }
}

struct Position: Hashable, CustomStringConvertible {
    var line: Int
    var column: Int
    var description: String { "\(line):\(column)" }
}

/// Where each marker stands in `text` (1-based, columns in scalars), given a prefix of `prefixLines` lines.
/// A marker at offset 0 stands for a finding about the whole document when the rule reports one:
/// that finding stays at the document's anchor (1:1) whatever precedes the text.
func expectedPositions(_ example: RuleExample, prefixLines: Int, documentLevel: Bool) -> [Position] {
    let plain = Array(example.plainText.unicodeScalars)
    return example.markerOffsets.map { offset in
        if offset == 0 && documentLevel { return Position(line: 1, column: 1) }
        var line = 1 + prefixLines
        var column = 1
        for scalar in plain[..<offset] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return Position(line: line, column: column)
    }
}

func lintOnly(_ ruleID: String, _ document: LintDocument) -> [Position] {
    let rule = RuleCatalogue.standard.rule(id: ruleID)!
    let result = Linter(catalogue: RuleCatalogue(rules: [rule])).lint(document)
    return result.diagnostics.map { Position(line: $0.location.line, column: $0.location.column) }
}

@Suite struct RuleExampleTests {
    static let prefix = "【下書き　ｖ２】\n"

    @Test(arguments: ExampleCase.all)
    func example(_ c: ExampleCase) {
        let ex = c.example
        let rule = RuleCatalogue.standard.rule(id: c.ruleID)!
        let documentLevel = rule.findings(in: PreparedDocument(ex.document())).contains {
            if case .document = $0.place { true } else { false }
        }
        let plain = lintOnly(c.ruleID, ex.document())
        let expected = c.triggering ? expectedPositions(ex, prefixLines: 0, documentLevel: documentLevel) : []
        let here = ex.sourceLocation
        #expect(plain == expected, "\(ex): plain text", sourceLocation: here)
        guard ex.variants, ex.field == .draft else { return }
        // After a full-width Japanese prefix line.
        let prefixed = lintOnly(c.ruleID, ex.document(prefix: Self.prefix))
        let expectedPrefixed = c.triggering ? expectedPositions(ex, prefixLines: 1, documentLevel: documentLevel) : []
        #expect(prefixed == expectedPrefixed, "\(ex): after a Japanese prefix line", sourceLocation: here)
        // With CRLF line ends.
        var crlf = ex
        crlf.text = ex.text.replacing("\n", with: "\r\n")
        let crlfPositions = lintOnly(c.ruleID, crlf.document())
        #expect(crlfPositions == expected, "\(ex): CRLF", sourceLocation: here)
    }

    @Test func catalogueIsConsistent() {
        let descriptions = RuleCatalogue.standard.descriptions
        let ids = descriptions.map(\.id)
        #expect(Set(ids).count == ids.count, "rule ids are unique")
        for d in descriptions {
            #expect(d.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } && !d.id.hasPrefix("-"), "\(d.id) is kebab-case")
            #expect(Topic.allCases.contains(d.topic))
            #expect(!d.summary.en.isEmpty && !d.summary.ja.isEmpty && !d.rationale.isEmpty)
            if d.languages.isEmpty {
                #expect(!d.triggeringExamples.isEmpty && !d.nonTriggeringExamples.isEmpty, "\(d.id) has both kinds of example")
            }
            for language in d.languages {
                #expect(d.triggeringExamples.contains { $0.effectiveLanguage == language }, "\(d.id) triggers in \(language)")
                #expect(d.nonTriggeringExamples.contains { $0.effectiveLanguage == language }, "\(d.id) passes in \(language)")
            }
            for ex in d.triggeringExamples { #expect(!ex.markerOffsets.isEmpty, "\(d.id) \(ex) has a marker") }
            for ex in d.nonTriggeringExamples { #expect(ex.markerOffsets.isEmpty, "\(d.id) \(ex) has no marker") }
        }
    }
}

extension RuleExample {
    /// Where the example is written, so that a failing example is reported at its own line.
    var sourceLocation: Testing.SourceLocation {
        let path = String(describing: file)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return Testing.SourceLocation(fileID: "SesameCore/" + name, filePath: path, line: Int(line), column: 1)
    }
}
