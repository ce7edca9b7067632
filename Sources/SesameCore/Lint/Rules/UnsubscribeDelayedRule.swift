// MARK: unsubscribe-delayed

struct UnsubscribeDelayedRule: LintRule {
    static let description = RuleDescription(
        id: "unsubscribe-delayed", topic: .optOut, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Unsubscribes applied in monthly or manual batches.",
            ja: "配信停止を月 1 回や手作業でまとめて反映しています。"),
        rationale: """
            Mail after an unsubscribe draws complaints. Gmail and Yahoo expect removal within two days, \
            CAN-SPAM within ten business days, and 特定電子メール法 forbids further ads once refused. \
            Apply unsubscribes automatically and at once.
            """,
        triggeringExamples: [
            RuleExample("Unsubscribe requests are processed ↓once a month."),
            RuleExample("配信停止のご依頼は↓月末にまとめて反映します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Unsubscribes take effect at once, not once a month."),
            RuleExample("配信停止は即時に反映され、月末にまとめて処理することはありません。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        document.quotedFindings(document.occurrences(of: .delayedRemoval, inSentencesMentioning: .optOut)) { quote in
            LocalizedText(
                en: "'\(quote)': unsubscribes must take effect at once (Gmail and Yahoo: within 2 days); remove the address automatically when the link is used",
                ja: "「\(quote)」: 配信停止は即時に反映する必要があります(Gmail・Yahoo は 2 日以内)。リンクが押された時点で自動的に配信対象から外してください。"
            )
        }
    }
}
