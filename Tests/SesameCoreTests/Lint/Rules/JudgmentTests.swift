@testable import SesameCore
import Testing

/// The judgments behind the recipients, content, relay and hollow-request rules, on sentences
/// written for these tests in several styles (です・ます, である, bullets, Q&A).
@Suite struct RecipientJudgmentTests {
    func missing(_ text: String, _ mailType: MailType = .transactional) -> [AnswerQuestion.Part]? {
        let answer = AnswerParts(.recipients, in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: mailType)))
        return answer.isMentioned ? answer.missing : nil
    }

    @Test func aGenericAudienceHasNoRelationship() {
        #expect(missing("We send notifications to our users.") == [.relationship])
        #expect(missing("配信対象はサービス利用者です。") == [.relationship])
        #expect(missing("- Recipients: customers") == [.relationship])
    }

    @Test func anActOfTheRecipientsIsTheRelationship() {
        #expect(missing("Receipts go to customers who placed an order with us.") == [])
        #expect(missing("Guests give us their email when they book a room.") == [])
        #expect(missing("受信者は当院を受診した患者さまです。") == [])
        #expect(missing("送信先：教室に入会した生徒の保護者") == [])
        #expect(missing("Q. 誰に送りますか。\nA. アプリに登録した利用者です。") == [])
        #expect(missing("Recipients are staff of our client companies, added by their company's admin.") == [])
    }

    @Test func moreActsAndKindsOfRecipient() {
        #expect(missing("The emails are sent to shoppers who have made a purchase on our store.") == [])
        #expect(missing("Each email is addressed to the person who made the booking.") == [])
        #expect(missing("Recipients are employees of companies that use our HR software; the employer adds them when they are hired.") == [])
        #expect(missing("配信対象は、これまでにお取引のあった取引先のご担当者様です。") == [])
        #expect(missing("見学会でアンケートにご記入いただいたお客様に、次回のご案内をお送りします。") == [])
        #expect(missing("取引所に口座を開設し、本人確認を完了したお客様にのみ送信します。") == [])
        #expect(missing("Emails go to verified users of our exchange: people who opened an account and completed identity checks.") == [])
        #expect(missing("メールは、お見積もりを依頼されたお客様にのみ返信として送信します。") == [])
        #expect(missing("We email only customers who requested a quote on our website.") == [])
    }

    @Test func usingTheServiceIsNoRelationship() {
        // "Our users", said at length: who they are, not what they did to get the mail.
        #expect(missing("Our emails go to customers who use our app.") == [.relationship])
        #expect(missing("配信先は弊社サービスをご利用いただいているお客様です。") == [.relationship])
        #expect(missing("配信先は弊社サービスをご利用いただいているお客様で、ご注文時に入力されたアドレスにお送りします。") == [])
    }

    @Test func interestIsNotARelationshipForMarketing() {
        #expect(missing("Our newsletter goes to people who have shown interest in our products.", .marketing) == [.relationship, .consent])
        #expect(missing("資料請求をいただいた企業のご担当者様に配信します。", .marketing) == [.relationship, .consent])
    }

    @Test func marketingRecipientsMustHaveAskedAnywhereInTheText() {
        #expect(missing("The newsletter goes to customers who bought from our shop.", .marketing) == [.consent])
        #expect(missing("The newsletter goes to customers who bought from our shop. At checkout they tick a box for offers.", .marketing) == [])
        #expect(missing("メルマガは当店で購入されたお客様にお送りする。購入時に受け取り希望欄にチェックした方のみである。", .marketing) == [])
    }

    @Test func aPurchasedListIsNoPurchaseFromUs() {
        #expect(missing("We send offers to contacts we purchased from a list broker.", .marketing)?.contains(.relationship) == true)
    }

    @Test func noAudienceAtAllIsMissing() {
        #expect(missing("We want to test Amazon SES from our new app.") == nil)
        #expect(RecipientsMissingRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: "テスト送信を行いたいです。", mailType: nil))).count == 1)
    }
}

@Suite struct ContentJudgmentTests {
    func verdict(_ text: String, _ mailType: MailType = .transactional) -> ContentClaims.Verdict {
        ContentClaims(PreparedDocument(.plainDraft(path: "t", text: text, mailType: mailType))).verdict
    }

    func isWeak(_ verdict: ContentClaims.Verdict) -> Bool {
        if case .weak = verdict { true } else { false }
    }

    @Test func genericNounsAreWeak() {
        #expect(isWeak(verdict("We send notifications, updates and other communications.")))
        #expect(isWeak(verdict("会員の皆様に各種お知らせをお送りします。")))
        #expect(isWeak(verdict("・内容：サービスに関するご案内")))
    }

    @Test func namedKindsAreAnAnswer() {
        #expect(verdict("We send password reset emails and order confirmations.") == .answered)
        #expect(verdict("We send payslip notifications and leave approval messages to employees.") == .answered)
        #expect(verdict("設備点検の日程のお知らせと断水の緊急連絡を送る。") == .answered)
        #expect(verdict("件名例「【みどり歯科】明日10:00のご予約」") == .answered)
    }

