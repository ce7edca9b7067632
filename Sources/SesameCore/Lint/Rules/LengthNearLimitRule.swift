// MARK: length-near-limit

struct LengthNearLimitRule: LintRule {
    static let description = RuleDescription(
        id: "length-near-limit", topic: .clarity, defaultSeverity: .info, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Within 500 characters of the \(TooLongRule.limit)-character limit.",
            ja: "\(TooLongRule.limit) 文字の上限まで残り 500 文字以内です。"),
        rationale: "Edits and the rendered template can push a long text over the limit; keep some room.",
        requestOnly: true,
        triggeringExamples: [
            RuleExample("↓" + String(repeating: "a", count: 4800), variants: false),
            RuleExample("↓" + String(repeating: "あ", count: 4501), variants: false),
        ],
        nonTriggeringExamples: [
            RuleExample(String(repeating: "a", count: 4500), variants: false),
            RuleExample(String(repeating: "あ", count: 5001), variants: false),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        let count = document.characterCount
        guard count > TooLongRule.limit - 500, count <= TooLongRule.limit else { return [] }
        return [LintFinding(place: .document(field: nil), message: LocalizedText(
            en: "the description is \(grouped(count)) characters, \(grouped(TooLongRule.limit - count)) under the \(TooLongRule.limit)-character limit; keep room for later edits",
            ja: "説明は \(grouped(count)) 文字で、上限の \(TooLongRule.limit) 文字まで残り \(grouped(TooLongRule.limit - count)) 文字です。今後の修正の余裕を残してください。"
        ))]
    }
}
