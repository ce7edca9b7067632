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

    /// Affirmed marketing and transactional mentions in a prepared document.
    static func counts(_ document: PreparedDocument) -> (marketing: [ConceptMatch], transactional: [ConceptMatch]) {
        (document.matches(.marketingSignal).filter(Polarity.affirmed.accepts), document.matches(.transactionalSignal).filter(Polarity.affirmed.accepts))
    }
}
