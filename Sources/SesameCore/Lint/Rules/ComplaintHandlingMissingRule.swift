// MARK: complaint-handling-missing

struct ComplaintHandlingMissingRule: LintRule {
    static let description = RuleDescription(
        id: "complaint-handling-missing", topic: .complaintHandling, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The text never says what happens when someone reports a message as spam.",
            ja: "受信者がメールを迷惑メールとして報告したときの対応が書かれていません。"),
        rationale: """
            AWS asks how you handle complaints; keep the complaint rate far under 0.1% (AWS may pause \
            near 0.5%). Say that complaint notices reach you (SES forwards ISP feedback; SNS) and that \
            a complainer gets no further optional mail.
            """,
        missingAnswer: .complaintHandling,
        triggeringExamples: [
            RuleExample("↓We have no process for spam reports."),
            RuleExample("↓苦情への対応は特にありません。"),
        ],
        nonTriggeringExamples: [
            RuleExample("A spam report stops all marketing to that person at once; we review reports weekly."),
            RuleExample("迷惑メール報告があったアドレスは即時に配信を止め、週次で原因を確認します。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText,
              !document.answers(topic: .complaint, field: .complaintHandling, evidence: [.handlingAction, .stopSending, .addressEffect]),
              !document.refusesDelivery(topic: .complaint, field: .complaintHandling),
              // Under a heading ("【バウンス・苦情】", "Bounces"), the answer is in the lines that follow it.
              document.claims.answer(.complaints).stated.isEmpty else { return [] }
        return [LintFinding(place: .document(field: .complaintHandling), message: LocalizedText(
            en: "the text does not say how complaints (spam reports) are handled; say how complaint notices reach you (SNS, feedback forwarding) and that a complainer gets no further optional mail",
            ja: "苦情(迷惑メール報告)の扱いが書かれていません。苦情通知の受け取り方(SNS など)と、報告した方には以後任意のメールを送らないことを書いてください。"
        ))]
    }
}
