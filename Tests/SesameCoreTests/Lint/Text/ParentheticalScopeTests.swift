@testable import SesameCore
import Testing

/// Negation scope across bracketed asides: an aside with a negator of its own is a statement by itself.
@Suite struct ParentheticalScopeTests {
    func section(_ text: String) -> PreparedSection { PreparedDocument(.plainDraft(path: "t", text: text)).sections[0] }

    @Test func anAsideWithItsOwnNegatorIsNotADoubleNegation() {
        // "never" and "cannot" are two statements, not "never … cannot" read as an affirmative.
        let s = section("Reminders go only to clients who booked, never to anyone imported from elsewhere (salons cannot upload contact lists).")
        let upload = s.matches(.purchasedList) + s.matches(.listNoun)
        #expect(!upload.isEmpty)
        #expect(upload.allSatisfy { $0.negated })
        let aside = section("We do not (and never will) buy lists.")
        #expect(!aside.matches(.buyVerb).isEmpty && aside.matches(.buyVerb).allSatisfy { $0.negated })
    }

    @Test func anAsideWithoutANegatorStaysInItsClause() {
        let s = section("Purchased (or rented) lists are prohibited.")
        #expect(s.matches(.buyVerb).count == 2 && s.matches(.buyVerb).allSatisfy { $0.negated })
        let ja = section("名簿業者（データ業者を含む）の利用は一切行いません。")
        #expect(!ja.matches(.purchasedList).isEmpty && ja.matches(.purchasedList).allSatisfy { $0.negated })
    }

    @Test func anAsidesNegatorDoesNotReachOut() {
        let s = section("We buy contact lists (but never from brokers) every month.")
        #expect(s.matches(.buyVerb).contains { !$0.negated && !$0.hedged })
    }

    @Test func aRealDoubleNegationInOneClauseIsStillAffirmative() {
        let s = section("We never send mail without consent.")
        let consent = s.matches(.consentGiven) + s.matches(.consentSource)
        #expect(!consent.isEmpty && consent.allSatisfy { !$0.negated })
    }

    @Test func aStrayBracketSwallowsNothing() {
        let text = "(" + String(repeating: "a ", count: 200) + "We do not buy lists."
        #expect(Parentheticals(Array(text.unicodeScalars)).ranges.isEmpty)
        #expect(section(text).matches(.buyVerb).allSatisfy { $0.negated })
    }
}
