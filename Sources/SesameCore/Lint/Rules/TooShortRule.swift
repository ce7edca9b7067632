// MARK: too-short

struct TooShortRule: LintRule {
    static let minimumWeight = 400
    static let description = RuleDescription(
        id: "too-short", topic: .clarity, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The description is too short to answer the four questions.",
            ja: "説明が短すぎて、4 つの質問に答えられていません。"),
        rationale: """
            Too little detail is the most reported reason for denial. A few hundred characters cannot \
            say how the list is built, how bounces, complaints and unsubscribes are handled, and why \
            the volume. (Japanese characters count double when judging length.)
            """,
        requestOnly: true,
        triggeringExamples: [
            RuleExample("↓We send receipts to our customers."),
            RuleExample("↓注文確認メールを送ります。"),
        ],
        nonTriggeringExamples: [
            RuleExample(String(repeating: "Customers who order from our shop receive a receipt and a shipping notice. ", count: 7)),
            RuleExample(String(repeating: "当店で注文されたお客様に、注文確認と発送通知をお送りします。", count: 8)),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText else {
            // An empty draft answers nothing; an empty profile answer is the validator's to report.
            let isDraft = document.sections.count == 1 && document.sections[0].field == nil
            return isDraft ? [LintFinding(place: .document(field: nil), message: LocalizedText(
                en: "the draft is empty; write the use-case description: who you are, who gets the mail, how the list is built, how bounces, complaints and unsubscribes are handled, and why the volume",
                ja: "下書きが空です。事業内容、受信者、リストの作り方、バウンス・苦情・配信停止の扱い、送信数の根拠を書いてください。"
            ), severity: .error)] : []
        }
        let weight = document.sections.reduce(0) { $0 + $1.latinCount + 2 * $1.japaneseCount }
            + document.sections.reduce(0) { total, section in
                total + section.folded.scalars.count { !TextFolding.isSpace($0) && !Language.isJapanese($0) && !($0.value >= 0x61 && $0.value <= 0x7A) }
            }
        guard weight < Self.minimumWeight else { return [] }
        return [LintFinding(place: .document(field: nil), message: LocalizedText(
            en: "the description is very short (\(document.characterCount) characters); a reviewer needs how the list is built, how bounces, complaints and unsubscribes are handled, and why the volume",
            ja: "説明が短すぎます(\(document.characterCount) 文字)。リストの作り方、バウンス・苦情・配信停止の扱い、送信数の根拠を書いてください。"
        ))]
    }
}
