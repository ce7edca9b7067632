import Foundation
import SesameCore
import Testing
import TestSupport
@testable import sesame

/// What `sesame init` tells a person on the way: how to resume (the very command), that nothing
/// was saved before the first answer, a bad `--output` before the first question, write failures
/// as `sesame:` errors, an http:// website at once, `:b` back, the summary by question, text
/// wrapped to the terminal, and the Japanese defaults and hints. The terminal keys are in
/// `InitCommandTests.drivenThroughAPseudoTerminal`.
@Suite("sesame init: guidance")
struct InitGuidanceTests {
    private let sesame = InProcessSesame()
    private var answerLines: [String] { pipedAnswers.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }

    @Test func theResumeHintIsTheCommandThatResumes() async throws {
        let folder = try TestPaths.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("ses"), withIntermediateDirectories: true)
        let output = folder.appendingPathComponent("ses/profile.yaml").path
        let first = await sesame.run(["init", "--output", output], input: answerLines.prefix(3).joined(separator: "\n") + "\n")
        #expect(first.status == 1)
        #expect(first.stdout.hasPrefix("sesame init writes the profile of your SES production-access request, one question at a time.\nAnswers are saved to a draft after each question: stop at any time and run `sesame init --output \(output)` to resume.\n"))
        #expect(first.stdout.hasSuffix("\nStopped. Your answers are saved in \(output).draft; run `sesame init --output \(output)` to resume.\n"))
        #expect(try String(contentsOfFile: output + ".draft", encoding: .utf8).hasPrefix("# Draft of `sesame init` (2 answers so far); run `sesame init --output \(output)` to resume.\n"))
        // That command does resume it.
        let second = await sesame.run(["init", "--output", output], input: "y\n" + answerLines.dropFirst(3).joined(separator: "\n") + "\n")
        #expect(second.status == 0, "\(second.stdout)")
        #expect(second.stdout.contains("A draft with 2 answers was found (\(output).draft). Resume it? [Y/n] y\n\n[3/15]"))
    }

    @Test func theResumeCommandNamesWhatDiffersFromTheDefaults() {
        #expect(Sesame.Init.resumeCommand(output: "sesame.yaml", isDefault: true, language: nil, edit: false) == "sesame init")
        // --from never reads a draft; the draft holds the file's answers, so the plain command resumes.
        #expect(Sesame.Init.resumeCommand(output: "ses/profile.yaml", isDefault: false, language: .ja, edit: false) == "sesame init --output ses/profile.yaml --lang ja")
        #expect(Sesame.Init.resumeCommand(output: "my ses's.yaml", isDefault: false, language: nil, edit: true) == #"sesame init --output 'my ses'\''s.yaml' --force"#)
    }

    @Test func stoppingBeforeAnyAnswerSavesNothing() async throws {
        let output = try TestPaths.temporaryFolder().appendingPathComponent("p.yaml").path
        let result = await sesame.run(["init", "-o", output, "--lang", "en"], input: "")
        #expect(result.status == 1)
        #expect(result.stdout.hasSuffix("  2) MARKETING\n> \n\nStopped before any answer was given; nothing was saved.\n"))
        #expect(!FileManager.default.fileExists(atPath: output + ".draft"))
    }

    @Test func aMissingFolderIsReportedBeforeTheFirstQuestion() async throws {
        let folder = try TestPaths.temporaryFolder().path
        let result = await sesame.run(["init", "-o", "\(folder)/ses/profile.yaml", "--lang", "en"], input: pipedAnswers)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "sesame: the folder \(folder)/ses/ does not exist; create it, or choose another --output\n")
        let japanese = await sesame.run(["init", "-o", "\(folder)/ses/profile.yaml", "--lang", "ja"], input: pipedAnswers)
        #expect(japanese.stderr == "sesame: フォルダー \(folder)/ses/ がありません。作成するか、別の --output を指定してください\n")
    }

    @Test func aFolderAsTheOutputIsRefusedAtOnce() async throws {
        let folder = try TestPaths.temporaryFolder().path
        for output in [folder + "/", folder] {
            let result = await sesame.run(["init", "--output", output, "--lang", "en"], input: pipedAnswers)
            #expect(result.status == 2)
            #expect(result.stdout == "")
            #expect(result.stderr == "sesame: --output \(output) is a folder; name the profile's file, such as \(folder)/sesame.yaml\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [], "no hidden .draft or .lock")
    }

    @Test func aWriteFailureIsASesameError() async throws {
        let output = try TestPaths.temporaryFolder().appendingPathComponent("p.yaml").path
        try FileManager.default.createDirectory(atPath: output + ".draft", withIntermediateDirectories: false)
        let result = await sesame.run(["init", "-o", output, "--lang", "en"], input: pipedAnswers)
        #expect(result.status == 2)
        #expect(result.stderr == "sesame: cannot write to \(output).draft: is a directory, not a file\n")
        #expect(!FileManager.default.fileExists(atPath: output + ".lock"))
    }

    @Test func aPlainHTTPWebsiteIsWarnedAboutAtOnce() async throws {
        let output = try TestPaths.temporaryFolder().appendingPathComponent("p.yaml").path
        let answers = pipedAnswers.replacingOccurrences(of: "https://harborlanebooks.co.uk", with: "http://harborlanebooks.co.uk")
        let result = await sesame.run(["init", "-o", output, "--lang", "en"], input: answers)
        #expect(result.status == 0)
        #expect(result.stdout.contains("""
        > http://harborlanebooks.co.uk
          A reviewer would say:
          - This address starts with http://: the reviewer opens it, and a site without https looks unmaintained. Serve the site over https and give the https:// address.
          Kept as given: piped answers are one line per question, so none is read as a reply to this advice.

        [3/15]
        """))
    }

    /// `:b` goes back one question, offering its answer as the default; the profile is the same.
    @Test func backRevisitsThePreviousQuestion() async throws {
        let folder = try TestPaths.temporaryFolder()
        let baseline = folder.appendingPathComponent("baseline.yaml").path
        #expect(await sesame.run(["init", "-o", baseline, "--lang", "en"], input: pipedAnswers).status == 0)
        var lines = answerLines
        lines.insert(contentsOf: [":b", ""], at: 4)   // at [4/15]: back to [3/15], Enter keeps EN
        lines.insert(":b", at: 0)                    // at [1/15]: there is nothing before it
        let output = folder.appendingPathComponent("back.yaml").path
        let result = await sesame.run(["init", "-o", output, "--lang", "en"], input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("> :b\n  This is the first question; there is none before it.\n  1) TRANSACTIONAL *\n"))
        #expect(result.stdout.contains("Enter for none)\n  Why AWS asks: Useful when the account's root address is not read daily: reviewers often ask follow-up questions.\n  Example: ops@example.org, cto@example.org\n> :b\n\n[3/15] In which language should AWS contact you about the request?\n"))
        #expect(result.stdout.components(separatedBy: "[3/15]").count == 3)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == String(contentsOfFile: baseline, encoding: .utf8))
    }

    /// At 60 columns every line the wizard writes fits, in English and Japanese (the answers
    /// echoed from the pipe are as typed); the summary shows the questions, each answer on one
    /// line cut at a whole character.
    @Test(arguments: [Language.en, .ja]) func textWrapsAtTheTerminalsWidth(_ language: Language) async throws {
        let output = try TestPaths.temporaryFolder().appendingPathComponent("p.yaml").path
        var narrow = InProcessSesame()
        narrow.terminal.width = 60
        // In Japanese, marketing mail is asked the three 特定電子メール法 questions too (skipped here).
        let result = await narrow.run(["init", "-o", output, "--lang", language.rawValue], input: pipedAnswers + (language == .ja ? "\n\n\n" : ""))
        #expect(result.status == 0, "\(result.stdout)")
        let written = result.stdout.split(separator: "\n").filter { !$0.hasPrefix("> ") }
        #expect(written.filter { TerminalText.columns(String($0)) > 60 } == [])
        #expect(written.filter { $0.trimmingCharacters(in: .whitespaces).first.map("、。」）)".contains) ?? false } == [])
        if language == .en {
            #expect(result.stdout.contains("""
            [2/15] What is the address of your website?
              Why AWS asks: The reviewer opens it to see the business
              you describe. Use the live https site on your sending
              domain, with a privacy policy and contact details — not a
              social-media page.

            """))
            #expect(result.stdout.contains("""
            Summary
              1. What kind of mail will most of it be?
                 MARKETING
              2. What is the address of your website?
                 https://harborlanebooks.co.uk

            """))
            #expect(result.stdout.contains("  6. Who are you, and what does your site or app do?\n     Harbor Lane Books is a two-person online shop in…\n"))
        } else {
            #expect(result.stdout.contains("""
            [2/18] ウェブサイトの URL を入力してください。
              審査で見られる点: 審査担当者は実際にサイトを開き、説明され
              た事業と一致するかを確認します。送信ドメインで公開中の
              https のサイト(プライバシーポリシーと連絡先があるもの)を指
              定してください。X や Instagram などのソーシャルメディアの
              ページは避けてください。

            """))
            #expect(result.stdout.contains("回答のまとめ\n  1. 送信するメールの大半はどの種類ですか？\n     MARKETING\n"))
        }
    }

    /// Marketing mail in Japanese is asked the 特定電子メール法 questions after the others, and
    /// the profile keeps the section; in English, or for transactional mail, they are not asked.
    @Test func japaneseMarketingIsAskedTheSpecifiedEmailActQuestions() async throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("ja.yaml").path
        let sender = "株式会社ハーバーレーン\n京都府京都市中京区御池通 1-2-3\nhttps://harborlanebooks.co.uk/unsubscribe\n"
        let result = await sesame.run(["init", "-o", output, "--lang", "ja"], input: pipedAnswers + sender)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("\n[16/18] 特定電子メール法: 広告宣伝メールに表示する送信者の氏名または名称を入力してください。(任意。Enter で省略)\n"))
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasSuffix("""
        compliance:
          specified_email_act:
            sender_name: 株式会社ハーバーレーン
            postal_address: 京都府京都市中京区御池通 1-2-3
            opt_out_contact: https://harborlanebooks.co.uk/unsubscribe

        """))
        let english = await sesame.run(["init", "-o", folder.appendingPathComponent("en.yaml").path, "--lang", "en"], input: pipedAnswers)
        #expect(english.status == 0)
        #expect(!english.stdout.contains("[16/"))
    }

    /// In Japanese with no region configured, Tokyo is offered; the draft's header, the pick
    /// list's hint and the stop message are Japanese.
    @Test func japaneseOffersTokyoAndSpeaksJapanese() async throws {
        let output = try TestPaths.temporaryFolder().appendingPathComponent("p.yaml").path
        let result = await sesame.run(["init", "-o", output, "--lang", "ja"], input: "マーケ\n2\nhttps://midori-eikaiwa.jp\n\n\n\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("> マーケ\n  1–2 の番号、または TRANSACTIONAL、MARKETING のいずれかを入力してください\n> 2\n"))
        #expect(result.stdout.contains("> [Enter で ap-northeast-1] \n"))
        #expect(result.stdout.hasSuffix("\n中断しました。回答は \(output).draft に保存されています。`sesame init --output \(output) --lang ja` を実行すると再開できます。\n"))
        let draft = try String(contentsOfFile: output + ".draft", encoding: .utf8)
        #expect(draft.hasPrefix("# `sesame init` の下書きです(これまでの回答 5 件)。`sesame init --output \(output) --lang ja` を実行すると再開できます。\n"))
        #expect(draft.contains("regions: [ap-northeast-1]\n"))

        var configured = InProcessSesame()
        configured.environment["AWS_REGION"] = "ap-northeast-3"
        let osaka = await configured.run(["init", "-o", output + "2", "--lang", "ja"], input: "1\nhttps://midori-eikaiwa.jp\n\n\n")
        #expect(osaka.stdout.contains("> [Enter で ap-northeast-3] \n"))
    }
}
