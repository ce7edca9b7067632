@testable import sesame
import Foundation
import Testing
import TestSupport

/// `reply --send` in process, over a fake AWS Support: the confirmation on a terminal, answered
/// y and n, and the usage errors in both languages. `ReplyCommandTests` covers the emulator.
@Suite struct ReplyInProcessTests {
    private let profile = TestPaths.packageRoot.appendingPathComponent("examples/saas-transactional.yaml").path
    private let onATerminal = TerminalFacts(inputIsTerminal: true, outputIsTerminal: false, errorIsTerminal: true, width: 80, colorsForbidden: true)

    @Test func yesOnTheTerminalSendsTheReply() async {
        let aws = FakeSES()
        var sesame = InProcessSesame.aws(aws)
        sesame.terminal = onATerminal
        let result = await sesame.run(["reply", profile, "--send", "--case", "case-123"], input: "y\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == """
            Add this reply to case case-123? [y/N] sesame: the reply was added to case case-123; AWS answers on the case, and `sesame status --watch` waits for the decision

            """)
        #expect(aws.communications == [String(result.stdout.dropLast())])
        #expect(aws.operations == ["AddCommunicationToCase us-east-1"])
    }

    @Test func noOnTheTerminalSendsNothing() async {
        let aws = FakeSES()
        var sesame = InProcessSesame.aws(aws)
        sesame.terminal = onATerminal
        sesame.environment["LANG"] = "ja_JP.UTF-8"
        let result = await sesame.run(["reply", profile, "--send", "--case", "case-123"], input: "n\n")
        #expect(result.status == 1)
        #expect(result.stderr == "この返信をケース case-123 に追加しますか？ [y/N] sesame: 返信は送信していません。\n")
        #expect(aws.communications.isEmpty)
        #expect(aws.operations.isEmpty)
    }

    @Test func usageErrorsAreInTheUsersLanguage() async {
        let english = await InProcessSesame().run(["reply", profile, "--case", "123"])
        #expect(english.status == 2)
        #expect(english.stderr == "sesame: --case is used with --send; without --send the reply is only printed\n")
        var sesame = InProcessSesame()
        sesame.environment["LANG"] = "ja_JP.UTF-8"
        let japanese = await sesame.run(["reply", profile, "--send"])
        #expect(japanese.status == 2)
        #expect(japanese.stderr == "sesame: --send には --case ID が必要です。`sesame status` が表示する番号か、case-… の ID を指定してください\n")
        let unreadable = await sesame.run(["reply", profile, "--message", "/nonexistent/reviewer.txt"])
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr.hasPrefix("sesame: レビュー担当者のメッセージ /nonexistent/reviewer.txt を読み込めません: "))
    }
}
