struct VolumeNumbersMissingRule: LintRule {
    static let description = RuleDescription(
        id: "volume-numbers-missing", topic: .sendingVolume, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "No figures for daily volume or peak rate.",
            ja: "1 日の送信数やピーク時の送信レートの数値がありません。"),
        rationale: """
            AWS asks how you chose the quota and rate you request. A reviewer needs numbers: messages \
            a day now and expected, and the peak per second.
            """,
        missingAnswer: .sendingRationale,
        triggeringExamples: [
            RuleExample("↓We send a modest amount of email."),
            RuleExample("↓送信数はそれほど多くありません。"),
        ],
        nonTriggeringExamples: [
            RuleExample("We send about 300 emails a day."),
            RuleExample("We send receipts.", dailyVolume: 300),
            RuleExample("1日あたり約300通を送信します。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText, document.document.dailyVolume == nil, document.document.peakPerSecond == nil else { return [] }
        guard !VolumeReasoning(document).hasFigures else { return [] }
        // 「送信数はそれほど多くありません」, "a modest amount of email": the sentence that talks about volume.
        let talk = document.sections.lazy.flatMap { section in
            // "bounce rates within limits" is about bounces, not the volume.
            section.matches(.volumeWord).lazy.filter { match in
                !match.conditional && !VolumeReasoning.isAboutBouncesOrComplaints(match.sentence, in: section)
            }.map { (section, $0.sentence) }
        }.first
        guard let (section, index) = talk else {
            return [LintFinding(place: .document(field: .sendingRationale), message: LocalizedText(
                en: "no sending figures are given; state messages per day (now and expected) and the peak per second, e.g. \"about 4,000 a day, 3/s at peak; asking 12,000/day and 8/s\"",
                ja: "送信数が書かれていません。1 日あたりの通数(現在と見込み)とピーク時の秒間通数を書いてください(例:「現在 1 日約 4,000 通、ピーク秒間 3 通。1 日 12,000 通・秒間 8 通を申請」)。"
            ))]
        }
        let sentence = section.sentences[index]
        let quote = section.sentenceQuote(sentence)
        return [LintFinding(place: .text(section: section.index, offset: section.originalOffset(sentence.lowerBound)), message: LocalizedText(
            en: "'\(quote)' talks about the volume but gives no figures; state messages per day (now and expected) and the peak per second, e.g. \"about 4,000 a day, 3/s at peak; asking 12,000/day and 8/s\"",
            ja: "「\(quote)」は送信数に触れていますが、数値がありません。1 日あたりの通数(現在と見込み)とピーク時の秒間通数を書いてください(例:「現在 1 日約 4,000 通、ピーク秒間 3 通。1 日 12,000 通・秒間 8 通を申請」)。"
        ))]
    }
}
