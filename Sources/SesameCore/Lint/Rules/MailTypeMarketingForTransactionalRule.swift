// MARK: mail-type-marketing-for-transactional

struct MailTypeMarketingForTransactionalRule: LintRule {
    static let description = RuleDescription(
        id: "mail-type-marketing-for-transactional", topic: .mailType, defaultSeverity: .info, languages: [.en, .ja],
        summary: LocalizedText(
            en: "MARKETING declared for purely transactional mail.",
            ja: "トランザクションメールだけなのに MARKETING と申告しています。"),
        rationale: """
            Harmless, but MARKETING invites questions about unsubscribe links and consent that do \
            not apply to password resets or receipts. TRANSACTIONAL describes such traffic better.
            """,
        triggeringExamples: [
            RuleExample("↓We only send password reset emails.", mailType: .marketing),
            RuleExample("↓パスワード再設定のメールのみを送信します。", mailType: .marketing),
        ],
        nonTriggeringExamples: [
            RuleExample("We send a monthly newsletter and password reset emails.", mailType: .marketing),
            RuleExample("毎月のメルマガとパスワード再設定のメールを送ります。", mailType: .marketing),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.document.declaredMailType == .marketing else { return [] }
        let (marketing, transactional) = MailTypeInference.counts(document)
        guard marketing.isEmpty, !transactional.isEmpty else { return [] }
        return [LintFinding(place: .document(field: nil), message: LocalizedText(
            en: "MARKETING is declared but the text describes only transactional mail; TRANSACTIONAL fits this traffic better",
            ja: "MARKETING で申請していますが、本文は取引メールのみを説明しています。TRANSACTIONAL の方が実態に合っています。"
        ))]
    }
}
