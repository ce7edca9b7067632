// MARK: volume-numbers-missing

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
        let figures = document.numbers.contains(where: \.isVolume)
        guard !figures else { return [] }
        return [LintFinding(place: .document(field: .sendingRationale), message: LocalizedText(
            en: "no sending figures are given; state messages per day (now and expected) and the peak per second, e.g. \"about 4,000 a day, 3/s at peak; asking 12,000/day and 8/s\"",
            ja: "送信数が書かれていません。1日あたりの通数(現在と見込み)とピーク時の秒間通数を書いてください(例:「現在1日約4,000通、ピーク秒間3通。1日12,000通・秒間8通を申請」)。"
        ))]
    }
}

// MARK: volume-rationale-missing

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
        ],
        nonTriggeringExamples: [
            RuleExample("We currently send about 4,000 a day and expect to triple that within a year, so we ask for 12,000/day."),
            RuleExample("We have 3,000 subscribers and send each of them one digest a day: 3,000 emails per day."),
            RuleExample("現在1日約4,000通、ピーク秒間3通。1年分の成長を見込み1日12,000通・秒間8通を申請します。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText else { return [] }
        let volumeNumbers = document.numbers.filter(\.isVolume)
        guard document.document.dailyVolume != nil || document.document.peakPerSecond != nil || !volumeNumbers.isEmpty else { return [] }
        if document.numbers.contains(where: { $0.kind == .audience }) { return [] }
        // Today's volume beside the figure asked for is a reason ("about 20 a day; we ask for 200 a day").
        if Set(document.numbers.filter { $0.kind == .perDay }.map(\.value)).count >= 2 { return [] }
        if let rationale = document.section(for: .sendingRationale) {
            if rationale.matches(.rationale).contains(where: { !$0.negated }) || !rationale.numbers.isEmpty { return [] }
        } else {
            // Plain draft: reasoning in a sentence that carries a figure or talks about volume.
            for section in document.sections {
                var sentences = Set(section.numbers.filter(\.isVolume).map(\.sentence))
                sentences.formUnion(section.matches(.volumeWord).map(\.sentence))
                if section.matches(.rationale).contains(where: { !$0.negated && sentences.contains($0.sentence) }) { return [] }
            }
        }
        return [LintFinding(place: .document(field: .sendingRationale), message: LocalizedText(
            en: "the volume is given without reasons; explain it (recipients × messages each, current volume, peaks such as sales or launches, expected growth)",
            ja: "送信数の根拠が書かれていません。受信者数×1人あたりの通数、現在の実績、セールなどのピーク、今後の増加見込みから説明してください。"
        ))]
    }
}

// MARK: volume-unbounded

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
            ja: "「\(quote)」は具体的な数値ではありません。必要な1日の通数とピーク秒間通数を根拠とともに申請し、増えたら追加申請してください。"
        )
    }
}

// MARK: volume-inconsistent

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
        ]
    )

    /// A count below this ("4 staff", "12 sites") is rarely the list being mailed; the quota is not weighed against it.
    static let smallestAudience: Double = 100

    func findings(in document: PreparedDocument) -> [LintFinding] {
        let place = FindingPlace.document(field: .sendingRationale)
        var result: [LintFinding] = []
        if let daily = document.dailyFigure, let peak = document.peakFigure, peak > 0 {
            if daily > peak * 86_400 {
                let most = peak * 86_400
                result.append(LintFinding(place: place, message: LocalizedText(
                    en: "a peak of \(grouped(peak))/s sends at most \(grouped(most)) a day, less than the \(grouped(daily)) a day requested; raise the rate or lower the daily figure so they agree",
                    ja: "ピーク秒間\(grouped(peak))通では1日最大\(grouped(most))通しか送れず、申請の1日\(grouped(daily))通に届きません。秒間通数か1日の通数を見直して整合させてください。"
                )))
            } else if peak > daily {
                result.append(LintFinding(place: place, message: LocalizedText(
                    en: "the peak rate (\(grouped(peak))/s) is more than the whole day's volume (\(grouped(daily))); check both figures",
                    ja: "ピーク秒間通数(\(grouped(peak)))が1日の通数(\(grouped(daily)))を上回っています。両方の数値を確認してください。"
                ), severity: .warning))
            }
        }
        if let daily = document.dailyFigure,
           let audience = document.numbers.filter({ $0.kind == .audience }).map(\.value).max(), audience >= Self.smallestAudience,
           daily > audience * 10, daily - audience > 1000 {
            result.append(LintFinding(place: place, message: LocalizedText(
                en: "\(grouped(daily)) a day is more than 10 messages a day for each of the \(grouped(audience)) recipients described; ask for what the audience needs, or explain the difference",
                ja: "1日\(grouped(daily))通は、記載の受信者\(grouped(audience))人に1人1日10通以上送る計算です。受信者数に見合う通数を申請するか、差の理由を説明してください。"
            ), severity: .warning))
        }
        return result
    }
}
