@testable import SesameCore
import Testing

/// How far an answer reaches past the sentence that names its topic: the next sentence finishes
/// it, unless that sentence starts a new paragraph or another answer.
@Suite struct AnswerScopeTests {
    func missing(_ question: AnswerQuestion, _ text: String, _ mailType: MailType = .transactional) -> [AnswerQuestion.Part]? {
        let answer = AnswerParts(question, in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: mailType)))
        return answer.isMentioned ? answer.missing : nil
    }

    @Test func theNextSentenceFinishesAnAnswer() {
        #expect(missing(.bounces, "Bounce events reach an SNS topic. A hard bounce puts the address on our do-not-send list.") == [])
        // A topic word that is part of this answer (the complainer is unsubscribed) starts no other answer.
        #expect(missing(.complaints, "Complaints arrive through SNS. Those users are unsubscribed from all marketing at once.") == [])
        #expect(missing(.complaints, "苦情はSNSで通知を受けます。そのアドレスは配信停止にします。") == [])
    }

    @Test func aNewParagraphStartsAnotherAnswer() {
        #expect(missing(.complaints, "Complaints go to the same SNS topic.\n\nThe weekly digest stops at once when its link is used.") == [.effect])
        #expect(missing(.complaints, "苦情については、窓口で内容を確認し、改善に活かします。\n\nお知らせはメール末尾のリンクから停止でき、すぐに反映されます。")
            == [.route, .effect])
    }

    @Test func aSentenceAboutAnotherQuestionStartsAnotherAnswer() {
        #expect(missing(.complaints, "We will put a process in place to handle complaints. Regarding unsubscribes, users can stop receiving them.")
            == [.route, .effect])
        #expect(missing(.bounces, "バウンス・苦情はＳＮＳで通知を受ける予定です。配信停止は適宜対応します。") == [.effect])
        #expect(missing(.bounces, "Bounces go to SNS. Complaints are suppressed at once.") == [.effect])
    }

    @Test func anAddressMadeUnusableIsTheEffect() {
        #expect(missing(.bounces, "SES notifications go to SNS; a hard bounce sets the member's email to invalid.") == [])
        #expect(missing(.bounces, "Bounce events go to SNS; a hard bounce clears the email field on the client record.") == [])
        #expect(missing(.bounces, "Bounce events go to SNS; our system sets the customer's email to \"undeliverable\".") == [])
        #expect(missing(.bounces, "Bounce events go to SNS; a hard bounce pauses email for that form.") == [])
        #expect(missing(.bounces, "バウンスの通知はSNSで受け取り、ハードバウンスはそのアドレスを無効にして修正を依頼します。") == [])
    }

    @Test func aStateNoSendPicksUpIsTheEffect() {
        #expect(missing(.bounces, "Bounce events go to SNS. A hard bounce sets the contact's status to \"inactive\" and the monthly send only picks up active contacts.") == [])
        #expect(missing(.bounces, "Bounce notifications reach an SNS topic. A permanent bounce puts the subscriber into a \"do not email\" state.") == [])
        #expect(missing(.bounces, "Bounce notices come in through SNS; the email on the tenant's record is archived.") == [])
        #expect(missing(.bounces, "Bounce notices come in through SNS, and the subscriber is left out of every future send.") == [])
        #expect(missing(.bounces, "バウンス通知はSNSで受け取り、顧客データのステータスが「非アクティブ」に変わります。") == [])
        #expect(missing(.bounces, "不達の通知はSNSで受け取り、その方の「メール連絡」フラグをオフにしています。") == [])
        #expect(missing(.bounces, "バウンス通知はSNSで受け取り、そのアドレスは以降の配信リストに含まれなくなります。") == [])
        #expect(missing(.bounces, "Bounce notices reach us through SNS. Hard-bounced addresses are dropped from the list and we stop contacting them.") == [])
        #expect(missing(.bounces, "Bounce events go to SNS; the contact is set to bounced and won't hear from us again.") == [])
        #expect(missing(.bounces, "バウンスはSNSで通知を受け取り、そのアドレスに不達フラグを立て、以後の送信は見合わせます。") == [])
        #expect(missing(.bounces, "バウンスはSNS経由で受け取り、ブラックリストに登録して配信先から除きます。") == [])
        // The effect told once for bounces, and referred to for complaints.
        #expect(missing(.complaints, "Complaint events go to the same SNS topic, and a complaint does the same thing.") == [])
        #expect(missing(.complaints, "苦情の通知も同じ経路で受け取り、同様に非アクティブとなります。") == [])
        // A quoted example of what is written is still no state.
        #expect(missing(.bounces, "Bounce events go to SNS, and phrases like \"we archive everything\" are not what we do.") == [.effect])
    }

    @Test func aLinkNamedByWhatItDoesIsAnOptOut() {
        #expect(missing(.optOut, "お知らせメールの末尾に停止リンクがあり、押すとすぐに止まります。", .marketing) == [])
        #expect(missing(.optOut, "Opting out: every email we send is a direct result of an order, so there is nothing to subscribe to.") == [])
    }
}

