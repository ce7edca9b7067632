// MARK: bounce-handling-missing

struct BounceHandlingMissingRule: LintRule {
    static let description = RuleDescription(
        id: "bounce-handling-missing", topic: .bounceHandling, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The text never says what happens when a message bounces.",
            ja: "メールがバウンスしたときの対応が書かれていません。"),
        rationale: """
            AWS asks how you handle bounces, and pauses accounts whose bounce rate nears 10% (keep it \
            under 5%). Say how bounce notices reach you (SNS, a configuration-set event destination, \
            your list tool's SES integration) and that a hard bounce stops all mail to that address.
            """,
        missingAnswer: .bounceHandling,
        triggeringExamples: [
            RuleExample("↓We do not handle bounces yet."),
            RuleExample("↓Bounces: not yet."),
            RuleExample("↓バウンス処理は行っていません。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Bounce events reach an SNS topic; a permanent bounce puts the address on our do-not-send list."),
            RuleExample("We never mail a hard-bounced address again."),
            RuleExample("バウンス通知をSNSで受け取り、ハードバウンスのアドレスには以後一切送信しません。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText,
              !document.answers(topic: .bounce, field: .bounceHandling, evidence: [.handlingAction, .stopSending, .addressEffect]),
              !document.refusesDelivery(topic: .bounce, field: .bounceHandling),
              // Under a heading ("【バウンス・苦情】", "Bounces"), the answer is in the lines that follow it.
              document.claims.answer(.bounces).stated.isEmpty else { return [] }
        return [LintFinding(place: .document(field: .bounceHandling), message: LocalizedText(
            en: "the text does not say how bounces are handled; say how bounce notices reach you (SNS or a configuration-set event destination) and that a hard bounce stops all mail to that address",
            ja: "バウンス(不達)の扱いが書かれていません。バウンス通知の受け取り方(SNS、設定セットのイベント送信先など)と、ハードバウンスのアドレスには以後送信しないことを書いてください。"
        ))]
    }
}
