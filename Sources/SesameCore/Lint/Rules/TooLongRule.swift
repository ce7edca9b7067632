// MARK: too-long

struct TooLongRule: LintRule {
    static let limit = ProfileSchema.useCaseDescriptionLimit
    static let description = RuleDescription(
        id: "too-long", topic: .clarity, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Over the \(limit)-character limit of the use-case description.",
            ja: "ユースケースの説明が \(limit) 文字の上限を超えています。"),
        rationale: """
            PutAccountDetails accepts at most \(limit) characters (Unicode characters, not bytes: \(limit) \
            Japanese characters are allowed). Exactly \(limit) is fine. The finding points at the first \
            character over the limit; shorten the text rather than let it be cut.
            """,
        requestOnly: true,
        triggeringExamples: [
            RuleExample(String(repeating: "a", count: limit) + "↓b", variants: false),
            RuleExample(String(repeating: "あ", count: limit) + "↓い", variants: false),
        ],
        nonTriggeringExamples: [
            RuleExample(String(repeating: "a", count: limit), variants: false),
            RuleExample(String(repeating: "あ", count: limit), variants: false),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        let count = document.characterCount
        guard count > Self.limit else { return [] }
        let message = LocalizedText(
            en: "the description is \(grouped(count)) characters, \(grouped(count - Self.limit)) over the \(Self.limit)-character limit; shorten it by at least \(grouped(count - Self.limit))",
            ja: "説明が \(grouped(count)) 文字で、上限の \(Self.limit) 文字を \(grouped(count - Self.limit)) 文字超えています。\(grouped(count - Self.limit)) 文字以上短くしてください。"
        )
        if document.sections.count == 1, document.sections[0].field == nil {
            // Point at the first character beyond the limit (counting as the form does).
            let section = document.sections[0]
            let directiveFree = section.countedScalars == section.original.count
            return [LintFinding(place: directiveFree ? .text(section: 0, offset: Self.limit) : .document(field: nil), message: message)]
        }
        return [LintFinding(place: .document(field: nil), message: message)]
    }
}
