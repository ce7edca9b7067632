extension PreparedDocument {
    /// A finding at the start of a concept match.
    func finding(at match: ConceptMatch, _ message: LocalizedText, severity: Severity? = nil) -> LintFinding {
        let section = sections[match.section]
        return LintFinding(place: .text(section: match.section, offset: section.originalOffset(match.start)),
                           message: message, severity: severity)
    }

    /// The matches of `concept` with `polarity` in `sections`, keeping only the first of each sentence.
    func occurrences(
        of concept: Concept, polarity: Polarity, in sections: [PreparedSection]? = nil, firstPerSentence: Bool = true
    ) -> [ConceptMatch] {
        var seen: Set<[Int]> = []
        return (sections ?? self.sections).flatMap { $0.matches(concept) }.filter { match in
            polarity.accepts(match) && (!firstPerSentence || seen.insert([match.section, match.sentence]).inserted)
        }
    }

    /// Whether some sentence of `sections` holds `topic` (any polarity) and `evidence` with `polarity`.
    /// In a profile section that answers the topic's own field, the topic is implied.
    func answers(
        topic: Concept, field: UseCaseField, evidence: [Concept], polarity: Polarity = .affirmed
    ) -> Bool {
        for section in sections(answering: field) {
            let implied = section.field == field
            for concept in evidence {
                for match in section.matches(concept) where polarity.accepts(match) {
                    if implied || !section.matches(topic, inSentence: match.sentence).isEmpty { return true }
                }
            }
        }
        return false
    }

    /// Whether some sentence about `topic` (or the profile field answering it) refuses the address
    /// mail ("complained addresses are never contacted again"): a statement of what happens to it.
    func refusesDelivery(topic: Concept, field: UseCaseField) -> Bool {
        sections(answering: field).contains { section in
            section.matches(.deliveryVerb).contains { verb in
                verb.negated && (section.field == field || !section.matches(topic, inSentence: verb.sentence).isEmpty)
                    && AnswerParts.refusesDelivery(in: section, sentence: verb.sentence)
            }
        }
    }

    /// The daily volume: declared, else the largest per-day figure in the text.
    var dailyFigure: Double? {
        if let daily = document.dailyVolume { return Double(daily) }
        return numbers.filter { $0.kind == .perDay }.map(\.value).max()
    }

    /// The peak rate: declared, else the largest per-second figure in the text.
    var peakFigure: Double? {
        if let peak = document.peakPerSecond { return Double(peak) }
        return numbers.filter { $0.kind == .perSecond }.map(\.value).max()
    }

    /// Whether the document contains any text at all.
    var hasText: Bool { sections.contains { !$0.isBlank } }
}

extension PreparedDocument {
    /// One finding per sentence for `hits`, in reading order, each quoting its match.
    func quotedFindings(_ hits: [ConceptMatch], _ message: (String) -> LocalizedText) -> [LintFinding] {
        var seen: Set<[Int]> = []
        return hits.sorted { ($0.section, $0.start) < ($1.section, $1.start) }
            .filter { seen.insert([$0.section, $0.sentence]).inserted }
            .map { finding(at: $0, message(sections[$0.section].quote($0))) }
    }

    /// Unhedged occurrences of `concept` in sentences that also mention `context` (a delay, a
    /// login or a reply counts only where the sentence is about unsubscribing).
    func occurrences(of concept: Concept, inSentencesMentioning context: Concept) -> [ConceptMatch] {
        sections.flatMap { section in
            section.matches(concept).filter { !$0.hedged && !section.matches(context, inSentence: $0.sentence).isEmpty }
        }
    }
}

extension PreparedDocument {
    /// One finding at the first mention of relaying, when no abuse control is described, with
    /// `message` around the quoted mention.
    func uncontrolledRelayFinding(_ message: (String) -> LocalizedText) -> [LintFinding] {
        guard let relay = claims.relay.uncontrolled else { return [] }
        return [finding(at: relay, message(sections[relay.section].quote(relay)))]
    }
}

extension PreparedSection {
    func matches(_ concept: Concept, inSentence sentence: Int, polarity: Polarity) -> [ConceptMatch] {
        matches(concept, inSentence: sentence).filter { polarity.accepts($0) }
    }
}

/// A count with thousands separators (`12,000`), as the messages write numbers.
func grouped(_ value: Int) -> String {
    Language.en.format(value)
}

/// A figure read from the text (a `Double`, and possibly enormous: "5,000666…6 a day") as
/// `grouped(_: Int)` writes it, its fraction dropped; beyond ±10^15 or not finite, as Swift
/// prints the `Double`. Never traps.
func grouped(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return String(value) }
    return grouped(Int(value))
}

/// A rule that reports each sentence where `concept` occurs unhedged.
protocol PhraseRule: LintRule {
    static var concept: Concept { get }
    static func message(quote: String) -> LocalizedText
}

extension PhraseRule {
    public func findings(in document: PreparedDocument) -> [LintFinding] {
        document.occurrences(of: Self.concept, polarity: .unhedged).map { match in
            document.finding(at: match, Self.message(quote: document.sections[match.section].quote(match)))
        }
    }
}
