struct VolumeInconsistentRule: LintRule {
    static let description = RuleDescription(
        id: "volume-inconsistent", topic: .sendingVolume, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "A rate that cannot fit the daily figure, or a quota far beyond the audience described.",
            ja: "送信レートが 1 日の送信数と合わないか、説明している配信対象に比べて送信クォータが大きすぎます。"),
        rationale: """
            Numbers that contradict each other make a reviewer doubt the rest: a peak rate too low to \
            ever send the daily volume (rate × 86,400 < daily), a peak above the whole day's volume, or \
            hundreds of thousands a day for a few thousand readers.
            """,
        triggeringExamples: [
            RuleExample("↓We send order receipts.", dailyVolume: 200_000, peakPerSecond: 1),
            RuleExample("↓We have 3,000 subscribers.", dailyVolume: 200_000, peakPerSecond: 50),
            RuleExample("↓会員数は約3,000人です。", dailyVolume: 200_000, peakPerSecond: 50),
        ],
        nonTriggeringExamples: [
            RuleExample("We have 3,000 subscribers and send about 6,000 emails a day.", dailyVolume: 12_000, peakPerSecond: 8),
            RuleExample("会員数は約3,000人で、1日約6,000通を送ります。", dailyVolume: 12_000, peakPerSecond: 8),
            RuleExample("1,400 businesses use our invoicing software.", dailyVolume: 200_000, peakPerSecond: 50),
            RuleExample("導入企業は約800社です。", dailyVolume: 200_000, peakPerSecond: 50),
        ]
    )

    /// A count below this ("4 staff", "12 volunteers") is rarely the list being mailed; the quota is not weighed against it.
    /// Organisations ("1,400 businesses", 「導入企業約800社」) are never weighed: each mails people of its own.
    static let smallestAudience: Double = 100

    func findings(in document: PreparedDocument) -> [LintFinding] {
        let place = FindingPlace.document(field: .sendingRationale)
        var result: [LintFinding] = []
        if let daily = document.dailyFigure, let peak = document.peakFigure, peak > 0 {
            if daily > peak * 86_400 {
                let most = peak * 86_400
                result.append(LintFinding(place: place, message: LocalizedText(
                    en: "a peak of \(grouped(peak))/s sends at most \(grouped(most)) a day, less than the \(grouped(daily)) a day requested; raise the rate or lower the daily figure so they agree",
                    ja: "ピーク秒間 \(grouped(peak)) 通では 1 日最大 \(grouped(most)) 通しか送れず、申請の 1 日 \(grouped(daily)) 通に届きません。秒間通数か 1 日の通数を見直して整合させてください。"
                )))
            } else if peak > daily {
                result.append(LintFinding(place: place, message: LocalizedText(
                    en: "the peak rate (\(grouped(peak))/s) is more than the whole day's volume (\(grouped(daily))); check both figures",
                    ja: "ピーク秒間通数(\(grouped(peak)))が 1 日の通数(\(grouped(daily)))を上回っています。両方の数値を確認してください。"
                ), severity: .warning))
            }
        }
        if let daily = document.dailyFigure,
           let audience = document.numbers.filter(\.countsPeople).map(\.value).max(), audience >= Self.smallestAudience,
           daily > audience * 10, daily - audience > 1000 {
            result.append(LintFinding(place: place, message: LocalizedText(
                en: "\(grouped(daily)) a day is more than 10 messages a day for each of the \(grouped(audience)) recipients described; ask for what the audience needs, or explain the difference",
                ja: "1 日 \(grouped(daily)) 通は、記載の受信者 \(grouped(audience)) 人に 1 人 1 日 10 通以上送る計算です。受信者数に見合う通数を申請するか、差の理由を説明してください。"
            ), severity: .warning))
        }
        return result
    }
}
