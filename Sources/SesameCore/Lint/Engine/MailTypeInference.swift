/// The mail type a plain draft describes, when none was declared, and why.
public struct MailTypeInference: Hashable, Sendable {
    public var mailType: MailType
    /// The phrases that decided it, as written in the draft (at most three, most frequent first).
    public var evidence: [String]

    public init(mailType: MailType, evidence: [String]) {
        self.mailType = mailType
        self.evidence = evidence
    }

    /// "TRANSACTIONAL (inferred: order confirmations, receipts)", for the CLI.
    public var summary: String {
        "\(mailType.rawValue) (inferred: \(evidence.joined(separator: ", ")))"
    }

    /// Counts affirmed marketing and transactional phrases; marketing wins only with more
    /// mentions, so a transactional service that mentions a newsletter stays transactional.
    /// No signal either way gives nil.
    static func infer(sections: [PreparedSection]) -> MailTypeInference? {
        var marketing: [String: Int] = [:]
        var transactional: [String: Int] = [:]
        var order: [String] = []
        for section in sections {
            for m in section.matches(.marketingSignal) where isMarketing(m, in: section) {
                let q = section.quote(m).lowercased()
                if marketing[q] == nil { order.append(q) }
                marketing[q, default: 0] += 1
            }
            for m in section.matches(.transactionalSignal) where Polarity.affirmed.accepts(m) {
                let q = section.quote(m).lowercased()
                if transactional[q] == nil { order.append(q) }
                transactional[q, default: 0] += 1
            }
        }
        let m = marketing.values.reduce(0, +)
        let t = transactional.values.reduce(0, +)
        guard m + t > 0 else { return nil }
        let winner = m > t ? marketing : transactional
        let evidence = order.filter { winner[$0] != nil }
            .enumerated()
            .sorted { (winner[$0.element]!, -$0.offset) > (winner[$1.element]!, -$1.offset) }
            .prefix(3).map(\.element)
        return MailTypeInference(mailType: m > t ? .marketing : .transactional, evidence: Array(evidence))
    }

    /// Affirmed marketing and transactional mentions in a prepared document.
    static func counts(_ document: PreparedDocument) -> (marketing: [ConceptMatch], transactional: [ConceptMatch]) {
        let marketing = document.matches(.marketingSignal).filter { match in
            isMarketing(match, in: document.sections[match.section])
        }
        return (marketing, document.matches(.transactionalSignal).filter(Polarity.affirmed.accepts))
    }

    /// Whether an occurrence of a marketing word speaks of marketing mail this request is for:
    /// affirmed, not a sale or a campaign named as a time of year (「セール時期は3万通を超える」,
    /// "during the sale season"), not the verb "offers" or "deals with" ("Acme offers accounting
    /// software"), and not mail its sentence sends elsewhere ("our newsletter goes out through a
    /// separate provider, not through SES", 「メルマガは別のサービスで配信しており、今回の対象外です」).
    static func isMarketing(_ match: ConceptMatch, in section: PreparedSection) -> Bool {
        let text = section.folded.scalars
        return Polarity.affirmed.accepts(match) && !isSeason(match, in: text) && !isVerb(match, in: text)
            && section.matches(.sentElsewhere, inSentence: match.sentence).isEmpty
    }

    /// Words after a marketing word that make it a period of time.
    static let seasonWords: [Scalars] = scalarWords(["時期", "期間", "シーズン", "の時期", "の期間", " season", " period"])

    static func isSeason(_ match: ConceptMatch, in text: [Unicode.Scalar]) -> Bool {
        seasonWords.contains { text.has($0, at: match.end) }
    }

    /// Marketing words that are also verbs: "offers" (a platform offers a tool), "deals" (deals with).
    static let verbForms: [Scalars] = scalarWords(["offers", "deals"])
    /// Words after which "offers" is a noun: a modifier ("member offers", "exclusive offers"), a
    /// determiner or preposition ("our offers", "with offers"), or a verb of sending ("we send offers").
    static let nounModifiers: Set<String> = [
        "special", "exclusive", "latest", "new", "seasonal", "personalised", "personalized", "partner", "promotional",
        "limited", "member", "members", "discount", "sales", "product", "occasional", "relevant", "marketing",
        "commercial", "targeted", "tailored", "best", "holiday", "weekly", "monthly", "and", "or", "with", "about", "of",
        "for", "including", "send", "sends", "sending", "receive", "receives", "receiving", "our", "your", "their", "any",
        "no", "other", "such", "these", "those", "get", "gets", "like",
    ]
    /// Words after "offers" that end its noun phrase: "offers to subscribers", "offers and news".
    static let nounFollowers: Set<String> = ["and", "or", "to", "from", "via", "by", "in", "on", "for", "are", "is", "will", "we", "that", "which"]

    /// Whether the marketing word is the verb "offers" ("Acme offers accounting software", "the app
    /// also offers a dashboard") or "deals" before "with": no noun sign before it, none after it.
    static func isVerb(_ match: ConceptMatch, in text: [Unicode.Scalar]) -> Bool {
        guard verbForms.contains(where: { $0.count == match.end - match.start && text.has($0, at: match.start) }) else { return false }
        let next = word(from: match.end, in: text)
        if text.has(Scalars("deals".unicodeScalars), at: match.start) { return next == "with" }
        guard let next else { return false }
        if nounFollowers.contains(next) { return false }
        return !(previousWord(before: match.start, in: text).map(nounModifiers.contains) ?? false)
    }

    /// The word starting after the spaces at `position`, or nil at punctuation or the end.
    private static func word(from position: Int, in text: [Unicode.Scalar]) -> String? {
        var p = position
        while p < text.count, text[p] == " " { p += 1 }
        guard let end = EnglishUnits.wordEnd(in: text, at: p) else { return nil }
        return String(String.UnicodeScalarView(text[p..<end]))
    }

    /// The word that ends before the spaces before `position`.
    private static func previousWord(before position: Int, in text: [Unicode.Scalar]) -> String? {
        var end = position
        while end > 0, text[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, TextFolding.isWordScalar(text[start - 1]) { start -= 1 }
        return start < end ? String(String.UnicodeScalarView(text[start..<end])) : nil
    }
}
