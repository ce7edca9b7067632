// MARK: recipients-unvetted

/// A relay's recipients are whoever its users (or strangers) address: nobody vets them.
struct RecipientsUnvettedRule: LintRule {
    static let description = RuleDescription(
        id: "recipients-unvetted", topic: .recipients, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The recipients are whoever the service's users address, and nothing vets them.",
            ja: "受信者はサービスの利用者が指定した相手で、誰も確認していません。"),
        rationale: """
            When a relay, bridge or form mails the addresses its users type in, the recipients have \
            no relationship with you and may never have asked for anything. Say who the destinations \
            are (the account owner's own verified address) and what stops anyone else being mailed.
            """,
        triggeringExamples: [
            RuleExample("Users can send messages from their ↓hosted mailbox to any address they like."),
            RuleExample("フォームに入力された↓任意のアドレスにも控えを自動送信します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Hosted mailboxes send only to recipients who have verified their address, with a daily cap per user."),
            RuleExample("控えは本人確認済みのアドレスにのみ送信します。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        document.uncontrolledRelayFinding { quote in LocalizedText(
            en: "'\(quote)': the recipients are whoever the users address, not people who asked you for mail; say who the destinations are (the account owner's verified address) and what stops anyone else being mailed",
            ja: "「\(quote)」: 受信者は利用者が指定した相手で、御社にメールを求めた方ではありません。宛先が誰か(利用者本人の確認済みアドレスなど)と、それ以外に送られない仕組みを書いてください。"
        ) }
    }
}
