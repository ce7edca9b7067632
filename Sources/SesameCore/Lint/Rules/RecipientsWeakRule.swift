// MARK: recipients-weak

/// Recipients named only generically ("our users", 「サービス利用者」) with nothing on how they
/// became users, an audience defined by interest, or marketing recipients with no word on consent.
struct RecipientsWeakRule: WeakAnswerRule {
    static let question = AnswerQuestion.recipients
    static var missingRule: any LintRule { RecipientsMissingRule() }

    static let description = RuleDescription(
        id: "recipients-weak", topic: .recipients, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Recipients are named, but not how they came to you, or (for marketing) that they asked for this mail.",
            ja: "受信者には触れていますが、どのように関わった方か、(広告メールなら)受信を希望したかが書かれていません。"),
        rationale: """
            "Our users", "customers" or 「サービス利用者」 say who, not why they expect the mail. \
            Reviewers want the relationship (they ordered, created an account, booked, signed up) \
            and, for marketing mail, that they asked for it: a customer who once bought something did \
            not ask for a newsletter, and "people who have shown interest" are leads.
            """,
        missingAnswer: .recipients,
        triggeringExamples: [
            RuleExample("↓We send product news to our users.", mailType: .marketing),
            RuleExample("↓Our newsletter goes to customers who have shown interest in our services.", mailType: .marketing),
            RuleExample("↓The recipients are our customers.", mailType: .transactional),
            RuleExample("↓配信対象はサービス利用者です。", mailType: .transactional),
            RuleExample("↓配信対象: 当社に関心を持っていただいた企業のご担当者様", mailType: .marketing),
        ],
        nonTriggeringExamples: [
            RuleExample("Receipts go only to customers who placed an order in our shop.", mailType: .transactional),
            RuleExample("Subscribers signed up on our site and confirmed with a confirmation link.", mailType: .marketing),
            RuleExample("受信者は、当店で注文または会員登録をしたご本人のみです。", mailType: .transactional),
            RuleExample("Q. 受信者は？\nA. 教室に通う生徒の保護者で、入会時に連絡先を登録した方です。", mailType: .transactional),
        ]
    )

    static func message(quote: String, missing: [AnswerQuestion.Part]) -> LocalizedText {
        if missing.contains(.relationship) {
            return LocalizedText(
                en: "'\(quote)' names the recipients but not how they came to you; say what each did to get the mail (ordered, created an account, booked, signed up)\(missing.contains(.consent) ? " and how they asked for marketing mail" : "")",
                ja: "「\(quote)」は受信者に触れていますが、どのように御社と関わった方なのかが書かれていません。注文、会員登録、予約、購読の申し込みなど、メールを受け取る理由になった行動\(missing.contains(.consent) ? "と、広告メールの受信に同意した方法" : "")を書いてください。")
        }
        return LocalizedText(
            en: "'\(quote)': the text says how the recipients came to you but not that they asked for marketing mail; a purchase or an account is not consent to a newsletter, so say how they opted in",
            ja: "「\(quote)」: 受信者との関係は書かれていますが、広告メールの受信に同意したことが書かれていません。購入や会員登録はメルマガへの同意ではないため、同意の取り方を書いてください。")
    }
}
