/// Whether a document's sending figures come with a reason, read from the shape of its figures
/// first and its words second. A reviewer accepts as a reason:
/// - two different figures of one kind (today's volume and the one asked for, a normal day and a peak);
/// - a figure counted per unit ("two emails per booking", 「1人あたり2通」);
/// - how often mail goes out ("once a month", 「週1回」, "every Tuesday");
/// - the events that produce mail ("350 orders a day", 「出荷は1日平均1万件」);
/// - a small volume, which needs none ("20–50 a day", 「1日数十通」);
/// - a reason in words next to a figure ("based on last year's peak", 「昨年の実績から」).
/// Estimate words ("we expect", 「想定」「見込み」) and an audience size alone are not reasons:
/// "60,000 subscribers … 60,000 a day" says how big the list is, not why that much mail.
struct VolumeReasoning {
    /// Volume figures at or below this many messages a day need no reason.
    static let smallDailyVolume: Double = 100
    /// Rationale words that only say the figure is a guess.
    static let estimateWords = ["expect", "estimate", "見込", "想定", "予想", "予定"]

    let document: PreparedDocument
    let figures: [NumberMention]

    init(_ document: PreparedDocument) {
        self.document = document
        figures = document.numbers.filter(\.isVolume)
    }

    /// Whether there is anything to give a reason for: a figure in the text or a declared one.
    var hasFigures: Bool {
        !figures.isEmpty || document.document.dailyVolume != nil || document.document.peakPerSecond != nil
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
        guard let daily = document.dailyFigure ?? figures.compactMap(\.dailyMessages).max() else { return false }
        return daily <= Self.smallDailyVolume
    }

    /// A rationale word (not an estimate word) in the profile's sending answer, or, in a plain
    /// draft, in a sentence that carries a volume figure or talks about volume.
    private var hasReasonInWords: Bool {
        if let rationale = document.section(for: .sendingRationale) {
            return rationale.matches(.rationale).contains { !$0.negated && !Self.isEstimate($0, in: rationale) }
        }
        for section in document.sections {
            var sentences = Set(section.numbers.filter(\.isVolume).map(\.sentence))
            sentences.formUnion(section.matches(.volumeWord).map(\.sentence))
            if section.matches(.rationale).contains(where: {
                !$0.negated && sentences.contains($0.sentence) && !Self.isEstimate($0, in: section)
            }) { return true }
        }
        return false
    }

    private static func isEstimate(_ match: ConceptMatch, in section: PreparedSection) -> Bool {
        let text = section.folded.scalars
        return estimateWords.contains { text.has($0, at: match.start) }
    }
}
