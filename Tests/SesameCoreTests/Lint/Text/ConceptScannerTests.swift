@testable import SesameCore
import Testing

/// Stage 3: `ConceptScanner` (which hits of `PhraseMatcher` are mentions; the automaton has
/// `PhraseMatcherTests`).
@Suite struct ConceptScannerTests {
    func concepts(_ text: String, _ lexicon: [(Concept, [String])]) -> [String] {
        let scanner = ConceptScanner(matcher: PhraseMatcher(lexicon))
        let folded = TextFolding.fold(text)
        return scanner.hits(in: folded.scalars).map { "\(scanner.concept(of: $0))@\($0.start)-\($0.end)" }
    }

    @Test func aShadowDropsWhatLiesInsideIt() {
        let lexicon: [(Concept, [String])] = [(.shadow, ["not only"]), (.negationBefore, ["not"]), (.listNoun, ["lists"])]
        #expect(concepts("not only lists", lexicon) == ["shadow@0-8", "listNoun@9-14"])
        #expect(concepts("not lists", lexicon) == ["negationBefore@0-3", "listNoun@4-9"])
    }

    @Test func aHitInsideALongerOneOfTheSameConceptIsTheSameMention() {
        let lexicon: [(Concept, [String])] = [(.marketingSignal, ["promotion", "promotional offers"]), (.listNoun, ["offers"])]
        #expect(concepts("promotional offers", lexicon) == ["marketingSignal@0-18", "listNoun@12-18"])
    }
}
