@testable import SesameCore
import Testing

/// How the bounce and complaint answers are read: what happens to the address is also said by
/// refusing it mail, a spam report is named in many ways, and taking a complaint to heart stops nothing.
@Suite struct NoticeJudgmentTests {
    func missing(_ question: AnswerQuestion, _ text: String) -> [AnswerQuestion.Part]? {
        let answer = AnswerParts(question, in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: .transactional)))
        return answer.isMentioned ? answer.missing : nil
    }

    func findings(_ rule: some LintRule, _ text: String) -> [String] {
        rule.findings(in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: .transactional))).map(\.message.en)
    }

    @Test func refusingTheAddressMailIsTheEffect() {
        #expect(missing(.bounces, "Bounce events go to an SNS topic, and a hard bounce is never mailed again.") == [])
        #expect(missing(.complaints, "We're notified of complaints through SNS and those users won't get another email from us.") == [])
        #expect(missing(.bounces, "バウンス通知はSNSで受け取り、ハードバウンスのアドレスには以後送信されません。") == [])
        #expect(missing(.complaints, "苦情の通知はSNSで受け取り、そのお客様には今後お送りすることはありません。") == [])
        #expect(missing(.bounces, "配信エラーになったアドレスは、エラー通知（SNS）を受けてから次回配信の対象外にしています。") == [])
        // No route, but an effect: the topic is answered in part, not missing.
        #expect(findings(ComplaintHandlingMissingRule(), "Complained addresses are never contacted again.").isEmpty)
        #expect(findings(ComplaintHandlingMissingRule(), "苦情のあったアドレスには二度と配信しません。").isEmpty)
    }

    @Test func anyEffectOnTheAddressMentionsHandling() {
        #expect(findings(ComplaintHandlingMissingRule(), "Any recipient who complains is put on a do-not-contact list, fed by our SNS subscription.").isEmpty)
        #expect(findings(ComplaintHandlingMissingRule(), "苦情を申告した方のアドレスは、SNS の通知を受けて配信不可とします。").isEmpty)
        #expect(missing(.complaints, "The complaint feedback loop is wired to SNS; a complaint ends all non-transactional email to that person.") == [])
        #expect(missing(.complaints, "Complaints trigger an automatic opt-out of all non-essential emails; SNS tells our backend.") == [])
    }

    @Test func aNegatedStopOrANoticeNotReceivedIsNoEffect() {
        #expect(missing(.complaints, "Complaints reach us by SNS, but we never stop sending to those addresses.") == [.effect])
        #expect(missing(.complaints, "苦情はSNSで通知されますが、配信は止めません。") == [.effect])
        #expect(missing(.bounces, "We do not receive bounce notifications yet.") == [.route, .effect])
        #expect(missing(.bounces, "If a message bounces and is not delivered, we look into it.") == [.route, .effect])
    }

    @Test func aSpamReportIsAComplaintHoweverItIsWorded() {
        #expect(missing(.complaints, "Recipients who report our messages as spam get an SNS notice to us and are opted out of all marketing.") == [])
        #expect(missing(.complaints, "Complaints: we receive feedback loop notifications and unsubscribe the complainant from every list.") == [])
        #expect(missing(.complaints, "迷惑メールとして報告されたアドレスは、SNS の通知を受けて配信対象から外します。") == [])
    }

    @Test func takingAComplaintToHeartStopsNothing() {
        let hollow = "苦情につきましては真摯に受け止め、再発防止に努めてまいります。"
        #expect(missing(.complaints, hollow) == [.route, .effect])
        #expect(missing(.complaints, "Complaints are taken to heart and we strive to prevent them.") == [.route, .effect])
        // With nothing done to the address, the complaint question is not answered at all.
        #expect(findings(ComplaintHandlingMissingRule(), "バウンスはSNSで通知を受け、そのアドレスを削除します。" + hollow).count == 1)
    }
}

/// How the opt-out answer is read: a single click and the foot of the message are mechanisms, and
/// transactional mail needed to fulfil an order is mandatory.
@Suite struct OptOutJudgmentTests {
    func missing(_ text: String, _ mailType: MailType) -> [AnswerQuestion.Part]? {
        let answer = AnswerParts(.optOut, in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: mailType)))
        return answer.isMentioned ? answer.missing : nil
    }

    @Test func aClickFromTheMessageIsTheMechanism() {
        #expect(missing("Subscribers can opt out with a single click from any email, and they are removed from the list instantly.", .marketing) == [])
        #expect(missing("To stop receiving emails, a subscriber clicks \"unsubscribe\" at the bottom of any email and is taken off the list at once.", .marketing) == [])
        #expect(missing("Unsubscribes are handled by our list tool automatically.", .marketing) == [.mechanism])
    }

    @Test func theFootOfTheMessageAndItsMomentInJapanese() {
        #expect(missing("購読の解除は、メール下部の「配信停止はこちら」から1クリックで行え、その時点で配信リストから削除されます。", .marketing) == [])
        #expect(missing("配信停止をご希望の方は、メールに記載のリンクからお手続きいただけます。お手続きの完了と同時に配信を停止いたします。", .marketing) == [])
        #expect(missing("Every issue has an unsubscribe link; the subscriber is off the list the moment they click.", .marketing) == [])
        #expect(missing("お知らせメールはアカウント設定でオフにできます。", .transactional) == [])
    }

    @Test func mailTheUserTriggersNeedsNoUnsubscribe() {
        let ja = "本サービスのメールはすべてお客様のご操作に応じて送信されるものであり、配信停止の必要はございません。"
        #expect(OptOutMissingRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: ja, mailType: .transactional))).isEmpty)
        let en = "Every email is triggered by the user's own action (a sign-in or a password reset), so there is no need to unsubscribe."
        #expect(OptOutMissingRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: en, mailType: .transactional))).isEmpty)
        // For marketing mail, that is no answer: the opt-out is mentioned, with no mechanism.
        #expect(missing(ja, .marketing) == [.mechanism, .timing])
    }

    @Test func mailNeededForAnOrderIsMandatory() {
        let text = "Order confirmations and shipping updates are required to fulfil orders, so they carry no unsubscribe option."
        #expect(missing(text, .transactional) == [])
        #expect(OptOutMissingRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: .transactional))).isEmpty)
        #expect(missing("注文確認と発送通知は取引に必要なため、配信停止の対象外です。", .transactional) == [])
    }
}
