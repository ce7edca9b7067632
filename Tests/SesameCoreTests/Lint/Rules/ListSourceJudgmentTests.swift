@testable import SesameCore
import Testing

/// Where a list came from and how consent was taken, as a reviewer reads it: a third party
/// handing a list over is a bought list however politely told; a suppression list filled
/// automatically is no pre-ticked box; a favour received is no act of a recipient's.
@Suite struct ListSourceJudgmentTests {
    func document(_ text: String, _ mailType: MailType? = .marketing) -> PreparedDocument {
        PreparedDocument(.plainDraft(path: "t", text: text, mailType: mailType))
    }

    func messages(_ rule: some LintRule, _ text: String, _ mailType: MailType? = .marketing) -> [String] {
        rule.findings(in: document(text, mailType)).map { document(text, mailType).language == .ja ? $0.message.ja : $0.message.en }
    }

    func missing(_ question: AnswerQuestion, _ text: String, _ mailType: MailType = .marketing) -> [AnswerQuestion.Part]? {
        let answer = AnswerParts(question, in: document(text, mailType))
        return answer.isMentioned ? answer.missing : nil
    }

    @Test func aThirdPartyHandingAListOverIsAListNobodyConsentedTo() {
        let en = "We work with a reputable data partner who supplies a permission-based list of UK homeowners."
        #expect(messages(PurchasedListRule(), en) == [
            "'data partner who supplies a permission-based list' points to addresses nobody gave you consent for (bought, rented, scraped or third-party lists); SES forbids mailing them: use only addresses people gave you themselves and say so",
        ])
        #expect(messages(RecipientsWithoutConsentRule(), en) == [
            "'data partner who supplies a permission-based list': these recipients never asked for mail from you; say who receives the mail and why each expects it, and mail only people who gave you their address themselves",
        ])
        let ja = "今回は、提携している引越し業者様からご紹介いただいた新生活を始める方のリストにも送る予定です。"
        #expect(messages(PurchasedListRule(), ja) == [
            "「提携している引越し業者様からご紹介いただいた新生活を始める方のリスト」は本人の同意がないアドレス(購入・レンタル・収集・第三者提供のリスト)を示しています。SES では送信できないため、本人が自ら登録したアドレスだけを使うと明記してください。",
        ])
        let acquired = "Bluefin acquired the kayak retailer PaddleHouse last spring, and with it PaddleHouse's customer database."
        #expect(PurchasedListRule().findings(in: document(acquired)).count == 1)
    }

    @Test func aHandingOverThatIsNegatedOutboundOrTransactionalIsNoAdmission() {
        #expect(messages(PurchasedListRule(), "提携先から提供されたリストは使用しません。").isEmpty)
        #expect(messages(PurchasedListRule(), "We never use lists supplied by partners.").isEmpty)
        // Our data going out to a partner says nothing about where the list came from.
        #expect(messages(PurchasedListRule(), "We share delivery data with our courier partner.").isEmpty)
        // A shop passing its buyer's address for the delivery notices is the transactional case reviewers accept.
        #expect(messages(PurchasedListRule(), "Our partner shops send us the buyer's contact details from each order.", .transactional).isEmpty)
        #expect(messages(PurchasedListRule(), "We acquired 5,000 subscribers from our Instagram ads through the sign-up form.").isEmpty)
    }

    @Test func aQuotedExampleOfABoughtListIsNoClaim() {
        #expect(messages(PurchasedListRule(), "Writers who answer \"we bought a list\" in the questionnaire are refused.").isEmpty)
        #expect(PurchasedListRule().findings(in: document("We bought 20,000 verified B2B contacts.")).count == 1)
    }

    @Test func aSuppressionListFilledAutomaticallyIsNoPreTickedBox() {
        let handling = "バウンスおよび苦情はSNSで通知を受け取り、該当アドレスを配信停止リストへ自動で登録いたします。"
        #expect(messages(PreTickedConsentRule(), handling).isEmpty)
        #expect(messages(PreTickedConsentRule(), "Bounce events reach SNS; the address is added automatically to our suppression list.").isEmpty)
        #expect(messages(PreTickedConsentRule(), "会員登録すると、自動的にメルマガに登録されます。") == [
            "「自動的にメルマガ」は同意とみなされません。あらかじめチェックされた欄では本人の意思で登録したことになりません。チェックを外した状態にし、その旨を書いてください。",
        ])
        // A pre-ticked box is list-acquisition's: the recipients did come to the sender.
        #expect(messages(RecipientsWithoutConsentRule(), "The offers box at checkout is ticked by default.").isEmpty)
    }

    @Test func aFavourReceivedIsNoActOfARecipient() {
        // 「高い評価をいただいております」 is praise for the company, not where addresses came from.
        let praise = "多くの企業様から高い評価をいただいております。宛先はすべて当社と関係のあるお客様で、同意を得たうえで配信します。"
        #expect(missing(.listAcquisition, praise) == [.source])
        #expect(missing(.listAcquisition, "メルマガは、当店でご購入いただいたお客様にお送りしています。") == [.consent])
        // The salutation to the reviewer names no recipient.
        #expect(missing(.recipients, "Amazon Web Services ご担当者様\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。") == nil)
        // 「業界をリードする」 leads an industry: no sales lead.
        #expect(RecipientsNoRelationshipRule().findings(in: document("当社は業界をリードするソリューションを提供しております。")).isEmpty)
    }

    @Test func signingUpForTheNewsletterItselfIsConsent() {
        let sns = "お店のSNSでメールマガジンの登録フォームをご案内し、登録していただいた約2,000名に送ります。"
        #expect(missing(.listAcquisition, sns) == [])
        #expect(missing(.recipients, sns) == [])
        #expect(missing(.listAcquisition, "ニュースレターの購読をお申し込みいただいた方にのみ送ります。") == [])
        // Registering for the service is no consent to its newsletter.
        #expect(missing(.listAcquisition, "当サイトに会員登録したユーザーにメルマガを配信します。") == [.consent])
    }

    @Test func consentGivenAsAChoice() {
        #expect(missing(.listAcquisition, "Members sign up on our site; the newsletter goes only to members who chose it at sign-up.") == [])
        #expect(missing(.listAcquisition, "会員登録の際に、メルマガの受け取りを希望された会員のみに配信します。") == [])
        #expect(missing(.recipients, "メルマガはご注文時に受け取りを選んだ方（チェックは初期状態でオフ）にのみ送ります。") == [])
    }

    @Test func aListTopicHeadingIsAnsweredByWhatFollows() {
        let text = "3. Where addresses come from\nThe online shop that books the delivery passes us the buyer's email with the parcel data.\n\n4. Sending volume\nTo be confirmed once the new shops are onboarded."
        let answer = AnswerParts(.listAcquisition, in: document(text, .transactional))
        #expect(answer.missing == [])
        #expect(ListAcquisitionWeakRule().findings(in: document(text, .transactional)).isEmpty)
        #expect(RecipientsWeakRule().findings(in: document(text, .transactional)).isEmpty)
        // A figure still to be confirmed is no confirmation step and no source.
        #expect(missing(.listAcquisition, "Volume: to be confirmed.", .transactional) == nil)
    }

    @Test func businessCardsAreAListOnlyWhenCollected() {
        #expect(AllContactsRule().findings(in: document("We print business cards, flyers and banners for small businesses.", .transactional)).isEmpty)
        #expect(AllContactsRule().findings(in: document("We will mail the business cards we collected at the expo.")).count == 1)
        #expect(AllContactsRule().findings(in: document("展示会で集めた名刺のアドレスにも送ります。")).count == 1)
        #expect(AllContactsRule().findings(in: document("当社は名刺の印刷サービスです。", .transactional)).isEmpty)
    }

    @Test func aListNotMailedForYearsIsStale() {
        #expect(messages(AllContactsRule(), "5年ぶりにメールマガジンを再開したいと考えています。") == [
            "「年ぶり」は保有アドレス全件や古いリストへの送信を示しています。このメールの受信に同意した最近の方だけに送り、既存リストの絞り込み方(同意済み・直近 1 年以内に利用など)を書いてください。",
        ])
        // The phrase's own negation negates nothing: "not mailed for years" is the admission.
        #expect(AllContactsRule().findings(in: document("Our customer list was not mailed for years.")).count == 1)
        #expect(AllContactsRule().findings(in: document("まず全件に一斉配信して、エラーになったものを削除します。")).count == 1)
    }

    @Test func aDirectoryOrAPublishedListingIsNoConsent() {
        #expect(messages(PurchasedListRule(), "Its online member directory lists around 1,800 businesses with a contact email for each.") == [
            "'member directory' points to addresses nobody gave you consent for (bought, rented, scraped or third-party lists); SES forbids mailing them: use only addresses people gave you themselves and say so",
        ])
        #expect(PurchasedListRule().findings(in: document("都道府県が公開している介護事業所の一覧には、各事業所のメールアドレスが掲載されています。")).count == 1)
        #expect(PurchasedListRule().findings(in: document("公開されている一覧のアドレスには送りません。")).isEmpty)
    }

    @Test func aContractHoldsTheAddress() {
        let water = "Addresses come from the supply contract: a customer gives us an email address when they sign the contract."
        #expect(ListAcquisitionMissingRule().findings(in: document(water, .transactional)).isEmpty)
        #expect(missing(.recipients, water, .transactional) == [])
        #expect(missing(.listAcquisition, "宛先は、ご契約時に申込書へご記入いただいたメールアドレスです。", .transactional) == [])
        // 「注文住宅」 is a kind of house: no order, no source.
        #expect(missing(.listAcquisition, "当社は千葉県で注文住宅を手がける工務店です。", .transactional) == nil)
    }

    @Test func anUncontrolledRelayHasNoListSource() {
        let fax = "Every fax that arrives on the customer's number is converted to a PDF and emailed to the address the customer chose. We have about 3,500 paying customers."
        #expect(missing(.listAcquisition, fax, .transactional) == [.source])
        #expect(ListAcquisitionWeakRule().findings(in: document(fax, .transactional)).count == 1)
        // With abuse controls, the customers' own verified addresses are a source like another.
        let controlled = "Incoming faxes are emailed as PDFs only to the account owner's verified address, with a per-account rate limit. Customers create an account on our site."
        #expect(missing(.listAcquisition, controlled, .transactional) == [])
    }

    @Test func everyAddressVouchedForIsNoMailingOfEverything() {
        // The clause goes on to say how each of those people came: the sender vouching for its list.
        #expect(AllContactsRule().findings(in: document("Every address we mail belongs to someone who set up a subscription or a class booking on our site.")).isEmpty)
        #expect(AllContactsRule().findings(in: document("保有するすべてのアドレスは、会員登録をした方のものです。")).isEmpty)
        #expect(messages(AllContactsRule(), "We will email every address we have.") == [
            "'every address we' suggests mailing everyone you have, or an old list; mail only people who opted in to this mail recently, and describe how you filter an existing list (confirmed, active in the last 12 months)",
        ])
        #expect(AllContactsRule().findings(in: document("保有しているすべてのアドレスに一斉送信します。")).count == 1)
    }

    @Test func marketingMailThatComesWithTheSignUpByDefaultIsNoConsent() {
        #expect(messages(PreTickedConsentRule(), "For now beta users receive it by default as part of their sign-up.") == [
            "'receive it by default' is not consent: a box ticked in advance subscribes people who never chose to; leave the box unticked and say so",
        ])
        #expect(messages(PreTickedConsentRule(), "会員登録をした方には、お知らせメールがデフォルトで配信されます。") == [
            "「デフォルトで配信」は同意とみなされません。あらかじめチェックされた欄では本人の意思で登録したことになりません。チェックを外した状態にし、その旨を書いてください。",
        ])
    }

    @Test func theWritersOwnRequestToAWSIsNoRecipientsRequest() {
        let hollow = "All contacts on our list have opted in to receive communications from us.\n\nThank you for considering our request."
        #expect(missing(.listAcquisition, hollow) == [.source])
        #expect(ListAcquisitionMissingRule().findings(in: document("We would like to request that our account be moved out of the sandbox.")).count == 1)
        // A recipient's request still is one.
        #expect(missing(.listAcquisition, "Price alerts go only to people who requested them on our site.") == [])
    }

    @Test func aListAnswerThatGradesItselfNeedsAStepAReviewerCanCheck() {
        let dearu = "宛先は、当社サービスの利用契約を締結した法人の担当者である。宛先の取得は適法かつ適正に行っている。"
        #expect(missing(.listAcquisition, dearu, .transactional) == [.specifics])
        #expect(messages(ListAcquisitionWeakRule(), dearu, .transactional) == [
            "「宛先の取得は適法かつ適正に行っている。」: 「適切に管理」「適法かつ適正に」のような評価だけでは、審査で確かめられることがありません。アドレスがどこで入力されるか(会員登録、注文時、申し込みフォーム)と、それを確かめる手順(確認メールのリンク)、その記録を残していることを書いてください。",
        ])
        let clean = "All of our recipients are users of our applications who gave us their email address. We make sure that our lists are kept clean and up to date."
        #expect(messages(ListAcquisitionWeakRule(), clean, .transactional) == [
            "'We make sure that our lists are kept clean and up to date.': \"kept clean\", \"best practice\" or \"lawfully obtained\" grade the list but give a reviewer nothing to check; say where each address is entered (a sign-up form, checkout, account creation), what step confirms it (a confirmation link) and that you keep a record of it",
        ])
        // A confirmation step named in the answer is something to check.
        let confirmed = "Users sign up on our site and confirm with a confirmation link. Our lists are kept clean and up to date."
        #expect(missing(.listAcquisition, confirmed) == [])
        // Marketing consent missing as well: the consent message comes first.
        #expect(missing(.listAcquisition, "Our subscribers come from our website. We follow industry best practices for list building.") == [.consent, .specifics])
    }

    @Test func consentTakenByDefaultIsListBuildingsGapNotTheRecipients() {
        let byDefault = "Everyone who creates an account gets the newsletter; it is sent by default, and people who do not want it can switch it off in settings."
        // The objection clause does not hedge the admission: it is part of it.
        #expect(messages(PreTickedConsentRule(), byDefault) == [
            "'sent by default' is not consent: a box ticked in advance subscribes people who never chose to; leave the box unticked and say so",
        ])
        // The account holders did come to the sender: the missing consent is pre-ticked-consent's to report.
        #expect(missing(.recipients, byDefault) == [.consent])
        #expect(RecipientsWeakRule().findings(in: document(byDefault)).isEmpty)
        #expect(RecipientsWeakRule().findings(in: document("Everyone who creates an account gets our promotional newsletter.")).count == 1)
    }

    @Test func aConditionInBracketsConditionsOnlyWhatTheyHold() {
        // 「（未成年の場合は保護者様）」 is an aside: the enrolment before it is today's practice.
        let bracketed = "宛先は、入会時にメールアドレスを登録した生徒様（未成年の場合は保護者様）のみです。"
        #expect(missing(.listAcquisition, bracketed, .transactional) == [])
        #expect(ListAcquisitionWeakRule().findings(in: document(bracketed, .transactional)).isEmpty)
        // Inside the brackets the condition still holds what it conditions.
        let section = document("生徒様（入会した場合）に送ります。", .transactional).sections[0]
        #expect(section.matches(.addressSource).map(\.conditional) == [true])
    }

    @Test func aFormTheRecipientFillsInIsASource() {
        let intake = "Recipients are patients who wrote their email address on the intake form at their first visit."
        #expect(ListAcquisitionMissingRule().findings(in: document(intake, .transactional)).isEmpty)
        #expect(missing(.listAcquisition, intake, .transactional) == [])
        #expect(missing(.listAcquisition, "Guests fill in the booking form when they reserve a table.", .transactional) == [])
    }
}
