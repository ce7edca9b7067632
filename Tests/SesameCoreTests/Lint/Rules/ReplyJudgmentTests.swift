@testable import SesameCore
import Testing

/// What a reply on the support case is judged on: the answers, and who is writing, but not a new
/// description of the mail the reviewer already read.
@Suite struct ReplyJudgmentTests {
    func findings(_ text: String, _ mailType: MailType = .marketing) -> [Diagnostic] {
        var document = LintDocument.plainDraft(path: "reply.txt", text: text, mailType: mailType)
        document.kind = .reply
        return Linter().lint(document).diagnostics
    }

    @Test func aHollowAppealThatNamesNobodyIsFlaggedForIt() {
        let appeal = """
            Thank you for your response. We understand your concerns and we are fully committed to responsible sending. \
            Bounces are handled according to AWS best practices. We kindly ask you to reconsider.
            """
        #expect(findings(appeal).contains { $0.rule == "business-unnamed" && $0.severity == .warning })
        let ja = "ご返信ありがとうございます。ご懸念の点は理解しております。バウンスは適切に対応いたしますので、再審査をお願いいたします。"
        #expect(findings(ja).contains { $0.rule == "business-unnamed" && $0.severity == .warning })
    }

    @Test func aReplyThatDoesNotDescribeTheMailAgainGetsOnlyANote() {
        let reply = """
            Thank you for your reply. Lantern Yoga Studio receives bounce events through an SNS topic; \
            a hard bounce removes the address from our list at once.
            """
        let content = findings(reply, .transactional).filter { $0.topic == .content }
        #expect(content.map(\.severity) == [.info])
        let ja = "ご連絡ありがとうございます。ヨガ教室「ランタン」では、バウンス通知をSNSで受け取り、ハードバウンスのアドレスには以後送信しません。"
        #expect(findings(ja, .transactional).filter { $0.topic == .content }.map(\.severity) == [.info])
    }

    @Test func aReplyIsStillNotJudgedOnTheWebsite() {
        let reply = "Thank you for your reply. We run Lantern Yoga Studio and mail class reminders to members who booked a class."
        #expect(!findings(reply, .transactional).contains { $0.topic == .website })
    }
}
