// MARK: recipients-missing

/// No sentence says who receives the mail.
struct RecipientsMissingRule: LintRule {
    static let description = RuleDescription(
        id: "recipients-missing", topic: .recipients, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The text never says who receives the mail.",
            ja: "誰にメールを送るのかが書かれていません。"),
        rationale: """
            A reviewer's first question of any mail is who gets it and why they expect it. Name the \
            kinds of recipient (buyers, account holders, subscribers, patients, parents) and how each \
            came to you.
            """,
        missingAnswer: .recipients,
        triggeringExamples: [
            RuleExample("↓We want to test sending emails with Amazon SES from our new app."),
            RuleExample("↓新しいアプリからのメール送信を試したいです。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Only people who ordered from our shop receive these emails."),
            RuleExample("当院を受診した患者さまに、予約日の前日にリマインダーを送ります。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText, !document.claims.answer(.recipients).isMentioned else { return [] }
        return [LintFinding(place: .document(field: .recipients), message: LocalizedText(
            en: "the text never says who receives the mail; name the kinds of recipient (buyers, account holders, subscribers) and how each came to you (an order, an account, a sign-up)",
            ja: "誰にメールを送るのかが書かれていません。受信者の種類(購入者、会員、購読者など)と、それぞれがどのように御社と関わったのか(注文、会員登録、購読の申し込み)を書いてください。"
        ))]
    }
}