/// An unsubscribe's delay written as a duration, and a plan under consideration, read as what they say.
@Suite struct RemovalDelayTests {
    func delays(_ text: String) -> [String] {
        UnsubscribeDelayedRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: .marketing))).map(\.message.en)
    }

    func durations(_ text: String) -> [String] {
        let folded = TextFolding.fold(text)
        return RemovalDelay.slowDurations(in: folded.scalars, sentence: 0..<folded.count).map { folded.string($0) }
    }

    @Test func aDurationOverTwoDaysIsADelay() {
        #expect(durations("requests are processed within 10 business days as the law requires") == ["within 10 business days"])
        #expect(durations("removal may take up to a week") == ["up to a week"])
        #expect(durations("removals are processed within a few days") == ["within a few days"])
        #expect(durations("takes 3-5 working days") == ["takes 3-5 working days"])
        #expect(durations("配信停止のお申し出は10営業日以内に反映します") == ["10営業日以内"])
        #expect(durations("数日後に停止されます") == ["数日後"])
        #expect(durations("１週間ほどで反映されます") == ["1週間ほどで"])
        #expect(durations("三日以内に反映します") == ["三日以内"])
    }

    @Test func aShortDurationOrAFrequencyIsNone() {
        #expect(durations("unsubscribes are honoured within 24 hours") == [])
        #expect(durations("within 2 days") == [])
        #expect(durations("the newsletter goes out twice a month and every 3 days") == [])
        #expect(durations("1日以内に反映します") == [])
        #expect(durations("月2回配信します") == [])
    }

    @Test func aSlowDurationInASentenceAboutUnsubscribingIsReported() {
        #expect(delays("Each email includes an unsubscribe link; requests are processed within 10 business days as required by CAN-SPAM.") == [
            "'within 10 business days': unsubscribes must take effect at once (Gmail and Yahoo: within 2 days); remove the address automatically when the link is used",
        ])
        #expect(delays("配信停止のお申し出は1週間以内に反映します。").count == 1)
        // A duration in a sentence about something else is not an unsubscribe's delay.
        #expect(delays("Bounced addresses are reviewed within 10 days. Unsubscribes take effect at once.").isEmpty)
    }

    @Test func aPlanUnderConsiderationIsNoMechanism() {
        let answer = { (text: String) in
            AnswerParts(.optOut, in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: .transactional))).missing
        }
        #expect(answer("配信停止については、今後アプリの設定画面に配信停止機能を追加することを検討しています。") == [.mechanism])
        #expect(answer("For unsubscribing, we are considering adding a link to the settings page.") == [.mechanism])
        #expect(answer("配信停止は、アプリの設定画面から行えます。") == [])
    }
}

/// A refusal that goes on to say what is done instead is the effect.
@Suite struct RefusalThenActionTests {
    @Test func 送信せずIsTheEffect() {
        let answer = AnswerParts(.bounces, in: PreparedDocument(.plainDraft(
            path: "t", text: "バウンスの通知はSNSで受け取り、ハードバウンスのアドレスには以後送信せず、受付スタッフが正しいアドレスを確認します。",
            mailType: .transactional)))
        #expect(answer.missing == [])
    }
}

/// A complainer deliberately not removed is a complaint ignored; a request to stop is an opt-out.
@Suite struct KeptComplainerTests {
    @Test func aComplainerNotRemovedIsIgnored() {
        let findings = ComplaintsIgnoredRule().findings(in: PreparedDocument(.plainDraft(
            path: "t", text: "When someone marks our email as spam we get a notification, but we do not remove them.", mailType: .marketing)))
        #expect(findings.map(\.message.en) == ["'not remove them': complainers keep getting mail; stop all optional mail to anyone who reports a message as spam, at once"])
        #expect(ComplaintsIgnoredRule().findings(in: PreparedDocument(.plainDraft(
            path: "t", text: "迷惑メール報告のあった読者にも引き続きメールマガジンをお送りしています。", mailType: .marketing))).count == 1)
    }

    @Test func aRequestToStopBatchedMonthlyIsDelayed() {
        let findings = UnsubscribeDelayedRule().findings(in: PreparedDocument(.plainDraft(
            path: "t", text: "いただいた停止のお申し込みは、毎月20日に担当者がまとめてリストに反映しています。", mailType: .marketing)))
        #expect(findings.count == 1)
    }
}
