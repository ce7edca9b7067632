// Stage 3 of the text engine: concept scanning.

/// Finds the lexicon's phrases in folded text (one pass of `PhraseMatcher`) and keeps the hits
/// that are mentions of their own: a hit inside a `shadow` phrase (a longer phrase that means
/// something else) is dropped, and within one concept a hit inside a longer one ("promotion" in
/// "promotional") is the same mention.
struct ConceptScanner: Sendable {
    let matcher: PhraseMatcher

    /// The scanner of every concept in `Lexicon`.
    static let lexicon = ConceptScanner(matcher: Lexicon.matcher)

    /// The live hits of `text`, sorted by start, longest first at one start.
    func hits(in text: [Unicode.Scalar]) -> [PhraseMatcher.Hit] {
        var hits = matcher.hits(in: text)
        hits.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
        // One sweep: `reachBefore` is the furthest end of a shadow starting before the current
        // hit, `reachHere` of one starting where it starts (longer ones come first).
        var reachBefore = -1
        var reachHere = -1
        var currentStart = -1
        var reach = [Int](repeating: -1, count: Concept.allCases.count)
        var live: [PhraseMatcher.Hit] = []
        live.reserveCapacity(hits.count)
        for hit in hits {
            if hit.start != currentStart {
                reachBefore = max(reachBefore, reachHere)
                reachHere = -1
                currentStart = hit.start
            }
            let concept = matcher.concept(of: hit.pattern)
            let shadowed = reachBefore >= hit.end || reachHere > hit.end
            if concept == .shadow { reachHere = max(reachHere, hit.end) }
            guard !shadowed else { continue }
            if hit.end <= reach[concept.rawValue] { continue }
            reach[concept.rawValue] = hit.end
            live.append(hit)
        }
        return live
    }

    func concept(of hit: PhraseMatcher.Hit) -> Concept { matcher.concept(of: hit.pattern) }
    func phrase(of hit: PhraseMatcher.Hit) -> String { matcher.phrase(of: hit.pattern) }
}
