import SesameCore
import Testing
import TestSupport

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

@Suite struct FileLinterTests {
    func write(_ name: String, _ text: String) throws -> String {
        let path = try TestPaths.temporaryFolder().appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    let linter = FileLinter(renderedLength: { _ in nil })

    @Test func profilesAreLintedAsProfilesAndDraftsAsDrafts() {
        #expect(FileLinter.isProfile("a/b.yaml") && FileLinter.isProfile("b.yml"))
        #expect(!FileLinter.isProfile("draft.txt") && !FileLinter.isProfile("-") && !FileLinter.isProfile("yaml"))
    }

    @Test func standardInputIsAProfileWhenATopLevelLineStartsWithUseCase() {
        #expect(FileLinter.looksLikeProfile(Array("version: 1\nmail_type: MARKETING\nuse_case:\n  content: x\n".utf8)))
        #expect(FileLinter.looksLikeProfile(Array("use_case: {content: x}".utf8)))
        #expect(!FileLinter.looksLikeProfile(Array("Our use_case: newsletters.\n  use_case: indented\n".utf8)))
        #expect(!FileLinter.looksLikeProfile([]))
    }

    @Test func aMissingAnswerIsReportedOnceByTheValidator() throws {
        let path = try write("p.yaml", """
            version: 1
            mail_type: TRANSACTIONAL
            website_url: https://harborlanebooks.co.uk
            use_case:
              business: Harbor Lane Books is a two-person online shop in Bristol selling second-hand art books.
              bounce_handling: ""

            """)
        let outcome = linter.lint(path: path)
        #expect(outcome.failure == nil)
        let rules = outcome.report.diagnostics.map(\.rule)
        #expect(rules.contains("missing-field"))
        // The validator already says `bounce_handling` is empty: no second "not answered" finding.
        #expect(!rules.contains("bounce-handling-missing"))
        // Complaints have no field at all and no validator finding of their own kind: the linter reports them.
        #expect(outcome.report.diagnostics.contains { $0.topic == .complaintHandling })
    }

    @Test func theRenderedLengthIsPassedIn() throws {
        let path = try write("p.yaml", "version: 1\nmail_type: TRANSACTIONAL\nwebsite_url: https://harborlanebooks.co.uk\nuse_case:\n  business: Harbor Lane Books sells art books.\n")
        let long = FileLinter(renderedLength: { _ in 5001 }).lint(path: path)
        #expect(long.report.diagnostics.contains { $0.rule == "too-long" })
        #expect(!linter.lint(path: path).report.diagnostics.contains { $0.rule == "too-long" })
    }

    @Test func unreadableAndMalformedFilesAreUnusable() throws {
        let missing = linter.lint(path: "/nonexistent/draft.txt")
        #expect(missing.isUnusable && missing.report.diagnostics.isEmpty)
        #expect(missing.failure?.hasPrefix("cannot read /nonexistent/draft.txt: ") == true)
        let nul = try write("nul.txt", "We send receipts\u{0}.")
        let malformed = linter.lint(path: nul)
        #expect(malformed.isUnusable && malformed.report.diagnostics.count == 1)
    }

    @Test func unknownRuleIdsBecomeWarningsWhereTheyAreWritten() throws {
        let path = try write("d.txt", "We send receipts.\n# sesame-lint: disable placeholdr-text\n")
        let outcome = linter.lint(path: path)
        let unknown = try #require(outcome.report.diagnostics.first { $0.rule == "unknown-rule" })
        #expect(unknown.location.line == 2 && unknown.severity == .warning)
        #expect(unknown.message == "unknown rule 'placeholdr-text'; did you mean 'placeholder-text'?")
    }

    @Test func aReplyIsDetectedAndSaysSo() throws {
        let text = "Hello,\nThank you for your response. Here are the details you asked for.\n" + String(repeating: "Bounce events reach an SNS topic and the address is suppressed. ", count: 90)
        let path = try write("reply.txt", text)
        let outcome = linter.lint(path: path)
        #expect(outcome.notes.first?.contains("read as a reply on the support case") == true)
        #expect(!outcome.report.diagnostics.contains { $0.rule == "too-long" }, "a reply has no form limit")
        #expect(!outcome.report.diagnostics.contains { $0.topic == .website }, "a reply is not judged on the website")
        var asRequest = linter
        asRequest.kind = .request
        let request = asRequest.lint(path: path)
        #expect(request.notes.allSatisfy { !$0.contains("reply") })
        #expect(request.report.diagnostics.contains { $0.rule == "too-long" })
    }

    @Test func replyDetectionReadsOnlyTheOpeningLines() {
        #expect(DraftKind.detect(in: "Thank you for your reply.\nWe run a bookshop.") == .reply)
        #expect(DraftKind.detect(in: "お世話になっております。\nご連絡いただきありがとうございます。") == .reply)
        #expect(DraftKind.detect(in: "Hello AWS team,\nWe are Harbor Lane Books.") == .request, "a greeting alone opens requests too")
        #expect(DraftKind.detect(in: "お世話になっております。\n株式会社はなみずきです。") == .request)
        #expect(DraftKind.detect(in: "One.\nTwo.\nThree.\nThank you for your response.") == .request)
    }

    @Test func placeholderResidueStaysAnErrorInAReply() throws {
        let path = try write("r.txt", "Thank you for your response.\nBest regards, [Your Name]\n")
        let outcome = linter.lint(path: path)
        #expect(outcome.report.diagnostics.contains { $0.rule == "placeholder-text" && $0.severity == .error })
    }

    @Test func settingsFileErrorsNameTheFile() throws {
        #expect(throws: LintConfigurationError.self) { try LintConfiguration.load(path: "/nonexistent/.sesame-lint.yaml") }
        do {
            _ = try LintConfiguration.load(path: "/nonexistent/.sesame-lint.yaml")
        } catch {
            #expect(error.message(in: .en).hasPrefix("/nonexistent/.sesame-lint.yaml: lint settings: cannot read the file: "))
            #expect(error.message(in: .ja) == "/nonexistent/.sesame-lint.yaml: lint の設定: ファイルを読み込めません: ファイルがありません")
        }
        do {
            _ = try LintConfiguration.parse(Array("disable: [a\n".utf8), path: "s.yaml")
        } catch {
            #expect(error.message(in: .en).hasPrefix("s.yaml:") && error.message(in: .en).contains("error: lint settings: "))
        }
        let ok = try LintConfiguration.parse(Array("disable: [content-vague]\n".utf8), path: "s.yaml")
        #expect(ok.settings.disabled == ["content-vague"] && ok.diagnostics.isEmpty)
    }

    @Test func unknownRuleIdsInTheSettingsFileAreReportedWhereTheFileNamesThem() throws {
        let text = "disable: [content-vague, bogus-rule]\nseverity:\n  too-shrt: error\n  too-short: off\n"
        let configuration = try LintConfiguration.parse(Array(text.utf8), path: ".sesame-lint.yaml")
        #expect(configuration.diagnostics.map { "\($0.location): \($0.message)" } == [
            ".sesame-lint.yaml:1:26: unknown rule 'bogus-rule'; run `sesame lint --list-rules` to see them",
            ".sesame-lint.yaml:3:3: unknown rule 'too-shrt'; did you mean 'too-short'?",
        ])
        #expect(configuration.settings.disabled == ["content-vague", "too-short"], "`off` disables; the unknown ids are dropped")
        #expect(configuration.settings.severities.isEmpty)
    }
}
