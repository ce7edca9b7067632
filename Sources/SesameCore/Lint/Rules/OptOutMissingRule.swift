// MARK: opt-out-missing

struct OptOutMissingRule: LintRule {
    static let description = RuleDescription(
        id: "opt-out-missing", topic: .optOut, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The text never says how recipients unsubscribe (or, for transactional mail, which messages are mandatory).",
            ja: "受信者が配信を停止する方法(トランザクションメールでは、どのメッセージが必須か)が書かれていません。"),
        rationale: """
            AWS asks how recipients opt out. Marketing mail needs a visible unsubscribe link in every \
            message, honoured at once. Transactional mail should say which messages are mandatory \
            (receipts, security) and how optional ones are switched off. For TRANSACTIONAL requests \
            the finding is a warning.
            """,
        missingAnswer: .optOut,
        triggeringExamples: [
            RuleExample("↓Recipients cannot unsubscribe from these emails."),
            RuleExample("↓配信停止の手段は用意していません。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Every newsletter has a one-click unsubscribe that works immediately."),
            RuleExample("Login codes are always sent; weekly reminders can be turned off in Settings."),
            RuleExample("各号のフッターにある解除リンクから、その場で配信を止められます。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText else { return [] }
        let sections = document.sections(answering: .optOut)
        let answered = sections.contains { section in
            section.matches(.optOut).contains { !$0.negated }
                || (document.mailType == .transactional && section.matches(.mandatoryMessage).contains { !$0.negated })
        }
        guard !answered else { return [] }
        return [LintFinding(
            place: .document(field: .optOut),
            message: LocalizedText(
                en: "the text does not say how recipients opt out; say that every optional message carries an unsubscribe link (one-click, no login) honoured at once, and which messages are mandatory",
                ja: "配信停止の方法が書かれていません。任意のメールには必ず配信停止リンク(ワンクリック・ログイン不要)を入れて即時に反映すること、停止できない必須のメールはどれかを書いてください。"
            ),
            severity: document.mailType == .transactional ? .warning : nil
        )]
    }
}
