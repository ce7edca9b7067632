struct VolumeUnboundedRule: PhraseRule {
    static let concept = Concept.unbounded
    static let description = RuleDescription(
        id: "volume-unbounded", topic: .sendingVolume, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Asking for \"the maximum\" or no limit instead of a figure.",
            ja: "数値ではなく「上限いっぱい」や無制限を求めています。"),
        rationale: """
            Reviewers grant what a described audience needs. "As high as possible" shows the \
            volume is not known, and reads like a bulk sender's request.
            """,
        triggeringExamples: [
            RuleExample("We would rather ↓not have any limit."),
            RuleExample("上限は↓できるだけ高く設定してください。"),
        ],
        nonTriggeringExamples: [
            RuleExample("We do not need unlimited sending; 2,000 a day is plenty."),
            RuleExample("上限を無制限にする必要はありません。"),
        ]
    )

    static func message(quote: String) -> LocalizedText {
        LocalizedText(
            en: "'\(quote)' is not a figure; ask for the daily volume and peak rate you need, with the reasoning, and request more later as you grow",
            ja: "「\(quote)」は具体的な数値ではありません。必要な 1 日の通数とピーク秒間通数を根拠とともに申請し、増えたら追加申請してください。"
        )
    }
}
