// Stage 2 of the text engine: the sentences and clauses of a section, and where a position falls.

/// A section's sentences and clauses, with binary searches from a folded position to its
/// clause and sentence (rules ask once per match; a scan would make lint quadratic).
struct TextSegments: Sendable {
    /// Sentence ranges in the folded text.
    let sentences: [Range<Int>]
    /// Clause ranges; every clause lies inside one sentence, and clauses follow each other in order.
    let clauses: [Range<Int>]
    /// The sentence each clause belongs to.
    let clauseSentence: [Int]

    init(_ text: [Unicode.Scalar], contrastStarts: Set<Int>) {
        let sentences = SentenceSplitter.sentences(in: text)
        var clauses: [Range<Int>] = []
        var clauseSentence: [Int] = []
        for (n, sentence) in sentences.enumerated() {
            for clause in ClauseSplitter.clauses(in: text, sentence: sentence, contrastStarts: contrastStarts) {
                clauses.append(clause)
                clauseSentence.append(n)
            }
        }
        self.sentences = sentences
        self.clauses = clauses
        self.clauseSentence = clauseSentence
    }

    /// The clause holding `position`, or the last one starting before it (0 when there is none).
    func clause(at position: Int) -> Int {
        var low = 0
        var high = clauses.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if clauses[middle].lowerBound <= position { low = middle } else { high = middle - 1 }
        }
        return max(0, low)
    }

    /// The sentence of the clause holding `position` (0 in a text with no sentence).
    func sentence(at position: Int) -> Int {
        clauses.isEmpty ? 0 : clauseSentence[clause(at: position)]
    }
}
