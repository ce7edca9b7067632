// MARK: pre-ticked-consent

/// Consent taken by default: a pre-ticked box, everyone subscribed automatically, consent by
/// silence (`ListClaims.preTicked`, which leaves out suppression lists filled automatically).
struct PreTickedConsentRule: LintRule {
    static let description = RuleDescription(
        id: "pre-ticked-consent", topic: .listAcquisition, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Consent taken with a pre-ticked box or automatic subscription.",
            ja: "最初からチェックの入ったボックスや自動登録で同意を取っています。"),
        rationale: """
            A box ticked in advance is not consent (GDPR, and Japan's 特定電子メール法 requires an \
            opt-in the recipient makes). People subscribed this way complain. Leave the box unticked.
            """,
        triggeringExamples: [
            RuleExample("The newsletter box at checkout is ↓pre-ticked."),
            RuleExample("会員登録時のメルマガ受信欄は↓あらかじめチェックされています。"),
        ],
        nonTriggeringExamples: [
            RuleExample("The newsletter box at checkout is never pre-ticked; customers tick it themselves."),
            RuleExample("The box is unchecked by default."),
            RuleExample("メルマガ受信のチェックボックスは、あらかじめチェックされていません。"),
            RuleExample("バウンスや苦情の通知を受けたアドレスは、配信停止リストへ自動で登録します。"),
            RuleExample("Bounced addresses are added automatically to our suppression list."),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        document.quotedFindings(document.claims.list.preTicked) { Self.message(quote: $0) }
    }

    static func message(quote: String) -> LocalizedText {
        LocalizedText(
            en: "'\(quote)' is not consent: a box ticked in advance subscribes people who never chose to; leave the box unticked and say so",
            ja: "「\(quote)」は同意とみなされません。あらかじめチェックされた欄では本人の意思で登録したことになりません。チェックを外した状態にし、その旨を書いてください。"
        )
    }
}
