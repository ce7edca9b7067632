// MARK: recipients-without-consent

/// The recipients are people who never asked for the mail: a bought, rented, scraped, partner or
/// trade-fair list, or one handed over by a third party (`ListClaims.consentless`), or people said
/// to need no consent. Review criteria: flag this topic *and* list-acquisition, where the list's own
/// rules report the source. A pre-ticked box is list-acquisition's alone: those people did come to
/// the sender (they ordered), and only their consent to marketing is at fault.
struct RecipientsWithoutConsentRule: LintRule {
    static let description = RuleDescription(
        id: "recipients-without-consent", topic: .recipients, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Recipients who never asked for the mail: people on a bought, scraped, partner or trade-fair list.",
            ja: "メールを求めていない受信者(購入、スクレイピング、パートナー、展示会のリストに載っている人)に送ろうとしています。"),
        rationale: """
            A reviewer asks of every recipient why they expect the mail. People whose addresses came \
            from a list vendor, a partner, a trade fair or a web page have no such \
            reason: they complain, and the account is paused. Mail only people who asked you.
            """,
        triggeringExamples: [
            RuleExample("We email the visitors whose business cards we collected at ↓trade fairs."),
            RuleExample("We also send offers to ↓contacts provided by our partners."),
            RuleExample("↓グループ会社の顧客リストにも案内を送ります。"),
            RuleExample("We work with a ↓data partner who supplies a list of homeowners.", mailType: .marketing),
        ],
        nonTriggeringExamples: [
            RuleExample("Only people who ordered from us or created an account get these emails."),
            RuleExample("We never use business cards or partner lists."),
            RuleExample("受信者は、当店で注文または会員登録をしたご本人のみです。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        let admissions = document.claims.list.consentless + document.occurrences(of: .consentNotRequired, polarity: .unhedged)
        guard let match = admissions.min(by: { ($0.section, $0.start) < ($1.section, $1.start) }) else { return [] }
        let quote = document.sections[match.section].quote(match)
        return [document.finding(at: match, LocalizedText(
            en: "'\(quote)': these recipients never asked for mail from you; say who receives the mail and why each expects it, and mail only people who gave you their address themselves",
            ja: "「\(quote)」の受信者は、御社からのメールを希望していません。誰が受信し、なぜそのメールを期待しているのかを書き、ご本人から直接アドレスを受け取った方だけに送ってください。"
        ))]
    }
}
