// Stage 6 of the text engine: what a document admits about where its addresses came from and
// how consent was taken, read once (`DocumentClaims.list`) for the list and recipient rules.

/// Admissions that the recipients did not give their addresses for this mail themselves, however
/// politely told: a list bought, rented, scraped or passed on by a third party, and consent taken
/// by default (a pre-ticked box, everyone subscribed automatically). Only unhedged mentions outside
/// conditions and quoted examples count, as for every red flag.
public struct ListClaims: Sendable {
    /// Each admission of a list nobody consented to, in text order: the phrases of `purchasedList`,
    /// a buying verb next to a list ("bought 20,000 contacts", "the contacts we bought"), and a
    /// third party handing a list over ("a data partner who supplies a list of homeowners",
    /// 「提携業者様からご紹介いただいたリスト」).
    public let consentless: [ConceptMatch]
    /// Each admission of consent taken by default, outside sentences that put a bounced or
    /// complaining address on a suppression list (「該当アドレスを配信停止リストへ自動で登録」 is
    /// handling, not consent).
    public let preTicked: [ConceptMatch]

    /// A buying verb reaches a list noun this far after it ("bought 20,000 verified B2B contacts").
    static let buyVerbReach = 25
    /// A list noun reaches a buying verb this far after it ("the contacts we bought").
    static let listNounReach = 12
    /// A supplier and its handing over, and the handing over and the list, stand at most this far
    /// apart: 「提携している引越し業者様からご紹介いただいた新生活を始める方のリスト」 leaves about 25
    /// scalars between 「から」 and 「リスト」, "acquired PaddleHouse last spring, and with it" about 45;
    /// further apart, they are usually separate thoughts.
    static let handOverGap = 50

    init(_ document: PreparedDocument) {
        var consentless: [ConceptMatch] = []
        var preTicked: [ConceptMatch] = []
        // A business passing its own customers' addresses for their receipts or deliveries is the
        // transactional case reviewers accept; a partner's list for marketing is not.
        let handsOverForMarketing = AnswerParts.judgedMailType(.listAcquisition, in: document) != .transactional
        for section in document.sections {
            consentless += section.matches(.purchasedList).filter { Polarity.unhedged.accepts($0) }
            consentless += Self.boughtLists(in: section)
            if handsOverForMarketing { consentless += Self.handedOverLists(in: section) }
            preTicked += section.matches(.preTicked).filter { match in
                Polarity.unhedged.accepts(match) && !Self.suppresses(in: section, clause: match.clause, sentence: match.sentence)
            }
        }
        self.consentless = consentless.sorted { ($0.section, $0.start) < ($1.section, $1.start) }
        self.preTicked = preTicked
    }

    /// "bought 20,000 verified contacts" (a buying verb closely followed by a list noun, not "bought
    /// from us") and "contacts we bought", "a list that we purchased".
    static func boughtLists(in section: PreparedSection) -> [ConceptMatch] {
        var hits: [ConceptMatch] = []
        for verb in section.matches(.buyVerb) where Polarity.unhedged.accepts(verb) {
            guard let noun = section.matches(.listNoun, inClause: verb.clause)
                .first(where: { $0.start >= verb.end && $0.start - verb.end <= buyVerbReach }) else { continue }
            let gap = section.folded.string(verb.end..<noun.start)
            if gap.contains(" from") || gap.contains(" our ") || gap.contains(" us ") || gap.contains(" your ") { continue }
            hits.append(verb)
        }
        for noun in section.matches(.listNoun) {
            guard let verb = section.matches(.buyVerb, inClause: noun.clause)
                .first(where: { $0.start >= noun.end && $0.start - noun.end <= listNounReach && Polarity.unhedged.accepts($0) })
            else { continue }
            let gap = section.folded.string(noun.end..<verb.start).trimmed
            if ["", "we", "that we", "which we", "we have", "we've", "that we have", "we had"].contains(gap) { hits.append(verb) }
        }
        return hits
    }

    /// A supplier, an inbound handing over and a list of people in one sentence, each within
    /// `handOverGap` of the next, as one match from the first of the three to the last (quoted whole:
    /// "data partner who supplies a permission-based list").
    static func handedOverLists(in section: PreparedSection) -> [ConceptMatch] {
        func near(_ a: ConceptMatch, _ b: ConceptMatch) -> Bool {
            max(a.start, b.start) - min(a.end, b.end) <= handOverGap
        }
        var hits: [ConceptMatch] = []
        for supplier in section.matches(.listSupplier) where Polarity.unhedged.accepts(supplier) {
            let lists = section.matches(.contactList, inSentence: supplier.sentence).filter { Polarity.unhedged.accepts($0) }
            for handOver in section.matches(.handOver, inSentence: supplier.sentence)
            where Polarity.unhedged.accepts(handOver) && near(supplier, handOver) {
                guard let list = lists.first(where: { near(handOver, $0) }) else { continue }
                var told = supplier
                told.start = min(supplier.start, handOver.start, list.start)
                told.end = max(supplier.end, handOver.end, list.end)
                hits.append(told)
                break
            }
        }
        return hits
    }

    /// Whether a clause puts an address on a suppression list in a sentence about bounces or complaints.
    static func suppresses(in section: PreparedSection, clause: Int, sentence: Int) -> Bool {
        guard !section.matches(.bounce, inSentence: sentence).isEmpty || !section.matches(.complaint, inSentence: sentence).isEmpty
        else { return false }
        return !section.matches(.addressEffect, inClause: clause).isEmpty
    }
}
