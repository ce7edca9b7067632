// MARK: relay-without-controls

/// Mail that other people write or address (forwarders, fax or SMS bridges, hosted mailboxes,
/// forms that mail any address typed in), with no word on what stops it carrying spam.
struct RelayWithoutControlsRule: LintRule {
    static let description = RuleDescription(
        id: "relay-without-controls", topic: .content, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Mail that other people write or address is relayed, with no word on abuse controls.",
            ja: "他人が書いた、または他人が宛先を決めるメールを中継しますが、不正利用対策が書かれていません。"),
        rationale: """
            A service that sends what its users or strangers write (an inbound-mail forwarder, a \
            fax-to-email or SMS bridge, a hosted mailbox, a form that mails any address typed in) can \
            carry spam under your name; AWS refused such a forwarder without giving reasons. Say what \
            prevents abuse: verified destinations only, per-user rate limits, spam filtering, suspension.
            """,
        triggeringExamples: [
            RuleExample("Our service ↓forwards incoming mail for our customers' domains to their Gmail inboxes."),
            RuleExample("Customers receive ↓incoming faxes as PDF attachments by email."),
            RuleExample("お客様宛ての↓FAXをPDFにしてメールで転送するサービスです。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Incoming faxes are emailed as PDFs only to the account owner's verified address, with a per-account rate limit."),
            RuleExample("FAXは登録済みのアドレスにのみ転送し、1アカウントあたりの送信上限を設けています。"),
            RuleExample("We send receipts to customers who placed an order."),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        document.uncontrolledRelayFinding { quote in LocalizedText(
            en: "'\(quote)': the service sends mail other people write or address; say what prevents abuse (only verified destinations, per-user rate limits, spam filtering, suspending abusers), or a reviewer will treat it as an open relay",
            ja: "「\(quote)」: 他人が書いた、または他人が宛先を決めるメールを送るサービスです。不正利用を防ぐ仕組み(確認済みの宛先のみ、利用者ごとの送信上限、迷惑メールの判定、不正利用者の停止)を書かないと、踏み台になりうるサービスと判断されます。"
        ) }
    }
}
