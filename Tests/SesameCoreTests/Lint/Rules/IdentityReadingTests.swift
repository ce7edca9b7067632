@testable import SesameCore
import Testing

/// Session 7's identity judgments: what a Japanese qualifier says, a name introduced with 「と申します」,
/// marketing mail sent elsewhere, and a site that is not there yet, in both languages alike.
@Suite struct IdentityReadingTests {
    func document(_ text: String, _ mailType: MailType? = nil) -> PreparedDocument {
        PreparedDocument(.plainDraft(path: "t", text: text, mailType: mailType))
    }

    func contentIsWeak(_ text: String) -> Bool {
        if case .weak = document(text, .transactional).claims.content.verdict { return true }
        return false
    }

    @Test func aQualifierThatSaysWhereMailComesFromNamesNoKind() {
        for text in ["株式会社ABCです。ご利用に関するご連絡をメールでお送りします。",
                     "株式会社ABCです。アカウント関連の通知を送ります。",
                     "株式会社ABCです。ショップからの各種ご案内をお届けします。"] {
            #expect(contentIsWeak(text), "\(text)")
        }
        // The same words beginning a longer word say what happened.
        for text in ["株式会社ABCです。利用料金確定のお知らせを送ります。",
                     "株式会社ABCです。アカウント登録完了のご連絡を送ります。"] {
            #expect(document(text, .transactional).claims.content.verdict == .answered, "\(text)")
        }
    }

    func businessFindings(_ text: String) -> Int {
        BusinessUnnamedRule().findings(in: document(text)).count
    }

    @Test func aNameIntroducedWithMoushimasuNamesTheBusiness() {
        #expect(businessFindings("美容サロン向け商材の卸売をしております、ビューティーサプライ東京と申します。新商品のご案内を月2回お送りします。") == 0)
        #expect(businessFindings("はなまるベーカリーと申します。焼き菓子の通販をしています。") == 0)
        // A surname names a person, not the business.
        #expect(businessFindings("マーケティング担当の木村と申します。新商品のご案内を月2回お送りします。") == 1)
    }

    func mailTypeFindings(_ text: String) -> [LintFinding] {
        MailTypeMismatchRule().findings(in: document(text, .transactional))
    }

    @Test func marketingSentThroughAnotherServiceIsNotThisRequestsMail() {
        for text in ["Ledgerly sends invoices and receipts. Our newsletter is sent through a separate provider, not through SES.",
                     "We send order confirmations. Promotions go out from another account and are not part of this request.",
                     "株式会社ABCです。注文確認メールを送ります。メルマガは別の配信サービスで送っており、今回の申請の対象外です。",
                     "注文確認と発送通知を送ります。キャンペーンのお知らせはSESとは別のシステムから配信します。"] {
            #expect(mailTypeFindings(text).isEmpty, "\(text)")
        }
        // Said of this request's own mail, the newsletter still needs its share.
        #expect(mailTypeFindings("Ledgerly sends invoices and receipts, and a newsletter.").count == 1)
        #expect(mailTypeFindings("注文確認メールとメルマガを送ります。").count == 1)
    }

    func notLiveFindings(_ text: String) -> Int {
        WebsiteNotLiveRule().findings(in: document(text)).count
    }

    @Test func aSiteNotThereYetIsNotLive() {
        for text in ["Our website is still being built, so here is our Instagram page.", "We don't have a website yet.",
                     "ホームページは現在制作中です。", "Webサイトはまだありません。", "サイトの公開予定は来月です。"] {
            #expect(notLiveFindings(text) == 1, "\(text)")
        }
        for text in ["配信システムを構築中です。", "新店舗のオープン予定は来月です。", "宛先リストを作成中です。",
                     "Our website has been live since 2019.", "ホームページは2019年から公開しています。"] {
            #expect(notLiveFindings(text) == 0, "\(text)")
        }
    }
}

/// A connective that links only growth gives the volume no reason.
@Suite struct VolumeConnectiveTests {
    func rationaleFindings(_ text: String) -> Int {
        VolumeRationaleMissingRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: nil))).count
    }

    @Test func becauseFollowedOnlyByGrowthIsNoReason() {
        for text in ["We will need around 20,000 emails per day because our user base is growing fast.",
                     "会員数が増えているため、1日20,000通を希望します。"] {
            #expect(rationaleFindings(text) == 1, "\(text)")
        }
        for text in ["We will need around 20,000 emails per day because we currently send 15,000 a day through another provider.",
                     "現在1日15,000通を別のサービスで送っているため、1日20,000通を希望します。"] {
            #expect(rationaleFindings(text) == 0, "\(text)")
        }
    }
}
