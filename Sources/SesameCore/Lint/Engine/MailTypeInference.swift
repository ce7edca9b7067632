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
            for m in section.matches(.marketingSignal) where Polarity.affirmed.accepts(m) {
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

    /// Affirmed marketing and transactional mentions in a prepared document; a sale or a campaign
    /// named as a time of year (「セール時期は3万通を超える」, "during the sale season") is no mailing.
    static func counts(_ document: PreparedDocument) -> (marketing: [ConceptMatch], transactional: [ConceptMatch]) {
        let marketing = document.matches(.marketingSignal).filter { match in
            Polarity.affirmed.accepts(match) && !isSeason(match, in: document.sections[match.section].folded.scalars)
        }
        return (marketing, document.matches(.transactionalSignal).filter(Polarity.affirmed.accepts))
    }

    /// Words after a marketing word that make it a period of time.
    static let seasonWords: [Scalars] = scalarWords(["時期", "期間", "シーズン", "の時期", "の期間", " season", " period"])

    static func isSeason(_ match: ConceptMatch, in text: [Unicode.Scalar]) -> Bool {
        seasonWords.contains { text.has($0, at: match.end) }
    }
}
