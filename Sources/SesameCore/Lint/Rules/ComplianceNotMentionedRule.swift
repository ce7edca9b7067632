// MARK: compliance-not-mentioned

struct ComplianceNotMentionedRule: LintRule {
    static let description = RuleDescription(
        id: "compliance-not-mentioned", topic: .compliance, defaultSeverity: .info, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Marketing mail with no word on the law that applies (CAN-SPAM, GDPR, Japan's Act on Specified Electronic Mail …).",
            ja: "マーケティングメールなのに、適用される法律(CAN-SPAM、GDPR、特定電子メール法など)に触れていません。"),
        rationale: """
            Naming no law is not a reason to deny, but a sentence on the rules you meet (sender name \
            and postal address in each message, consent records, unsubscribes honoured) reassures.
            """,
        triggeringExamples: [
            RuleExample("↓Subscribers get a monthly newsletter.", mailType: .marketing),
            RuleExample("↓購読者に毎月ニュースレターを送ります。", mailType: .marketing),
        ],
        nonTriggeringExamples: [
            RuleExample("Every newsletter shows our postal address, as CAN-SPAM requires.", mailType: .marketing),
            RuleExample("広告メールには特定電子メール法に従い送信者の名称と住所を記載しています。", mailType: .marketing),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        // A profile's `compliance.specified_email_act` section is rendered into the description: it names the law.
        guard document.mailType == .marketing, document.hasText, document.document.specifiedEmailAct == nil,
              !document.contains(.law) else { return [] }
        return [LintFinding(place: .document(field: nil), message: LocalizedText(
            en: "no law or rule is mentioned; consider a sentence on what you meet (CAN-SPAM, GDPR/PECR, CASL: sender name and postal address in each message, consent records, unsubscribes honoured)",
            ja: "準拠する法令に触れていません。特定電子メール法(送信者の名称・住所・受信拒否の連絡先の表示、同意記録の保存)など、守っている内容を一文加えることを検討してください。"
        ))]
    }
}
