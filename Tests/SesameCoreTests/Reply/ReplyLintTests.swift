import Foundation
import Testing
import TestSupport
@testable import SesameCore

/// The reply is linted as `sesame lint --kind reply` lints a reply (through `FileLinter`), on
/// the topics the reviewer asked about.
@Suite("Reply lint")
struct ReplyLintTests {
    private func composed() throws -> ComposedReply {
        let path = TestPaths.packageRoot.appendingPathComponent("examples/saas-transactional.yaml").path
        let profile = try #require(ProfileLoader.load(path: path).profile)
        return ReplyComposer.compose(profile: profile, message: nil, language: .en)
    }

    @Test func aComposedReplyFromAGoodProfileHasNoFindings() throws {
        #expect(ReplyLint.findings(in: try composed()).isEmpty)
    }

    @Test func templateResidueIsAnErrorAtItsPlace() throws {
        var reply = try composed()
        reply.text += "\n\nTODO: add the bounce rate."
        let findings = ReplyLint.findings(in: reply)
        let residue = try #require(findings.first { $0.rule == "placeholder-text" })
        #expect(residue.severity == .error)
        #expect(residue.location.path == "reply")
        #expect(residue.location.line == reply.text.split(separator: "\n", omittingEmptySubsequences: false).count)
    }

    @Test func aLongReplyHasNoLengthLimitAsLintKindReplySays() throws {
        var reply = try composed()
        let answer = try #require(reply.answers.first).text
        while reply.text.count < 6000 { reply.text += "\n\n" + answer }
        #expect(!ReplyLint.findings(in: reply).contains { $0.rule == "too-long" || $0.rule == "length-near-limit" })
        let asRequest = Linter().lint(LintDocument.plainDraft(path: "reply", text: reply.text))
        #expect(asRequest.diagnostics.contains { $0.rule == "too-long" }, "the same text is too long as a request")
    }

    @Test func theFindingsAreLintKindReplysOnTheAskedTopics() throws {
        var reply = try composed()
        reply.text += "\n\nWe bought a list of 20,000 addresses. TODO"
        let lint = FileLinter(kind: .reply, renderedLength: { _ in nil }).lint(text: reply.text, path: ReplyLint.path)
        #expect(!ReplyLint.findings(in: reply).isEmpty)
        #expect(ReplyLint.findings(in: reply).allSatisfy { lint.report.diagnostics.contains($0) })
    }
}
