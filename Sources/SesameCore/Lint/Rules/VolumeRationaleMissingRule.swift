struct VolumeRationaleMissingRule: LintRule {
    static let description = RuleDescription(
        id: "volume-rationale-missing", topic: .sendingVolume, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Figures without the reasoning behind them.",
            ja: "数値はありますが、その根拠が書かれていません。"),
        rationale: """
            AWS: ask only for what you need; bigger asks need more justification. Explain the figure \
            (users or subscribers × frequency, current volume elsewhere, seasonal peaks, growth).
            """,
        missingAnswer: .sendingRationale,
        triggeringExamples: [
            RuleExample("↓We need 50,000 emails per day."),
            RuleExample("↓1日50,000通の送信枠を希望します。"),
            RuleExample("↓We have 60,000 subscribers and expect to send 60,000 emails a day."),
            RuleExample("↓会員約35,000名に1日35,000通の送信を想定しています。"),
        ],
        nonTriggeringExamples: [
            RuleExample("We currently send about 4,000 a day and expect to triple that within a year, so we ask for 12,000/day."),
            RuleExample("We have 3,000 subscribers and send each of them one digest a day: 3,000 emails per day."),
            RuleExample("現在1日約4,000通、ピーク秒間3通。1年分の成長を見込み1日12,000通・秒間8通を申請します。"),
            RuleExample("Each booking gets two emails, and we take about 350 bookings a day."),
            RuleExample("予約1件につき2通、予約は1日約350件です。"),
            RuleExample("We send 20 to 50 emails a day."),
            RuleExample("1日数十通です。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText else { return [] }
        let reasoning = VolumeReasoning(document)
        guard reasoning.hasFigures, !reasoning.isReasoned else { return [] }
        // The sentence with the largest figure is the one a reviewer reads for the reason.
        guard let figure = reasoning.figures.max(by: { ($0.dailyMessages ?? $0.value) < ($1.dailyMessages ?? $1.value) }) else {
            return [LintFinding(place: .document(field: .sendingRationale), message: LocalizedText(
                en: "the volume is given without reasons; explain it (recipients × messages each, current volume, peaks such as sales or launches, expected growth)",
                ja: "送信数の根拠が書かれていません。受信者数×1 人あたりの通数、現在の実績、セールなどのピーク、今後の増加見込みから説明してください。"
            ))]
        }
        let section = document.sections[figure.section]
        let sentence = section.sentences[figure.sentence]
        let quote = section.sentenceQuote(sentence)
        let place = FindingPlace.text(section: figure.section, offset: section.originalOffset(sentence.lowerBound))
        if reasoning.isEstimated(figure) {
            return [LintFinding(place: place, message: LocalizedText(
                en: "'\(quote)' says how much you expect to send, not why; an estimate is no reason: explain the figure (recipients × messages each, current volume, peaks such as sales or launches, expected growth)",
                ja: "「\(quote)」は見込みの送信数だけで、その根拠が書かれていません。受信者数×1 人あたりの通数、現在の実績、セールなどのピーク、今後の増加見込みから説明してください。"
            ))]
        }
        return [LintFinding(place: place, message: LocalizedText(
            en: "'\(quote)' gives the volume but no reason for it; explain the figure (recipients × messages each, current volume, peaks such as sales or launches, expected growth)",
            ja: "「\(quote)」には送信数がありますが、その根拠が書かれていません。受信者数×1 人あたりの通数、現在の実績、セールなどのピーク、今後の増加見込みから説明してください。"
        ))]
    }
}
