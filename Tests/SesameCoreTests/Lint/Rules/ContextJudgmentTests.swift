@testable import SesameCore
import Testing

/// How the business and content answers are read, with paired English and Japanese texts.
@Suite struct ContextJudgmentTests {
    func isContentWeak(_ text: String, _ mailType: MailType = .transactional) -> Bool {
        if case .weak = ContentClaims(PreparedDocument(.plainDraft(path: "t", text: text, mailType: mailType))).verdict { return true }
        return false
    }

    func namesBusiness(_ text: String) -> Bool {
        BusinessUnnamedRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: text))).isEmpty
    }

    @Test func aNoticeOfWhatHappenedNamesItsContent() {
        #expect(!isContentWeak("We email patients when their prescription is ready for collection: a prescription-ready notice."))
        #expect(!isContentWeak("処方箋の事前送信をされた患者様に、お薬のご用意ができた旨のお知らせメールをお送りします。"))
        #expect(!isContentWeak("手続きが完了したことのご連絡をお送りします。"))
        #expect(isContentWeak("重要なことのお知らせをお送りします。"))
    }

    @Test func whatANoticeIsAboutCountsAcrossに関する() {
        #expect(!isContentWeak("点検日程に関するご案内をお送りします。"))
        #expect(!isContentWeak("We send inspection schedule notices."))
        #expect(isContentWeak("サービスに関するご案内をお送りします。"))
        #expect(isContentWeak("We send service notices."))
    }

    @Test func aCampaignsNoticeNamesTheProgrammeNotItsContent() {
        #expect(isContentWeak("各種お知らせ、キャンペーン情報など、有益な情報をお届けします。", .marketing))
        #expect(isContentWeak("We send important updates, promotional information and other relevant communications.", .marketing))
        #expect(!isContentWeak("毎月1回、キャンペーン情報をお届けします。", .marketing))
        #expect(!isContentWeak("Once a month we send promotional information.", .marketing))
    }

    @Test func theWeakAnswerQuotesTheSentenceAboutTheMail() {
        let text = "We keep the highest standards of email sending. We will send important updates and other relevant communications."
        let document = PreparedDocument(.plainDraft(path: "t", text: text))
        guard case let .weak(section, sentence) = ContentClaims(document).verdict else {
            Issue.record("not weak")
            return
        }
        #expect(document.sections[section].sentenceQuote(sentence).hasPrefix("We will send important updates"))
    }

    @Test func requestWordsAndPlaceholdersAreNoNames() {
        #expect(!namesBusiness("We comply with the Acceptable Use Policy and the AUP."))
        #expect(!namesBusiness("弊社はAUPを遵守します。"))
        #expect(!namesBusiness("Volume: XXX emails per day, peak of XX per second."))
        #expect(!namesBusiness("送信量：1日XXX通、秒間XX通"))
        #expect(!namesBusiness("URL: https://〇〇.co.jp"))
        #expect(namesBusiness("Our shop is at https://hanamizuki.co.jp."))
        #expect(namesBusiness("有限会社はなみずきは生花店です。"))
        #expect(namesBusiness("株式会社はてなはブログサービスを運営しています。"))
        #expect(!namesBusiness("当社はWeb制作を行うBtoBの企業である。"))
        #expect(!namesBusiness("We are a BtoB Web company."))
    }

    func mailTypeFindings(_ text: String) -> [String] {
        MailTypeMismatchRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: .transactional)))
            .map { $0.severity?.rawValue ?? "error" }
    }

    @Test func aSchoolNewsletterIsNoAdvertising() {
        #expect(mailTypeFindings("Term dates and trip letters go to parents. Newsletters can be switched off in the portal.") != ["error"])
        #expect(mailTypeFindings("学期の日程と遠足のお知らせを保護者に送ります。ニュースレターはポータルで停止できます。") != ["error"])
        #expect(mailTypeFindings("Most of our mail is monthly promotions to all customers.") == ["error"])
        #expect(mailTypeFindings("毎月全顧客にセール情報を送ります。") == ["error"])
    }

    @Test func anOptedInRareMailingOrAShareInTheNextSentenceIsAProportion() {
        #expect(mailTypeFindings("Receipts and password resets; two product announcement emails a year to users who opted in.").isEmpty)
        #expect(mailTypeFindings("領収書とパスワード再設定のほか、オプトインした方にのみ年に2回、新機能のニュースレターを送ります。").isEmpty)
        #expect(mailTypeFindings("Order receipts and shipping notices, plus a weekly newsletter.") == ["warning"])
        #expect(mailTypeFindings("注文確認と発送通知に加え、毎週メールマガジンを送ります。") == ["warning"])
        #expect(mailTypeFindings("Order receipts; a newsletter (twice a month. About 20% of messages).").isEmpty)
        #expect(mailTypeFindings("注文確認のほか、メールマガジン（月2回。送信数の約20%）").isEmpty)
    }

    @Test func aSaleSeasonIsATimeNotAMailing() {
        #expect(mailTypeFindings("Two or three shipping notices per parcel; during the sale season we exceed 30,000 a day.").isEmpty)
        #expect(mailTypeFindings("出荷1件あたり2〜3通の発送通知です。セール時期は1日3万通を超えます。").isEmpty)
    }

    @Test func aBusinesssOwnNounIsNoKindOfMessage() {
        #expect(isContentWeak("弊社はオンライン英会話のレッスンを提供しています。会員様に各種お知らせをお送りします。"))
        #expect(isContentWeak("We publish recipes and cooking guides. Members receive notifications and other communications."))
        #expect(!isContentWeak("レッスンの前日に、日時と講師名をメールでお知らせします。"))
        #expect(!isContentWeak("We email members new recipes every Friday."))
    }

    @Test func aQuotedPhraseIsNoName() {
        #expect(!namesBusiness("購入画面の「お知らせを受け取る」にチェックを入れた方に送ります。"))
        #expect(!namesBusiness("「適切に対応します」とお約束します。"))
        #expect(namesBusiness("オンライン書店『ハーバーレーン書房』を運営しています。"))
        #expect(namesBusiness("料理教室「キッチンひなた」を運営しています。"))
    }
}
