@testable import SesameCore
import Testing

/// Who sends, what is sent and how much: the volume's reason, the mail type's words, in both languages alike.
@Suite struct IdentityJudgmentTests {
    func document(_ text: String, _ mailType: MailType? = nil) -> PreparedDocument {
        PreparedDocument(.plainDraft(path: "t", text: text, mailType: mailType))
    }

    func rationaleFindings(_ text: String) -> Int {
        VolumeRationaleMissingRule().findings(in: document(text)).count
    }

    @Test func aFactorWithNothingToMultiplyIsNoReason() {
        // How often a newsletter goes out, or how many mails each company gets, explains no daily figure by itself.
        for text in ["We send a newsletter twice a month. We expect a few thousand emails a day.",
                     "月2回のメールマガジンを送ります。送信量は1日数千通程度を想定しています。",
                     "Each company gets at most two emails. We plan about 1,000 emails a day.",
                     "1社につき2通までとします。送信量は1日あたり1,000通程度を予定しています。"] {
            #expect(rationaleFindings(text) == 1, "\(text)")
        }
        // Times the people mailed, or the size of one send, it is the reason.
        for text in ["Our 3,000 subscribers get a newsletter twice a month; we ask for 3,000 a day.",
                     "会員3,000名に月2回メールマガジンを送ります。1日3,000通を申請します。",
                     "Once a month we send about 3,500 emails; we ask for 5,000 a day and 3 per second.",
                     "配信は月1回、約3,500通を予定しており、1日5,000通、秒間3通を希望いたします。"] {
            #expect(rationaleFindings(text) == 0, "\(text)")
        }
    }

    @Test func aReasonGivenForTheBounceRateIsNoReasonForTheVolume() {
        for text in ["Addresses are verified so that our bounce rate stays low. Around 800 emails a day.",
                     "バウンス率を低く保つため、事前にアドレスを確認します。1日約800通です。"] {
            #expect(rationaleFindings(text) == 1, "\(text)")
        }
    }

    @Test func growthWithoutFiguresIsNoReason() {
        for text in ["We are requesting 200,000 emails per day to support this growth.", "会員数を考慮し、1日100,000通を希望いたします。"] {
            #expect(rationaleFindings(text) == 1, "\(text)")
        }
        for text in ["We ask for 5,000 emails a day to allow for growth.", "今後の増加に備えて余裕をみて1日5,000通を申請します。"] {
            #expect(rationaleFindings(text) == 0, "\(text)")
        }
    }

    @Test func aLaunchAsAPointInTimeIsNoReason() {
        for text in ["We expect to send around 1,000 emails per day after launch.", "リリース後は1日約1,000通を見込んでいます。"] {
            #expect(rationaleFindings(text) == 1, "\(text)")
        }
        #expect(rationaleFindings("We send 1,000 emails a day, with peaks around product launches.") == 0)
    }

    func mailTypeMessages(_ text: String) -> [String] {
        MailTypeMismatchRule().findings(in: document(text, .transactional)).map {
            Language.guess(text.unicodeScalars) == .ja ? $0.message.ja : $0.message.en
        }
    }

    @Test func aRepeatedNegatorNegatesEachItem() {
        for text in ["We send invoices and receipts. No newsletters and no promotions are sent.",
                     "We send invoices and receipts, and neither newsletters nor promotions.",
                     "請求書と領収書を送ります。ニュースレターもプロモーションも送りません。"] {
            #expect(mailTypeMessages(text).isEmpty, "\(text)")
            #expect(!document(text).matches(.marketingSignal).contains(where: Polarity.affirmed.accepts), "\(text)")
        }
        // Two negators in a row that are no list still cancel out: the recipients did opt in.
        let double = document("We never send to anyone who has not opted in.")
        #expect(double.matches(.negationBefore).isEmpty)
        let consent = double.matches(.consentGiven) + double.matches(.doubleOptIn)
        #expect(!consent.isEmpty && consent.allSatisfy { !$0.negated })
    }

    @Test func theVerbOffersIsNoMarketing() {
        for text in ["Ledgerly offers accounting software to small firms. We send invoices and receipts.",
                     "The platform also offers a dashboard; it deals with invoices and receipts.",
                     "当社は会計ソフトを提供しています。請求書と領収書を送ります。"] {
            #expect(mailTypeMessages(text).isEmpty, "\(text)")
        }
        #expect(mailTypeMessages("We send receipts and member offers.")
            == ["TRANSACTIONAL is declared and the text also mentions marketing ('offers'); say what share of the mail it is (e.g. \"a monthly newsletter, about 5% of messages\")"])
        #expect(mailTypeMessages("We send receipts, and offers to members who asked.").count == 1)
    }

    @Test func anExplicitMailTypeStatementWins() {
        for text in ["Our mail is primarily transactional: receipts and password resets. We also send a newsletter.",
                     "メールは主に取引に関するもので、領収書とパスワード再設定です。ニュースレターも送ります。",
                     "We send transactional emails only: receipts and password resets. Members may also get a newsletter."] {
            #expect(mailTypeMessages(text).isEmpty, "\(text)")
        }
    }
}

/// What the messages contain: a word before a mail noun qualifies it only when it says what the mail is about.
@Suite struct ContentQualifierTests {
    func verdict(_ text: String) -> ContentClaims.Verdict {
        ContentClaims(PreparedDocument(.plainDraft(path: "t", text: text, mailType: .transactional))).verdict
    }

    @Test func aVerbOrAnAccountBeforeTheMailNounNamesNoKind() {
        for text in ["We would like to leave the sandbox so we can email our users. We send them notifications and updates.",
                     "Our emails include notifications, updates and other relevant information.",
                     "Our platform sends account notifications, account emails and other communications."] {
            #expect(verdict(text) != .answered && verdict(text) != .missing, "\(text)")
        }
        #expect(verdict("We send payslip notifications and leave approval emails.") == .answered)
        #expect(verdict("給与明細のお知らせと休暇承認の通知を送ります。") == .answered)
    }
}
