import Foundation
import Testing
import TestSupport

/// One answer per line, in question order, as a script would pipe them (also used by InitFileWritingTests).
let pipedAnswers = [
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

private let goodBounce = "Bounce notifications arrive through SNS; a hard bounce is removed at once and never mailed again."
private let adviceDrawingBounce = "We retry bounced messages until they get through."

/// The wizard in process: scripted answers through the same console as piped standard input.
/// `drivenThroughAPseudoTerminal` runs the real binary on a real terminal.
@Suite("sesame init")
struct InitCommandTests {
    private let sesame = InProcessSesame()
    /// #16: what a Japanese keyboard types (full-width digits and letters, ＠, 「，」「、」, 東京,
    /// a unit after a number) writes the same profile as the ASCII answers. The pick lists'
    /// Japanese names are `pickListsTakeTheirJapaneseNames`.
    @Test func answersTypedThroughAnIMEWriteTheSameProfileAsASCII() async throws {
        try await expectTheSameProfile(picks: ["TRANSACTIONAL", "JA"])
    }

    /// トランザクション and 日本語 typed at the two pick lists (piped, a pick list reads a number,
    /// the value, or its Japanese or English name).
    @Test func pickListsTakeTheirJapaneseNames() async throws {
        try await expectTheSameProfile(picks: ["トランザクション", "日本語"])
    }

    private func expectTheSameProfile(picks: [String]) async throws {
        let texts = [
            "株式会社みどり英会話は、福岡市内で 3 教室を運営する英会話スクールです。",
            "受信者は、当校に会員登録した生徒ご本人と保護者の方のみです。",
            "入会手続きで本人が入力し、確認メールのリンクを押した方だけに送ります。名簿の購入はしていません。",
            "バウンス通知を Amazon SNS で受け取り、ハードバウンスのアドレスには以後送信しません。",
            "苦情の通知も Amazon SNS で受け取り、報告があったアドレスへの任意のお知らせを即時に止めます。",
            "予約確認は停止できませんが、任意のお知らせはフッターのリンクからログイン不要ですぐに停止できます。",
        ]
        let rationale = "現在は 1 日約 1,000 通です。生徒数の増加を見込み、1 日 3,000 通、毎秒 5 通を申請します。"
        let content = "レッスンの予約確認、前日のリマインダー、月謝の請求です。"
        let ascii = ["TRANSACTIONAL", "https://midori-eikaiwa.jp", "JA", "info@midori-eikaiwa.jp, tanaka@midori-eikaiwa.jp",
                     "ap-northeast-1, ap-northeast-3"] + texts + ["3000", "5", rationale, content]
        let typed = [picks[0], "ｈｔｔｐｓ：／／ｍｉｄｏｒｉ－ｅｉｋａｉｗａ．ｊｐ", picks[1],
                     "ｉｎｆｏ＠ｍｉｄｏｒｉ－ｅｉｋａｉｗａ．ｊｐ，ｔａｎａｋａ＠ｍｉｄｏｒｉ－ｅｉｋａｉｗａ．ｊｐ",
                     "東京、大阪"] + texts + ["３，０００通", "５", rationale, content]
        let folder = try TestPaths.temporaryFolder()
        var written: [String] = []
        for (name, answers) in [("ascii", ascii), ("typed", typed)] {
            let output = folder.appendingPathComponent("\(name).yaml").path
            let result = await sesame.run(["init", "--output", output, "--lang", "ja"], input: answers.joined(separator: "\n") + "\n")
            #expect(result.status == 0, "\(name): \(result.stdout)\n\(result.stderr)")
            written.append((try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
        }
        #expect(written[0].contains("mail_type: TRANSACTIONAL\nwebsite_url: https://midori-eikaiwa.jp\ncontact_language: JA\n"))
        #expect(written[0].contains("regions: [ap-northeast-1, ap-northeast-3]\n") || written[0].contains("regions:\n- ap-northeast-1\n- ap-northeast-3\n"))
        #expect(written[0].contains("    daily_volume: 3000\n    peak_per_second: 5\n"))
        #expect(written[1] == written[0])
    }

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

    /// Piped answers are one line per question: advice is shown, never answered from the pipe,
    /// so the line after an answer that draws advice is the next question's answer.
    @Test func pipedAnswersThatDrawAdviceAreNotEaten() async throws {
        let folder = try TestPaths.temporaryFolder()
        let baseline = folder.appendingPathComponent("baseline.yaml").path
        let advised = folder.appendingPathComponent("advised.yaml").path
        #expect(await sesame.run(["init", "-o", baseline, "--lang", "en"], input: pipedAnswers).status == 0)
        let answers = pipedAnswers.replacingOccurrences(of: goodBounce, with: adviceDrawingBounce)
        let result = try CommandRunner.run(TestPaths.sesameBinary, ["init", "-o", advised, "--lang", "en"], stdin: answers)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("> \(adviceDrawingBounce)\n  A reviewer would say:\n"))
        #expect(result.stdout.contains("[bounce-retry]\n  Kept as given: piped answers are one line per question, so none is read as a reply to this advice.\n\n[10/15]"))
        let expected = try String(contentsOfFile: baseline, encoding: .utf8).replacingOccurrences(of: goodBounce, with: adviceDrawingBounce)
        #expect(try String(contentsOfFile: advised, encoding: .utf8) == expected, "every answer in its own field")
    }

    /// `--from` with a complete profile whose answers draw advice: nothing is asked, the advice
    /// is in the review, and every answer is written back to its own field.
    @Test func fromACompleteProfileAsksNothing() async throws {
        let folder = try TestPaths.temporaryFolder()
        let baseline = folder.appendingPathComponent("baseline.yaml").path
        #expect(await sesame.run(["init", "-o", baseline, "--lang", "en"], input: pipedAnswers).status == 0)
        let answers = folder.appendingPathComponent("answers.yaml").path
        let text = try String(contentsOfFile: baseline, encoding: .utf8).replacingOccurrences(of: goodBounce, with: adviceDrawingBounce)
        try text.write(toFile: answers, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.yaml").path
        let result = try CommandRunner.run(TestPaths.sesameBinary, ["init", "--from", answers, "-o", output, "--lang", "en"], stdin: "")
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(!result.stdout.contains("[1/15]"), "no question is asked")
        #expect(result.stdout.contains("Summary\n  1. What kind of mail will most of it be?\n     MARKETING\n  2. What is the address of your website?\n     https://harborlanebooks.co.uk\n"))
        #expect(result.stdout.contains("Review (sesame lint)\n"))
        #expect(result.stdout.contains("[bounce-retry]"))
        #expect(result.stdout.hasSuffix("Wrote \(output).\nNext: sesame submit \(output)\n"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == text)
        #expect(!FileManager.default.fileExists(atPath: output + ".draft"))

        let edited = try CommandRunner.run(TestPaths.sesameBinary, ["init", "--edit", output, "--lang", "en"], stdin: "")
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == text)
        let both = try CommandRunner.run(TestPaths.sesameBinary, ["init", "--edit", output, "--from", answers, "--lang", "en"], stdin: "")
        #expect(both.status == 2)
        #expect(both.stderr == "sesame: --edit FILE names both the answers and the output; leave out --from and --output\n")
    }

    /// `--from` with a partial profile and no terminal: nothing is asked, nothing is written, and
    /// every missing or invalid answer is listed where it belongs.
    @Test func fromAPartialProfileWithoutATerminalListsEveryGap() async throws {
        let folder = try TestPaths.temporaryFolder()
        let answers = folder.appendingPathComponent("partial.yaml").path
        try """
        version: 1
        mail_type: MARKETING
        website_url: harborlanebooks.co.uk
        use_case:
          business: Harbor Lane Books is a two-person online shop in Bristol selling second-hand art books.
          sending:
            daily_volume: five

        """.write(toFile: answers, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.yaml").path
        let result = try CommandRunner.run(TestPaths.sesameBinary, ["init", "--from", answers, "-o", output, "--lang", "en"], stdin: "2\n")
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
        \(answers):3:14: error: `website_url` is not a usable website URL: it must be an absolute URL starting with https:// [invalid-url]
        \(answers):4:1: error: `use_case.recipients` is missing: Who receives the mail and why each of them expects it. [missing-field]
        \(answers):4:1: error: `use_case.list_acquisition` is missing: How addresses are collected and how consent is given and recorded. [missing-field]
        \(answers):4:1: error: `use_case.bounce_handling` is missing: How bounce notifications reach you and what happens to a bouncing address. [missing-field]
        \(answers):4:1: error: `use_case.complaint_handling` is missing: How spam complaints reach you and what happens to the complainer. [missing-field]
        \(answers):4:1: error: `use_case.opt_out` is missing: How recipients unsubscribe or turn off optional mail, and how fast it takes effect. [missing-field]
        \(answers):6:3: error: `use_case.sending.peak_per_second` is missing: Messages per second at the busiest moment. [missing-field]
        \(answers):6:3: error: `use_case.sending.rationale` is missing: Why this volume and rate: users × frequency, current volume elsewhere, peaks, growth. [missing-field]
        \(answers):7:19: error: `use_case.sending.daily_volume` must be a whole number, found a string [wrong-type]
        sesame: \(answers) does not answer every question validly; fix the answers above, or run `sesame init --from \(answers)` on a terminal to be asked only those

        """)
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(!FileManager.default.fileExists(atPath: output + ".draft"))
        let japanese = try CommandRunner.run(TestPaths.sesameBinary, ["init", "--from", answers, "-o", output, "--lang", "ja"], stdin: "")
        #expect(japanese.status == 1)
        #expect(japanese.stderr.hasSuffix("sesame: \(answers) には未回答または正しくない回答があります。上記の回答を修正するか、端末で `sesame init --from \(answers)` を実行して該当する質問にだけ答えてください\n"))
    }

    /// Answers without `version` (the wizard writes it) or without any `use_case`: each missing
    /// answer is named, in the language asked for, and a file complete but for `version` is written.
    @Test func fromAFileWithoutVersionOrUseCaseNamesEachMissingAnswer() async throws {
        let folder = try TestPaths.temporaryFolder()
        let answers = folder.appendingPathComponent("short.yaml").path
        try "mail_type: MARKETING\nwebsite_url: https://harborlanebooks.co.uk\n".write(toFile: answers, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.yaml").path
        let result = try CommandRunner.run(TestPaths.sesameBinary, ["init", "--from", answers, "-o", output, "--lang", "en"], stdin: "")
        #expect(result.status == 1)
        #expect(result.stderr == """
        \(answers):1:1: error: `use_case.business` is missing: Who you are and what your site or app does, for whom, and roughly how big. [missing-field]
        \(answers):1:1: error: `use_case.recipients` is missing: Who receives the mail and why each of them expects it. [missing-field]
        \(answers):1:1: error: `use_case.list_acquisition` is missing: How addresses are collected and how consent is given and recorded. [missing-field]
        \(answers):1:1: error: `use_case.bounce_handling` is missing: How bounce notifications reach you and what happens to a bouncing address. [missing-field]
        \(answers):1:1: error: `use_case.complaint_handling` is missing: How spam complaints reach you and what happens to the complainer. [missing-field]
        \(answers):1:1: error: `use_case.opt_out` is missing: How recipients unsubscribe or turn off optional mail, and how fast it takes effect. [missing-field]
        \(answers):1:1: error: `use_case.sending` is missing: The volume and rate you ask for, and why. [missing-field]
        sesame: \(answers) does not answer every question validly; fix the answers above, or run `sesame init --from \(answers)` on a terminal to be asked only those

        """)
        let japanese = try CommandRunner.run(TestPaths.sesameBinary, ["init", "--from", answers, "-o", output, "--lang", "ja"], stdin: "")
        #expect(japanese.stderr.hasPrefix("\(answers):1:1: error: `use_case.business` がありません。"), "\(japanese.stderr)")

        let example = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("examples/newsletter-marketing.yaml"), encoding: .utf8)
        try example.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("version:") }
            .joined(separator: "\n").write(toFile: answers, atomically: true, encoding: .utf8)
        let written = try CommandRunner.run(TestPaths.sesameBinary, ["init", "--from", answers, "-o", output, "--lang", "en"], stdin: "")
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("\nversion: 1\n"))
    }

    @Test func endOfInputLeavesADraftAndTheNextRunResumes() async throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("p.yaml").path
        let lines = pipedAnswers.split(separator: "\n", omittingEmptySubsequences: false)
        let firstHalf = lines.prefix(8).joined(separator: "\n") + "\n"
        let first = await sesame.run(["init", "-o", output, "--lang", "en"], input: firstHalf)
        #expect(first.status == 1)
        #expect(first.stdout.hasSuffix("Stopped. Your answers are saved in \(output).draft; run `sesame init --output \(output) --lang en` to resume.\n"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let draft = try String(contentsOfFile: output + ".draft", encoding: .utf8)
        #expect(draft.hasPrefix("# Draft of `sesame init` (6 answers so far); run `sesame init --output \(output) --lang en` to resume.\nversion: 1\nmail_type: MARKETING\n"))

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

    /// A real pseudo-terminal: arrow keys in a pick list (after a lone ESC), multi-line answers,
    /// `:b`, Ctrl-C while typing and inside a raw-mode pick list (terminal restored both times,
    /// each saying what was saved and how to resume), resume, a bad answer re-asked; a second
    /// `init` refused by the first one's lock, `:e` in a private folder starting from the text
    /// typed with the question as comments and Ctrl-C left to the editor, the final screen's
    /// "Edit an answer", a file that appears meanwhile replaced only after asking, and Japanese
    /// wrapped at 60 columns; Cancel on the final screen.
    @Test func drivenThroughAPseudoTerminal() throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("pty.yaml").path
        let driver = TestPaths.packageRoot.appendingPathComponent("Tests/SesameCLITests/Fixtures/pty_init.py")
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                           ["python3", driver.path, TestPaths.sesameBinary.path, output], timeout: 120)
        #expect(result.status == 0, "\(result.stderr)")
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(facts["first_exit"] as? Int == 130)
        #expect(facts["second_init_exit"] as? Int == 1, "\(facts["second_init_stderr"] ?? "")")
        #expect(facts["second_init_names_holder"] as? Bool == true, "\(facts["second_init_stderr"] ?? "")")
        #expect(facts["lock_left_after_interrupt"] as? Bool == false, "Ctrl-C removes the lock")
        #expect(facts["canonical_after_interrupt"] as? Bool == true)
        #expect(facts["draft_exists"] as? Bool == true)
        #expect((facts["draft"] as? String)?.contains("mail_type: MARKETING") == true, "the arrow key picked MARKETING")
        #expect((facts["draft"] as? String)?.contains("  business: |-\n    Harbor Lane Books is a two-person online shop in Bristol selling art books.\n    About 6,000 customers since 2019.\n") == true)
        #expect(facts["second_exit"] as? Int == 0, "a Ctrl-C while the editor ran did not stop sesame")
        #expect(facts["editor_saw_interrupt"] as? Bool == true)
        #expect(facts["editor_file_mode"] as? String == "600")
        #expect(facts["editor_folder_mode"] as? String == "700")
        #expect(facts["editor_folder_removed"] as? Bool == true, "the folder and the editor's backup file are removed")
        #expect(facts["draft_left"] as? Bool == false)
        #expect((facts["profile"] as? String)?.contains("peak_per_second: 5") == true)
        #expect((facts["profile"] as? String)?.contains("rationale: 4,300 subscribers get a newsletter every two weeks, plus order emails; 5,000 a day leaves a year of growth.") == true, "the answer written in $EDITOR, its comment line dropped")
        #expect(facts["pick_interrupt_exit"] as? Int == 130)
        #expect(facts["canonical_after_pick_interrupt"] as? Bool == true)
        #expect(facts["cursor_shown_after_pick_interrupt"] as? Bool == true)
        #expect(facts["profile_untouched"] as? Bool == true)
        #expect((facts["profile"] as? String)?.contains("bounce_handling: SNS notifications;") == true, "`r` at the advice prompt rewrote the answer")
        #expect(facts["from_asked_before_replacing"] as? Bool == true, "a file that appeared meanwhile is not replaced without asking")
        #expect(facts["from_exit"] as? Int == 0)
        #expect(facts["from_questions"] as? [String] == ["[2/15]", "[13/15]"], "only the invalid and the missing answer are asked")
        #expect(facts["from_default_shown"] as? Bool == true)
        #expect(facts["from_profile"] as? String == facts["profile"] as? String)
        #expect(facts["back_reasked"] as? Bool == true, ":b asks the previous question again, its answer the default")
        #expect(facts["first_interrupt_says_resume"] as? Bool == true, "\(facts["first_output_tail"] ?? "")")
        #expect(facts["pick_interrupt_says_nothing_saved"] as? Bool == true)
        #expect(facts["pick_interrupt_left_no_draft"] as? Bool == true)
        #expect((facts["editor_start"] as? String)?.hasPrefix("""
        About 4,300 subscribers.

        # Why this volume and rate?
        #
        # Why AWS asks: Show the numbers: users or subscribers × frequency, what
        # you send today elsewhere, peaks, growth.
        #
        # Example: About 4,000 a day now, 3/s at peak; asking 12,000/day and 8/s
        # for a year's growth.
        #
        # Write the answer above these lines. Lines starting with # are ignored;
        # save and quit to continue.

        """) == true, "\(facts["editor_start"] ?? "")")
        #expect(facts["final_edit_reasked"] as? Bool == true, "the final screen's Edit an answer asks that question again")
        #expect(facts["ja_widest_line"] as? Int ?? 99 <= 60)
        #expect(facts["ja_lines_starting_with_closers"] as? [String] == [])
        #expect(facts["ja_wrapped_line"] as? Bool == true)
        #expect(facts["ja_interrupt_message"] as? Bool == true, "Ctrl-C says where the answers are, in Japanese")
        #expect(facts["cancel_exit"] as? Int == 1)
        #expect(facts["cancel_message"] as? String == "Cancelled; nothing was written. Your answers are kept in \(output).cancel.yaml.draft; run `sesame init --output \(output).cancel.yaml --lang en` to resume.")
        #expect(facts["cancel_wrote_nothing"] as? Bool == true)
        #expect(facts["cancel_lock_left"] as? Bool == false)
        #expect((facts["cancel_draft"] as? String)?.contains("  peak_per_second: 5\n") == true, "the answers from --from are kept in the draft, as the message says: \(facts["cancel_draft"] ?? "")")
    }
}
