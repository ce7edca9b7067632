// MARK: unsubscribe-login-required

struct UnsubscribeLoginRequiredRule: LintRule {
    static let description = RuleDescription(
        id: "unsubscribe-login-required", topic: .optOut, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Unsubscribing requires logging in.",
            ja: "配信停止にログインが必要です。"),
        rationale: """
            A login wall stops people from unsubscribing, so they report spam instead. The unsubscribe \
            link must work without a password (CAN-SPAM and the Gmail/Yahoo rules say so).
            """,
        triggeringExamples: [
            RuleExample("To unsubscribe, users ↓must log in to their account settings."),
            RuleExample("配信停止するには↓マイページにログインしてください。"),
        ],
        nonTriggeringExamples: [
            RuleExample("The unsubscribe link works without logging in."),
            RuleExample("ログインしなくても配信停止できます。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        document.quotedFindings(document.occurrences(of: .loginRequired, inSentencesMentioning: .optOut)) { quote in
            LocalizedText(
                en: "'\(quote)': unsubscribing must not require a login; make the link in each email work on its own, in one click",
                ja: "「\(quote)」: 配信停止にログインを求めてはいけません。各メールのリンクだけで、ワンクリックで停止できるようにしてください。"
            )
        }
    }
}
