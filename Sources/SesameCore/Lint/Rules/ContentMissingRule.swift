// MARK: content-missing

/// Nothing says what is sent. In a short transactional draft, or a reply on the support case,
/// reviewers rarely insist (info).
struct ContentMissingRule: LintRule {
    /// A transactional draft shorter than this is judged on its four answers; content is a note.
    static let shortDraft = 700

    static let description = RuleDescription(
        id: "content-missing", topic: .content, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The text never says what kinds of message are sent.",
            ja: "どのような種類のメールを送るのかが書かれていません。"),
        rationale: """
            Reviewers ask for examples when they cannot tell what the mail is. Name the kinds of \
            message, how often each goes out, and give a sample subject line. In a short \
            transactional draft, or a reply that answers other questions, this is only a note.
            """,
        missingAnswer: .content,
        triggeringExamples: [
            RuleExample("↓We would like to move our account out of the sandbox to start sending to our users.", mailType: .marketing),
            RuleExample("↓サンドボックスを解除して、ユーザーへの送信を始めたいと考えています。", mailType: .marketing),
        ],
        nonTriggeringExamples: [
            RuleExample("We send password reset emails to account holders.", mailType: .transactional),
            RuleExample("会員の方に毎月ニュースレターで新着記事を紹介します。", mailType: .marketing),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText, document.claims.content.verdict == .missing else { return [] }
        // A reply answers the reviewer's questions: it need not describe the mail again.
        let note = document.document.kind == .reply
            || document.mailType == .transactional && document.characterCount < Self.shortDraft
        return [LintFinding(place: .document(field: .content), message: LocalizedText(
            en: "the text never says what the messages are; name the kinds of message (order confirmation, password reset, a weekly digest), how often each goes out, and a sample subject line",
            ja: "どのようなメールを送るのかが書かれていません。注文確認、パスワード再設定、週次のダイジェストなどメールの種類と、それぞれの頻度、件名の例を書いてください。"
        ), severity: note ? .info : nil)]
    }
}
