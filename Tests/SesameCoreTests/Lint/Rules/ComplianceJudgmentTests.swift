@testable import SesameCore
import Testing

/// How compliance is read: what 特定電子メール法 asks each advertising mail to show, and a profile's
/// `compliance.specified_email_act` section, which the rendered description shows.
@Suite struct ComplianceJudgmentTests {
    func document(_ text: String, _ mailType: MailType = .marketing, act: SpecifiedEmailAct? = nil) -> PreparedDocument {
        var document = LintDocument.plainDraft(path: "t", text: text, mailType: mailType)
        document.specifiedEmailAct = act
        return PreparedDocument(document)
    }

    func senderIdentity(_ text: String, _ mailType: MailType = .marketing, act: SpecifiedEmailAct? = nil) -> [String] {
        SenderIdentityMissingRule().findings(in: document(text, mailType, act: act)).map { $0.message.text(in: .ja) }
    }

    @Test func namingTheActWithoutWhatEachMailShowsIsWeak() {
        let text = "会員に月2回メルマガを送ります。特定電子メール法を遵守し、広告メールであることを明示いたします。"
        #expect(senderIdentity(text) == [
            "「特定電子メール法を遵守し、広告メールであることを明示いたします。」で特定電子メール法に触れていますが、広告メールごとに送信者の名称・住所・受信拒否の連絡先を表示することが書かれていません。表示内容を書くか、プロファイルの compliance.specified_email_act に記入してください。",
        ])
    }

    @Test func theMessageNamesOnlyThePartsThatAreMissing() {
        // An unsubscribe link in each mail is the refusal contact; the name is shown; the address is not.
        let text = "特定電子メール法に従い、各号のフッターに当店の店名と配信停止リンクを記載しています。"
        let findings = SenderIdentityMissingRule().findings(in: document(text))
        #expect(findings.map { $0.message.text(in: .en) } == [
            "'特定電子メール法に従い、各号のフッターに当店の店名と配信停止リンクを記載しています。' names the Act on Specified Electronic Mail, but the text does not say that each advertising mail shows the sender's postal address; say so, or fill compliance.specified_email_act in the profile",
        ])
        #expect(findings.map(\.place) == [.text(section: 0, offset: 0)], "at the act's name")
    }

    @Test func allThreePartsShownIsAnAnswer() {
        #expect(senderIdentity("特定電子メール法に基づき、広告メールには送信者の名称・住所と受信拒否の連絡先を必ず記載しています。").isEmpty)
        #expect(senderIdentity("各号には当会の名称・所在地を記載し、フッターの解除リンクからその場で停止できます。特定電子メール法を守っています。").isEmpty)
        #expect(senderIdentity("We follow Japan's Act on Specified Electronic Mail: each issue shows our company name and postal address, and an unsubscribe link in the footer.").isEmpty)
    }

    @Test func aNegatedDisplayIsNoDisplay() {
        let text = "特定電子メール法を遵守しています。メールに会社名と配信停止リンクは入れていますが、住所は記載していません。"
        #expect(senderIdentity(text).count == 1)
        #expect(senderIdentity(text).first?.contains("広告メールごとに住所を表示する") == true)
    }

    @Test func onlyMarketingMailThatNamesTheActIsJudged() {
        #expect(senderIdentity("特定電子メール法を遵守します。", .transactional).isEmpty)
        #expect(senderIdentity("購読者に毎月ニュースレターを送ります。法令を遵守します。").isEmpty, "naming no act is compliance-not-mentioned's (info)")
    }

    @Test func aProfileSectionIsWhatEachMailShows() {
        let act = SpecifiedEmailAct(senderName: "株式会社ひなた珈琲", postalAddress: "京都府京都市中京区御池通 1-2-3")
        #expect(senderIdentity("特定電子メール法を遵守します。", act: act).isEmpty)
        #expect(ComplianceNotMentionedRule().findings(in: document("会員に月2回メルマガを送ります。", act: act)).isEmpty)
        #expect(ComplianceNotMentionedRule().findings(in: document("会員に月2回メルマガを送ります。")).count == 1)
    }

    @Test func theProfileExampleCountsItsSection() throws {
        let path = repositoryRoot() + "/../examples/ja-marketing.yaml" // repositoryRoot() counts from Lint/, one folder up
        let outcome = FileLinter(renderedLength: RequestRenderer.useCaseLength).lint(path: path)
        #expect(outcome.failure == nil)
        #expect(!outcome.report.diagnostics.contains { $0.topic == Topic.compliance })
    }
}

/// Weak-answer messages quote the sentence they read, in its language, and name only the part that is missing.
@Suite struct WeakMessageTests {
    @Test func aSharedRouteIsNotAttributedToTheQuotedSentence() {
        // The route is told once, in the English bounce sentence; the Japanese complaint sentence is quoted.
        let text = "Bounce notices reach us through an SNS topic; a hard bounce is removed from the list.\n苦情には適宜対応します。"
        let result = Linter().lint(.plainDraft(path: "t.txt", text: text, mailType: .transactional))
        let complaint = result.diagnostics.filter { $0.rule == "complaint-handling-weak" }.map(\.message)
        #expect(complaint == [
            "「苦情には適宜対応します。」: 苦情通知の受け取り方は書かれていますが、報告した方への送信をどうするかが書かれていません。迷惑メールとして報告した方には直ちに任意のメールを送らないことを書いてください。",
        ])
    }

    @Test func theMessageFollowsTheQuotedSentencesLanguage() {
        let text = "会員登録した方にメルマガを送ります。\nRecipients can unsubscribe at any time."
        let result = Linter().lint(.plainDraft(path: "t.txt", text: text, mailType: .marketing))
        let optOut = result.diagnostics.filter { $0.rule == "opt-out-weak" }.map(\.message)
        #expect(optOut == [
            "'Recipients can unsubscribe at any time.' says recipients can opt out but not how; name the mechanism (an unsubscribe link in every message, List-Unsubscribe, a settings page; for transactional mail, which messages are mandatory) and say that it takes effect at once",
        ])
        let list = result.diagnostics.filter { $0.rule == "list-acquisition-weak" }.map(\.message)
        #expect(list == [
            "「会員登録した方にメルマガを送ります。」: アドレスの入手元は書かれていますが、広告メールへの同意の取り方が書かれていません。未チェックのチェックボックスや確認メールのリンクなど同意の方法と、その記録を残していることを書いてください。",
        ])
    }
}
