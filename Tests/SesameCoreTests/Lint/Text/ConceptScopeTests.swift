@testable import SesameCore
import Testing

/// Stage 4 plumbing: `ConceptScope` gives each hit the polarity `NegationScope` decides.
@Suite struct ConceptScopeTests {
    func section(_ text: String) -> PreparedSection { PreparedDocument(.plainDraft(path: "t", text: text)).sections[0] }

    @Test func aNegatorGovernsWithinItsClauseOnly() {
        let s = section("We do not buy lists, we collect addresses at checkout.")
        #expect(s.matches(.buyVerb).allSatisfy { $0.negated } && !s.matches(.buyVerb).isEmpty)
        let other = section("We collect addresses at checkout; we buy nothing.")
        #expect(other.matches(.consentSource).allSatisfy { !$0.negated && !$0.hedged })
    }

    @Test func doubleNegationIsAffirmativeButHedged() {
        let s = section("We never send mail without consent.")
        let consent = s.matches(.consentGiven) + s.matches(.consentSource)
        #expect(!consent.isEmpty)
        #expect(consent.allSatisfy { $0.hedged })
    }

    @Test func japaneseNegationFollowsAndNaiNeedsAStem() {
        #expect(section("リストは購入しません。").matches(.purchasedList).allSatisfy { $0.negated })
        #expect(section("苦情は少ないです。").matches(.complaint).allSatisfy { !$0.hedged }, "少ない is no negation")
    }

    @Test func aNegatorInsideAPhraseWithItsOwnMeaningNegatesNothingElse() {
        // "no longer interested" is an opt-out phrase: its "no" does not negate the link after it.
        let s = section("Anyone no longer interested clicks the unsubscribe link.")
        #expect(!s.matches(.unsubscribeLink).isEmpty && s.matches(.unsubscribeLink).allSatisfy { !$0.negated })
        let plain = section("There is no unsubscribe link.")
        #expect(plain.matches(.unsubscribeLink).allSatisfy { $0.negated })
    }

    @Test func manyNegatorsAndHitsInOneClauseStayCorrect() {
        // One long clause: each "no lists" is negated by its own negator; the one before it is out of reach.
        let text = String(repeating: "no lists " + String(repeating: "and ", count: 16), count: 200) + "lists"
        let s = section(text)
        let lists = s.matches(.listNoun)
        #expect(lists.count == 201)
        #expect(lists.dropLast().allSatisfy { $0.negated })
    }
}
