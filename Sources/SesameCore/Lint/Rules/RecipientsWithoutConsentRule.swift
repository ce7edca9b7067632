// MARK: recipients-without-consent

/// The recipients are people who never asked for the mail: a bought, rented, scraped, partner or
/// trade-fair list, every contact the company holds, or a pre-ticked box. Review criteria: flag
/// this topic *and* list-acquisition, where the list's own rules report the source.
struct RecipientsWithoutConsentRule: LintRule {
    static let description = RuleDescription(
        id: "recipients-without-consent", topic: .recipients, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Recipients who never asked for the mail: people on a bought, scraped, partner or trade-fair list, or ticked in by default.",
            ja: "メールを求めていない受信者(購入、スクレイピング、パートナー、展示会のリストに載っている人や、初期設定のチェックで登録された人)に送ろうとしています。"),
        rationale: """
            A reviewer asks of every recipient why they expect the mail. People whose addresses came \
            from a list vendor, a partner, a trade fair, a web page or a pre-ticked box have no such \
            reason: they complain, and the account is paused. Mail only people who asked you.
            """,
        triggeringExamples: [
            RuleExample("We email the visitors whose business cards we collected at ↓trade fairs."),
            RuleExample("We also send offers to contacts ↓provided by our partners."),
            RuleExample("↓グループ会社の顧客リストにも案内を送ります。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Only people who ordered from us or created an account get these emails."),
            RuleExample("We never use business cards or partner lists."),
            RuleExample("受信者は、当店で注文または会員登録をしたご本人のみです。"),
        ]
    )

    static let concepts: [Concept] = [.purchasedList, .consentNotRequired]

    func findings(in document: PreparedDocument) -> [LintFinding] {
        let first = Self.concepts.flatMap { document.occurrences(of: $0, polarity: .unhedged) }
            .min { ($0.section, $0.start) < ($1.section, $1.start) }
        guard let match = first else { return [] }
        let quote = document.sections[match.section].quote(match)
        return [document.finding(at: match, LocalizedText(
            en: "'\(quote)': these recipients never asked for mail from you; say who receives the mail and why each expects it, and mail only people who gave you their address themselves",
            ja: "「\(quote)」の受信者は、御社からのメールを希望していません。誰が受信し、なぜそのメールを期待しているのかを書き、ご本人から直接アドレスを受け取った方だけに送ってください。"
        ))]
    }
}
