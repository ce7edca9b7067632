@testable import SesameCore
import Testing

/// How the list-building answer is read: a relationship is a source but, for marketing, no
/// consent; agreeing to the terms is consent to the service, not to its marketing.
@Suite struct ListJudgmentTests {
    func missing(_ text: String, _ mailType: MailType = .marketing) -> [AnswerQuestion.Part]? {
        let answer = AnswerParts(.listAcquisition, in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: mailType)))
        return answer.isMentioned ? answer.missing : nil
    }

    func weakFindings(_ text: String, _ mailType: MailType = .marketing) -> Int {
        ListAcquisitionWeakRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: mailType))).count
    }

    @Test func aRelationshipIsASourceButNoConsentToMarketing() {
        #expect(missing("これまでに当社とお取引のあったお客様、お問い合わせをいただいた方を中心に配信いたします。") == [.consent])
        #expect(missing("・配信先：過去にご注文いただいたお客様") == [.consent])
        #expect(missing("Our offers go to clients who hired us in the last two years.") == [.consent])
        #expect(weakFindings("メルマガは、当店でご購入いただいたお客様にお送りしている。") == 1)
    }

    @Test func forTransactionalMailTheRelationshipIsTheAnswer() {
        #expect(missing("Receipts go to clients who hired us for a job.", .transactional) == [])
        #expect(missing("予約確認は、当院で予約した患者さまにのみ送ります。", .transactional) == [])
        #expect(weakFindings("Reminders go to guests who booked a room with us.", .transactional) == 0)
    }

    @Test func agreeingToTheTermsIsNoConsentToMarketing() {
        #expect(missing("Users sign up in the app and accept our terms of service and privacy policy.") == [.consent])
        #expect(missing("宛先は会員登録した方です。登録時に利用規約への同意をいただいています。") == [.consent])
        // Consent to the newsletter itself, in the same sentence, still counts.
        #expect(missing("At sign-up users accept the terms and may tick a separate box for our newsletter.") == [])
        #expect(missing("会員登録時に、利用規約とは別にメルマガ受信の希望欄にチェックした方だけに送ります。") == [])
    }

    @Test func aTransactionalRequestThatDescribesPromotionsNeedsMarketingConsent() {
        let app = "宛先は、アプリで会員登録をした方です。登録時に利用規約への同意をいただいています。提携店舗のキャンペーン情報もお送りします。"
        #expect(missing(app, .transactional) == [.consent])
        #expect(missing("Receipts go to customers who order in our shop. We also send a monthly coupon to all of them.", .transactional) == [.consent])
        // A school's newsletter is no advertising, and promotions the text rules out are not sent.
        #expect(missing("Parents give their email on the admission form. Newsletters can be switched off in the portal.", .transactional) == [])
        #expect(missing("Receipts go to customers who order in our shop. We send no promotions.", .transactional) == [])
        #expect(missing("Receipts go to customers who order in our shop. If we ever add promotions, we will ask first.", .transactional) == [])
    }

    @Test func consentWordedAsAChoiceOrARestriction() {
        #expect(missing("ご購入時にメルマガ受信を選択されたお客様にのみお送りします。") == [])
        #expect(missing("会員登録時にメルマガの受信を希望した場合のみお送りします。") == [])
        #expect(missing("Members receive the newsletter only if they opted in when joining the club.") == [])
        #expect(missing("Account holders who signed up in the app get a weekly digest, which they switch on themselves.") == [])
        // A real condition is still no claim about today's list.
        #expect(missing("Members who joined the club get the newsletter; if they opt in later, we add them.") == [.consent])
    }

    @Test func obtainingConsentSaysNothingOfWhereAddressesCameFrom() {
        #expect(missing("受信者全員からオプトインを取得済みです。") == [.source])
        #expect(missing("お客様の同意を得た上で配信しています。") == [.source])
        #expect(missing("Consent obtained from every recipient is kept on file.") == [.source])
        #expect(missing("Addresses are collected with consent.") == [.source])
    }

    @Test func consentGivenHonorificallyIsStillNoSource() {
        #expect(missing("メルマガの配信に同意いただいた方のみに送信しております。") == [.source])
        #expect(missing("Our newsletter goes to recipients who gave their consent.") == [.source])
        #expect(missing("メルマガは、会員登録時に配信に同意いただいた方のみに送信しております。") == [])
    }

    @Test func consentByUntickingIsPreTicked() {
        let rule = PreTickedConsentRule()
        let ja = "ご登録時に、メールマガジンの配信を希望しない方はチェックを外していただく形式です。"
        #expect(rule.findings(in: PreparedDocument(.plainDraft(path: "t", text: ja, mailType: .marketing))).map(\.message.ja)
            == ["「希望しない方はチェックを外」は同意とみなされません。あらかじめチェックされた欄では本人の意思で登録したことになりません。チェックを外した状態にし、その旨を書いてください。"])
        let en = "Customers untick the box if they do not want our newsletter."
        #expect(rule.findings(in: PreparedDocument(.plainDraft(path: "t", text: en, mailType: .marketing))).count == 1)
        #expect(rule.findings(in: PreparedDocument(.plainDraft(path: "t", text: "Customers tick the box if they want our newsletter.", mailType: .marketing))).isEmpty)
    }

    @Test func aNegatedUploadSpoilsNoSource() {
        #expect(missing("Clients enter their own email on the booking page; salons cannot upload contact lists.", .transactional) == [])
    }

    @Test func theWordSubscribersIsNoConsent() {
        #expect(missing("The newsletter goes to customers who have bought from us; each issue has an offer for subscribers.") == [.consent])
        #expect(missing("The newsletter goes to readers who subscribed on our site and confirmed by email.") == [])
        #expect(missing("メルマガは、会員登録時に受け取りを希望した方だけに送ります。") == [])
        #expect(missing("送信数は1日5,000通を希望します。宛先は当店で購入したお客様です。") == [.consent])
    }
}
