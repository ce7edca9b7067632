@testable import SesameCore
import Testing

/// Stage 3: `PhraseMatcher` (the automaton) and `ConceptScanner` (which hits are mentions).
@Suite struct PhraseMatcherTests {
    let matcher = PhraseMatcher([
        (.bounce, ["bounce*", "バウンス"]),
        (.negationBefore, ["not", "~n't"]),
        (.listNoun, ["list", "mailing list"]),
        (.optOut, ["配信停止"]),
    ])

    func hits(_ text: String) -> [String] {
        let folded = TextFolding.fold(text)
        return matcher.hits(in: folded.scalars).map { matcher.patterns[$0.pattern].phrase + "@" + String($0.start) }
    }

    @Test func wordBoundariesAreRespected() {
        #expect(hits("a list") == ["list@2"])
        #expect(hits("a blacklist or listing") == [], "list inside a word is no hit")
        #expect(hits("we do not") == ["not@6"])
        #expect(hits("cannot") == [])
    }

    @Test func prefixAndInfixMarksLetAPhraseReachIntoAWord() {
        #expect(hits("bounced mail") == ["bounce*@0"])
        #expect(hits("we don't") == ["~n't@5"])
    }

    @Test func overlappingPhrasesAreAllFoundInOnePass() {
        #expect(hits("our mailing list") == ["mailing list@4", "list@12"])
        #expect(hits("バウンスと配信停止") == ["バウンス@0", "配信停止@5"])
    }

    @Test func aSpaceMatchesAnyLineBreakAndTheFoldingIsTheInputs() {
        #expect(hits("MAILING\nLIST") == ["mailing list@0", "list@8"])
        #expect(hits("ＬＩＳＴ") == ["list@0"], "full-width text folds like the phrases")
    }
}

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
