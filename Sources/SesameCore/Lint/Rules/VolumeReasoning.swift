/// Whether a document's sending figures come with a reason, read from the shape of its figures
/// first and its words second. A reviewer accepts as a reason:
/// - two different figures of one kind (today's volume and the one asked for, a normal day and a peak);
/// - a figure counted per unit ("two emails per booking", 「1人あたり2通」);
/// - how often mail goes out ("once a month", 「週1回」, "every Tuesday");
/// - the events that produce mail ("350 orders a day", 「出荷は1日平均1万件」);
/// - a small volume, which needs none ("20–50 a day", 「1日数十通」);
/// - a reason in words next to a figure ("based on last year's peak", 「昨年の実績から」).
/// Estimate words ("we expect", 「想定」「見込み」), words that label a figure ("a peak of 20 per
/// second", 「1日あたり最大50,000通」) and an audience size alone are not reasons: "60,000 subscribers
/// … 60,000 a day" says how big the list is, not why that much mail.
struct VolumeReasoning {
    /// Volume figures at or below this many messages a day need no reason.
    static let smallDailyVolume: Double = 100
    /// Rationale words that only say the figure is a guess.
    static let estimateWords = ["expect", "estimate", "見込", "想定", "予想", "予定"]
    /// Grammar that only begins like a rationale word: 「送信量につきましては」 is "as for the volume", not 「1件につき」.
    static let grammarWords = ["につきまして"]
    /// Rationale words that, right next to a figure, only say which figure it is: "a peak of 20/s",
    /// 「1日あたり最大50,000通」「1日平均3,000通」. "Peaks during our sales" is a reason.
    static let labelWords = ["peak", "ピーク", "最大", "あたり", "当たり", "at most", "average", "平均"]
    /// How far after a figure a label still belongs to it ("20 per second at peak").
    static let labelTrail = 8

    let document: PreparedDocument
    let figures: [NumberMention]
    /// Messages a day the text works out without stating them (see `workedOut(_:)`).
    let workedOutDaily: [Double]

    init(_ document: PreparedDocument) {
        self.document = document
        figures = document.numbers.filter(\.isVolume)
        workedOutDaily = Self.workedOut(document.numbers)
    }

    /// Volumes a text gives as a product rather than a total: the size of one send, or the people
    /// mailed, times how often mail goes out (「1回あたり約8,000件、月に2回」, "each mailing goes to
    /// our 8,000 members once a month"), as messages a day.
    static func workedOut(_ numbers: [NumberMention]) -> [Double] {
        let sizes = numbers.filter { $0.perSend || $0.countsPeople }.map(\.value)
        let frequencies = numbers.filter { $0.kind == .frequency && $0.period != nil }
        // "our 8,000 members once a month": the people and how often, read as one figure.
        let mailedRecurringly = numbers.filter { $0.counted == .recipients && $0.recurring && $0.period != nil }
        return sizes.flatMap { size in frequencies.map { size * $0.value / $0.period!.days } }
            + mailedRecurringly.map { $0.value / $0.period!.days }
    }

    /// Whether there is anything to give a reason for: a figure in the text, one it works out, or a declared one.
    var hasFigures: Bool {
        !figures.isEmpty || !workedOutDaily.isEmpty || document.document.dailyVolume != nil || document.document.peakPerSecond != nil
    }

    var isReasoned: Bool {
        hasTwoFigures || document.numbers.contains(where: Self.isReasonShape) || isSmall || hasReasonInWords
    }

    /// A per-unit figure, a frequency or events: the figure is worked out, not just stated.
    static func isReasonShape(_ number: NumberMention) -> Bool {
        switch number.kind {
        case .perUnit, .frequency, .events: true
        default: number.isVolume && number.recurring
        }
    }

    /// Two different daily (or longer) figures, or two different rates.
    private var hasTwoFigures: Bool {
        var daily = Set(figures.compactMap(\.dailyMessages))
        if let declared = document.document.dailyVolume { daily.insert(Double(declared)) }
        var rates = Set(figures.filter { $0.kind == .perSecond }.map(\.value))
        if let declared = document.document.peakPerSecond { rates.insert(Double(declared)) }
        return daily.count >= 2 || rates.count >= 2
    }

    private var isSmall: Bool {
        guard let daily = document.dailyFigure ?? (figures.compactMap(\.dailyMessages) + workedOutDaily).max() else { return false }
        return daily <= Self.smallDailyVolume
    }

    /// A rationale word (not an estimate word) in the profile's sending answer, or, in a plain
    /// draft, in a sentence that carries a volume figure or talks about volume.
    private var hasReasonInWords: Bool {
        if let rationale = document.section(for: .sendingRationale) {
            return rationale.matches(.rationale).contains {
                !$0.negated && !Self.isEstimate($0, in: rationale) && !Self.isLabel($0, in: rationale)
            }
        }
        for section in document.sections {
            var sentences = Set(section.numbers.filter(\.isVolume).map(\.sentence))
            sentences.formUnion(section.matches(.volumeWord).map(\.sentence))
            if section.matches(.rationale).contains(where: {
                !$0.negated && sentences.contains($0.sentence) && !Self.isEstimate($0, in: section) && !Self.isLabel($0, in: section)
                    && !Self.isVagueGrowth($0, in: section)
            }) { return true }
        }
        return false
    }

    /// Whether the sentence of `figure` says it is an estimate ("we expect", 「想定しております」).
    func isEstimated(_ figure: NumberMention) -> Bool {
        let section = document.sections[figure.section]
        let text = section.folded.scalars
        return section.matches(.rationale, inSentence: figure.sentence).contains { match in
            Self.estimateWords.contains { text.has($0, at: match.start) }
        }
    }

    /// Growth words that, in a sentence that only estimates, promise more later rather than explain
    /// the figure: 「1日1万通程度を想定しており、今後の会員数の増加に応じて増やしていく予定」, "we expect
    /// 10,000 a day and will grow". Growth with figures is two figures, read by `hasTwoFigures`.
    static let growthWords = ["grow", "growth", "増加", "増え", "増や", "成長", "会員数", "利用者数"]

    private static func isVagueGrowth(_ match: ConceptMatch, in section: PreparedSection) -> Bool {
        let text = section.folded.scalars
        guard growthWords.contains(where: { text.has($0, at: match.start) }) else { return false }
        return section.matches(.rationale, inSentence: match.sentence).contains { other in
            estimateWords.contains { text.has($0, at: other.start) }
        } && !section.matches(.rationale, inSentence: match.sentence).contains { other in
            !estimateWords.contains { text.has($0, at: other.start) } && !growthWords.contains { text.has($0, at: other.start) }
                && !isLabel(other, in: section) && !grammarWords.contains { text.has($0, at: other.start) }
        }
    }

    /// Whether `match` is a label word next to a figure of its sentence.
    private static func isLabel(_ match: ConceptMatch, in section: PreparedSection) -> Bool {
        let text = section.folded.scalars
        guard labelWords.contains(where: { text.has($0, at: match.start) }) else { return false }
        return section.numbers.contains { figure in
            figure.sentence == match.sentence
                && ((0...NumberReader.leadReach).contains(figure.start - match.end) || (0...labelTrail).contains(match.start - figure.end))
        }
    }

    private static func isEstimate(_ match: ConceptMatch, in section: PreparedSection) -> Bool {
        let text = section.folded.scalars
        return (estimateWords + grammarWords).contains { text.has($0, at: match.start) }
    }
}
