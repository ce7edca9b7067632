import Foundation
import Testing
import TestSupport

/// One answer per line, in question order, as a script would pipe them.
private let pipedAnswers = [
    "2",                                   // MARKETING
    "harborlanebooks.co.uk",               // re-asked: not an absolute URL
    "https://harborlanebooks.co.uk",
    "",                                    // contact language: the default
    "hello@harborlanebooks.co.uk, not-an-address",   // re-asked
    "hello@harborlanebooks.co.uk",
    "eu-west-2",
    "Harbor Lane Books is a two-person online shop in Bristol selling second-hand art books.",
    "Newsletter subscribers who confirmed their address, and customers for their orders.",
    "Double opt-in: a confirmation link is sent and only confirmed subscribers are added. We never buy lists.",
    "Bounce notifications arrive through SNS; a hard bounce is removed at once and never mailed again.",
    "Complaints arrive through SNS; the person is unsubscribed immediately.",
    "A one-click unsubscribe link and List-Unsubscribe headers in every newsletter; no login needed.",
    "5,000",
    "five",                                // re-asked: not a number
    "5",
    "4,300 subscribers get a newsletter every two weeks plus order emails; 5,000 a day leaves room to grow.",
    "A fortnightly newsletter of new arrivals with photos and links.",
].joined(separator: "\n") + "\n"

