/// Whether a document's sending figures come with a reason, read from the shape of its figures
/// first and its words second. A reviewer accepts as a reason:
/// - two different figures of one kind (today's volume and the one asked for, a normal day and a peak);
/// - a product: a factor ("two emails per booking", 「1人あたり2通」, "once a month", 「週1回」) times
///   what it multiplies (the people mailed, the events, the size of one send): "3,000 subscribers, one
///   digest a day". A factor with nothing to multiply ("a newsletter twice a month … 数千通/日") explains
///   no figure;
/// - the events that produce mail ("350 orders a day", 「出荷は1日平均1万件」);
/// - a small volume, which needs none ("20–50 a day", 「1日数十通」);
/// - a reason in words next to a figure ("based on last year's peak", 「昨年の実績から」).
/// Estimate words ("we expect", 「想定」「見込み」), words that label a figure ("a peak of 20 per
/// second", 「1日あたり最大50,000通」), growth promised without figures ("to support this growth",
/// 「会員数を考慮し」, "because our user base is growing fast"), a time ("after launch") and an
/// audience size alone are not reasons: "60,000 subscribers … 60,000 a day" says how big the list
/// is, not why that much mail. Nor is a reason word in a sentence about the bounce rate ("verified
/// so that our bounce rate stays low").
struct VolumeReasoning {
    /// Volume figures at or below this many messages a day need no reason.
    static let smallDailyVolume: Double = 100
    /// Rationale words that only say the figure is a guess.
    static let estimateWords = ["expect", "estimate", "anticipat", "forecast", "project", "見込", "想定", "予想", "予定", "予測"]
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
        hasTwoFigures || Self.isWorkedOut(document.numbers) || isSmall || hasReasonInWords
    }

    /// Whether the figures show how the volume is worked out: the events that cause mail, a volume
    /// that recurs ("3,000 every Monday"), or a factor (per unit, how often) beside a figure it
    /// multiplies (people or organisations mailed, events, the size of one send).
    static func isWorkedOut(_ numbers: [NumberMention]) -> Bool {
        if numbers.contains(where: { $0.kind == .events || $0.isVolume && $0.recurring }) { return true }
        return numbers.indices.contains { f in
            isFactor(numbers[f]) && numbers.indices.contains { b in b != f && isMultiplied(numbers[b]) }
        }
    }

    /// "two emails per booking", 「1人あたり2通」, "twice a month", 「週1回」: a factor of a calculation.
    static func isFactor(_ number: NumberMention) -> Bool {
        number.kind == .frequency || number.kind == .perUnit && !number.perSend
    }

    /// What a factor multiplies: an audience, events, or the size of one send (「1回あたり約8,000通」,
    /// 「月1回、約3,500通」: messages with no period).
    static func isMultiplied(_ number: NumberMention) -> Bool {
        number.kind == .audience || number.kind == .events || number.perSend || number.kind == .messages && number.isVolume
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
            // "so that our bounce rate stays low": a sentence about bounces or complaints gives no reason for the volume.
            sentences = sentences.filter { !Self.isAboutBouncesOrComplaints($0, in: section) }
            if section.matches(.rationale).contains(where: {
                !$0.negated && sentences.contains($0.sentence) && !Self.isEstimate($0, in: section) && !Self.isLabel($0, in: section)
                    && !Self.isVagueGrowth($0, in: section) && !Self.isTime($0, in: section)
            }) { return true }
        }
        return false
    }

    /// Whether sentence `index` of `section` talks about bounces or complaints ("bounce rates within
    /// limits", 「苦情率」): its rate words are theirs, not the volume's.
    static func isAboutBouncesOrComplaints(_ index: Int, in section: PreparedSection) -> Bool {
        !section.matches(.bounce, inSentence: index).isEmpty || !section.matches(.complaint, inSentence: index).isEmpty
    }

    /// Words before a rationale word that make it a point in time: "after launch", "upon launch", "post-launch".
    static let timeWords = ["after", "upon", "post", "until"]

    private static func isTime(_ match: ConceptMatch, in section: PreparedSection) -> Bool {
        let text = section.folded.scalars
        guard var start = wordStart(before: match.start, in: text) else { return false }
        // "after the launch", "after our launch".
        if isWord(["the", "our", "its", "their"], at: start, in: text) {
            guard let before = wordStart(before: start, in: text) else { return false }
            start = before
        }
        return isWord(timeWords, at: start, in: text)
    }

    private static func isWord(_ words: [String], at start: Int, in text: [Unicode.Scalar]) -> Bool {
        words.contains { text.hasWord($0, at: start) }
    }

    /// Where the word before `position` starts (across spaces and a hyphen: "post-launch"), if there is one.
    private static func wordStart(before position: Int, in text: [Unicode.Scalar]) -> Int? {
        var p = position
        while p > 0, TextFolding.isSpace(text[p - 1]) || text[p - 1] == "-" { p -= 1 }
        let end = p
        while p > 0, TextFolding.isWordScalar(text[p - 1]) { p -= 1 }
        return p < end ? p : nil
    }

    /// Whether the sentence of `figure` says it is an estimate ("we expect", 「想定しております」).
    func isEstimated(_ figure: NumberMention) -> Bool {
        let section = document.sections[figure.section]
        let text = section.folded.scalars
        return section.matches(.rationale, inSentence: figure.sentence).contains { match in
            Self.estimateWords.contains { text.has($0, at: match.start) }
        }
    }

    /// Growth and audience words that promise more later, or point at a number not given, rather than
    /// explain the figure: 「1日1万通程度を想定しており、今後の会員数の増加に応じて増やしていく予定」,
    /// "to support this growth", 「会員数を考慮し」. Growth with figures is two figures, read by
    /// `hasTwoFigures`; the people counted are a figure `isWorkedOut` reads.
    static let growthWords = ["grow", "growth", "増加", "増え", "増や", "成長", "会員数", "利用者数"]

    /// Words that only link a reason to the figure ("because", 「ため」「根拠は」): the reason is what
    /// they link, so "because our user base is growing fast" is as vague as the growth it links.
    static let connectiveWords = ["because", "so that", "which is why", "ため", "根拠"]

    private static func isVagueGrowth(_ match: ConceptMatch, in section: PreparedSection) -> Bool {
        let text = section.folded.scalars
        let reasons = section.matches(.rationale, inSentence: match.sentence)
        func starts(_ words: [String], _ m: ConceptMatch) -> Bool { words.contains { text.has($0, at: m.start) } }
        let growth = starts(growthWords, match)
        guard growth || starts(connectiveWords, match) && reasons.contains(where: { starts(growthWords, $0) }) else { return false }
        // A reason of another kind in the same sentence ("to allow for growth", 「実績から」) still counts.
        return !reasons.contains { other in
            !starts(estimateWords, other) && !starts(growthWords, other) && !starts(connectiveWords, other)
                && !isLabel(other, in: section) && !starts(grammarWords, other)
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