    @Test func wordsAboutTheSendingNameNoKind() {
        // How the mail is sent or taken, not what it says.
        #expect(isWeak(verdict("We take email deliverability seriously and follow responsible email practices. Our updates are useful.")))
        #expect(isWeak(verdict("Bounce notifications reach us through SNS; we send updates to our users.")))
        #expect(isWeak(verdict("お客様の個人情報は厳重に管理し、各種お知らせをお送りします。")))
        #expect(isWeak(verdict("バウンス通知はSNSで受け取ります。会員様には各種ご案内をお送りします。")))
        #expect(isWeak(verdict("追加情報をお送りします。")))
        // Punctuation ends a qualifier: 「、各種お知らせ」 is still generic.
        #expect(isWeak(verdict("サービスに関する、各種お知らせを送信する。")))
        // A named kind in the same text still answers.
        #expect(verdict("Bounce notifications reach us through SNS; we send invoice reminders to tenants.") == .answered)
        #expect(verdict("バウンス通知はSNSで受け取る。配信するのは点検日程のお知らせである。") == .answered)
    }

    @Test func aNewsletterNeedsItsFrequency() {
        #expect(isWeak(verdict("Subscribers receive our newsletter on a regular schedule.", .marketing)))
        #expect(verdict("Subscribers receive our newsletter every Friday.", .marketing) == .answered)
        #expect(verdict("メルマガを毎月第1月曜に配信します。", .marketing) == .answered)
    }

    @Test func nothingAboutMailIsMissing() {
        #expect(verdict("We would like to leave the sandbox.") == .missing)
    }
}

@Suite struct RelayJudgmentTests {
    func relay(_ text: String) -> RelayClaims { RelayClaims(PreparedDocument(.plainDraft(path: "t", text: text))) }

    @Test func mailOthersWriteIsARelay() {
        #expect(relay("We forward incoming mail for our customers' domains to their Gmail.").uncontrolled != nil)
        #expect(relay("受信したFAXをPDFにしてメールで届けます。").uncontrolled != nil)
        #expect(relay("Users can write to any address they like from their hosted mailbox.").uncontrolled != nil)
    }

    @Test func abuseControlsMakeItAUseCaseLikeAnother() {
        #expect(relay("Incoming faxes go only to the account owner's verified address, with a rate limit per account.").uncontrolled == nil)
        #expect(relay("転送先は本人確認済みのアドレスに限り、1日の送信上限を設けている。").uncontrolled == nil)
    }

    @Test func forwardedBounceNoticesAreNoRelay() {
        #expect(relay("Bounce notices are forwarded to our support inbox.").relay == nil)
        #expect(relay("We send receipts to customers who placed an order.").relay == nil)
    }
}

@Suite struct HollowRequestTests {
    func hollow(_ text: String, _ mailType: MailType = .marketing) -> Bool {
        !HollowAnswersRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: mailType))).isEmpty
    }

    @Test func aRequestOfVaguePredicatesIsHollow() {
        #expect(hollow("""
            Q1. How do you build your list?
            A1. Our list is built organically from people who are interested in what we do, and all contacts are legitimate.
            Q2. How do you handle bounces and complaints?
            A2. We have robust procedures and follow AWS best practices to keep our rates low at all times.
            Q3. How can recipients opt out?
            A3. Recipients can opt out easily and we respect every request.
            Q4. How did you choose your quota?
            A4. It reflects our expected business needs and anticipated growth over the coming year.
            """))
        #expect(hollow("""
            当社は各種サービスを提供している。宛先リストは適法に取得したものであり、常に最新の状態に保っている。\
            バウンスおよび苦情については、状況に応じて適切に処理する。配信停止の求めがあった場合には速やかに対応する。\
            送信量は事業の状況に応じて変動するが、必要な量を確保したいと考えている。関係法令を遵守し、誠実に運用する所存である。\
            なお、メールの品質向上には継続的に取り組んでおり、担当部署において定期的に運用状況を確認し、必要な改善を行っている。\
            今後とも安全で信頼性の高いメール配信に努める所存であるので、ご審査のほどよろしくお願い申し上げる。
            """))
    }

    @Test func aConcreteRequestIsNot() {
        #expect(!hollow("""
            Harbor Lane Books, a two-person shop in Bristol, sends order confirmations and shipping notices to \
            customers who order on harborlanebooks.co.uk, and a monthly newsletter to people who ticked an unticked \
            box at checkout and confirmed by link. Bounce and complaint events reach an SNS topic; the address is \
            suppressed at once. Every newsletter has a one-click unsubscribe that works immediately. About 300 a \
            day now, 1 per second at peak; we ask for 1,000 a day for the Christmas season.
            """))
    }
}

@Suite struct BusinessNameTests {
    func named(_ text: String) -> Bool {
        BusinessUnnamedRule.namesSomething(PreparedDocument(.plainDraft(path: "t", text: text)).sections[0])
    }

    @Test func kindsAndLabelsAreNotNames() {
        #expect(!named("We are a BtoB Web company providing IT services."))
        #expect(!named("弊社はBtoB向けのWebサービスとECサイトを運営しております。"))
        #expect(!named("Q1. What do you do? A1. We are a software company."))
        #expect(!named("<Company name> sends account emails to [Your Customers]."))
    }

    @Test func kanaAfterACompanyFormIsAName() {
        #expect(named("株式会社はてなベルは連絡アプリを提供しています。"))
        #expect(named("有限会社はなみずきです。"))
        #expect(!named("株式会社として設立した会社です。"))
    }
}