/// The wizard in process: scripted answers through the same console as piped standard input.
/// `drivenThroughAPseudoTerminal` runs the real binary on a real terminal.
@Suite("sesame init")
struct InitCommandTests {
    private let sesame = InProcessSesame()
    @Test func pipedAnswersWriteAValidProfile() async throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("profile.yaml").path
        let result = await sesame.run(["init", "--output", output, "--lang", "en"], input: pipedAnswers)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("That answer cannot be used: `website_url` is not a usable website URL: it must be an absolute URL starting with https://"))
        #expect(result.stdout.contains("That answer cannot be used: `additional_contacts[1]` `not-an-address` is not an email address: an address has exactly one @"))
        #expect(result.stdout.contains("That answer cannot be used: `use_case.sending.peak_per_second` must be a whole number, found a string"))
        #expect(result.stdout.contains("The request as AWS will read it\n  │ We are asking for production access to Amazon SES to send marketing email for the business at https://harborlanebooks.co.uk."))
        #expect(result.stdout.hasSuffix("Wrote \(output).\nNext: sesame submit \(output)\n"))
        let validate = await sesame.run(["validate", output])
        #expect(validate.status == 0)
        let profile = try String(contentsOfFile: output, encoding: .utf8)
        #expect(profile.contains("mail_type: MARKETING\n"))
        #expect(profile.contains("    daily_volume: 5000\n    peak_per_second: 5\n"))
        #expect(!FileManager.default.fileExists(atPath: output + ".draft"))
    }

    @Test func reviewerAdviceOnAnAnswerAndARewrite() async throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("advice.yaml").path
        let good = "Bounce notifications arrive through SNS; a hard bounce is removed at once and never mailed again."
        let answers = pipedAnswers.replacingOccurrences(of: good + "\n", with: "We retry bounced messages until they get through.\nr\n" + good + "\n")
        let result = await sesame.run(["init", "--output", output, "--lang", "en"], input: answers)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("> We retry bounced messages until they get through.\n  A reviewer would say:\n"))
        #expect(result.stdout.contains("[bounce-retry]\n  Press Enter to keep this answer, or type r to rewrite it: r\n> \(good)\n"))
        let profile = try String(contentsOfFile: output, encoding: .utf8)
        #expect(profile.contains("bounce_handling: Bounce notifications arrive through SNS"))
        #expect(!profile.contains("We retry"))
    }

    @Test func endOfInputLeavesADraftAndTheNextRunResumes() async throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("p.yaml").path
        let lines = pipedAnswers.split(separator: "\n", omittingEmptySubsequences: false)
        let firstHalf = lines.prefix(8).joined(separator: "\n") + "\n"
        let first = await sesame.run(["init", "-o", output, "--lang", "en"], input: firstHalf)
        #expect(first.status == 1)
        #expect(first.stdout.hasSuffix("Stopped. Your answers are saved in \(output).draft; run `sesame init` again to resume.\n"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let draft = try String(contentsOfFile: output + ".draft", encoding: .utf8)
        #expect(draft.hasPrefix("# Draft of `sesame init` (6 answers so far); run it again to resume.\nversion: 1\nmail_type: MARKETING\n"))

        let rest = "y\n" + lines.dropFirst(8).joined(separator: "\n")
        let second = await sesame.run(["init", "-o", output, "--lang", "en"], input: rest)
        #expect(second.status == 0, "\(second.stdout)")
        #expect(second.stdout.contains("A draft with 6 answers was found (\(output).draft). Resume it? [Y/n] y\n\n[7/15]"))
        #expect(await sesame.run(["validate", output]).status == 0)
    }

    @Test func anExistingFileIsNotOverwrittenWithoutConsent() async throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("keep.yaml").path
        try "precious: true\n".write(toFile: output, atomically: true, encoding: .utf8)
        let declined = await sesame.run(["init", "-o", output, "--lang", "en"], input: "\n")
        #expect(declined.status == 1)
        #expect(declined.stdout.contains("\(output) already exists. Overwrite it at the end? [y/N] \n\n\(output) was left as it is. Use --force, or choose another --output.\n"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "precious: true\n")

        let forced = await sesame.run(["init", "-o", output, "--lang", "en", "--force"], input: pipedAnswers)
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("mail_type: MARKETING"))
    }

    @Test func japanesePrompts() async throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("ja.yaml").path
        var japanese = InProcessSesame()
        japanese.environment["LANG"] = "ja_JP.UTF-8"
        let result = await japanese.run(["init", "-o", output], input: "1\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("[1/15] 送信するメールの大半はどの種類ですか？"))
        #expect(result.stdout.contains("[2/15] ウェブサイトの URL を入力してください。"))
        #expect(result.stdout.contains("中断しました。回答は \(output).draft に保存されています。"))
    }

    /// A real pseudo-terminal: arrow keys in a pick list, multi-line answers, Ctrl-C while typing
    /// and inside a raw-mode pick list (terminal restored both times), resume, a bad answer re-asked.
    @Test func drivenThroughAPseudoTerminal() throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("pty.yaml").path
        let driver = TestPaths.packageRoot.appendingPathComponent("Tests/SesameCLITests/Fixtures/pty_init.py")
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                           ["python3", driver.path, TestPaths.sesameBinary.path, output], timeout: 120)
        #expect(result.status == 0, "\(result.stderr)")
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(facts["first_exit"] as? Int == 130)
        #expect(facts["canonical_after_interrupt"] as? Bool == true)
        #expect(facts["draft_exists"] as? Bool == true)
        #expect((facts["draft"] as? String)?.contains("mail_type: MARKETING") == true, "the arrow key picked MARKETING")
        #expect((facts["draft"] as? String)?.contains("  business: |-\n    Harbor Lane Books is a two-person online shop in Bristol selling art books.\n    About 6,000 customers since 2019.\n") == true)
        #expect(facts["second_exit"] as? Int == 0)
        #expect(facts["draft_left"] as? Bool == false)
        #expect((facts["profile"] as? String)?.contains("peak_per_second: 5") == true)
        #expect((facts["profile"] as? String)?.contains("rationale: 4,300 subscribers get a newsletter every two weeks, plus order emails; 5,000 a day leaves a year of growth.") == true, "the answer written in $EDITOR, its comment line dropped")
        #expect(facts["pick_interrupt_exit"] as? Int == 130)
        #expect(facts["canonical_after_pick_interrupt"] as? Bool == true)
        #expect(facts["cursor_shown_after_pick_interrupt"] as? Bool == true)
        #expect(facts["profile_untouched"] as? Bool == true)
    }
}
