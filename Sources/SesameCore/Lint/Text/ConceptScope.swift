// Stage 4 of the text engine: each concept hit with its polarity (negation and condition scope;
// the reach itself is decided in `NegationScope`).

/// Turns a section's live hits into `ConceptMatch`es: which negators govern each hit, whether a
/// lead-in negates its bullet, whether it stands inside a condition or a quoted example.
struct ConceptScope {
    let text: [Unicode.Scalar]
    let segments: TextSegments
    let scanner: ConceptScanner

    // The two kinds below are switches rather than a `Set<Concept>`: the first set of a type
    // costs a process a scan of the Swift runtime's conformance records (`Concept: Hashable`,
    // 0.27 M instructions), and no other set of concepts is made.

    /// Concepts that shape polarity and clauses and are no claim of their own.
    static func isStructural(_ concept: Concept) -> Bool {
        switch concept {
        case .shadow, .negationBefore, .negationAfter, .contrast, .conditionBefore, .conditionAfter: true
        default: false
        }
    }

    /// Concepts whose phrase holds its own negator ("not interested", "never mail", 「送信しません」,
    /// "not mailed for years", 「5年間送っていない」):
    /// the negator belongs to that phrase and negates nothing else.
    static func phraseHoldsNegator(_ concept: Concept) -> Bool {
        switch concept {
        case .optOut, .consentNotRequired, .unbounded, .complaintIgnored, .mandatoryMessage, .staleList, .preTicked: true
        default: false
        }
    }

    /// The negators of one clause, in order of position.
    private struct ClauseNegators {
        /// Negators before what they negate (English): their ends, sorted.
        var beforeEnds: [Int] = []
        /// Negators after what they negate (Japanese, "… are ignored"): their starts, sorted, and
        /// whether each ends its clause (and so reaches back over all of it).
        var afterStarts: [Int] = []
        var afterEndsClause: [Bool] = []
        /// `closingAfter[i]`: how many of the after-negators from `i` on end their clause.
        var closingAfter: [Int] = []
        /// Before-negators that repeat an earlier one across "and", "or", a comma or "nor" ("no
        /// newsletters and no promotions", "neither X nor Y"): each one's end and the end of the one it
        /// repeats. A repeated negation is one negation, not two that cancel out.
        var repeats: [(end: Int, repeated: Int)] = []
        /// The earliest end and the latest start of any negator of the clause.
        var earliestEnd = Int.max
        var latestStart = Int.min

        var isEmpty: Bool { latestStart == Int.min }

        mutating func add(_ hit: PhraseMatcher.Hit) {
            earliestEnd = min(earliestEnd, hit.end)
            latestStart = max(latestStart, hit.start)
        }
    }

    /// Every non-structural hit as a match of section `section`, grouped by concept and sorted by position.
    func matches(_ hits: [PhraseMatcher.Hit], section: Int) -> [[ConceptMatch]] {
        let sentences = segments.sentences
        let clauses = segments.clauses
        let clauseCount = max(1, clauses.count)
        let phraseRanges = hits.compactMap { Self.phraseHoldsNegator(scanner.concept(of: $0)) ? $0.start..<$0.end : nil }
        var consumedIndex = 0
        func consumed(_ negator: PhraseMatcher.Hit) -> Bool {
            // Hits are sorted by start, so the phrases that can hold a negator are found in one sweep.
            while consumedIndex < phraseRanges.count, phraseRanges[consumedIndex].upperBound <= negator.start { consumedIndex += 1 }
            var i = consumedIndex
            while i < phraseRanges.count, phraseRanges[i].lowerBound <= negator.start {
                let range = phraseRanges[i]
                if negator.end <= range.upperBound && range.count > negator.end - negator.start { return true }
                i += 1
            }
            return false
        }

        // A bracketed aside with a negator of its own is a scope of its own (`Parentheticals`): its
        // negators go to a slot after the clauses', and so do the hits inside it.
        let asides = Parentheticals(text)
        var negators = [ClauseNegators](repeating: ClauseNegators(), count: clauseCount + asides.ranges.count)
        var negatorStarts: [Int] = []
        var conditionBefore = [[Int]](repeating: [], count: clauseCount)
        var conditionAfter = [[Int]](repeating: [], count: clauseCount)
        for hit in hits {
            let concept = scanner.concept(of: hit)
            switch concept {
            case .negationBefore, .negationAfter:
                if !Self.negatesHere(hit, phrase: scanner.phrase(of: hit), in: text) || consumed(hit) { continue }
                let clause = segments.clause(at: hit.start)
                let aside = asides.index(at: hit.start)
                let c = aside.map { clauseCount + $0 } ?? clause
                negatorStarts.append(hit.start)
                negators[c].add(hit)
                if concept == .negationBefore {
                    if let previous = negators[c].beforeEnds.last,
                       NegationScope.repeatsNegation(text, previousEnd: previous, negator: hit, phrase: scanner.phrase(of: hit)) {
                        negators[c].repeats.append((hit.end, previous))
                    }
                    negators[c].beforeEnds.append(hit.end)
                } else {
                    let scope = aside.map { asides.ranges[$0] } ?? (clauses.isEmpty ? nil : clauses[clause])
                    negators[c].afterStarts.append(hit.start)
                    negators[c].afterEndsClause.append(scope.map { NegationScope.endsClause(text, negatorEnd: hit.end, clause: $0) } ?? false)
                }
            case .conditionBefore: conditionBefore[segments.clause(at: hit.start)].append(hit.start)
            case .conditionAfter: conditionAfter[segments.clause(at: hit.start)].append(hit.start)
            default: break
            }
        }
        for c in negators.indices {
            // Negators overlap rarely, but end order can differ from start order.
            negators[c].beforeEnds.sort()
            var closing = [Int](repeating: 0, count: negators[c].afterStarts.count + 1)
            for i in stride(from: negators[c].afterStarts.count - 1, through: 0, by: -1) {
                closing[i] = closing[i + 1] + (negators[c].afterEndsClause[i] ? 1 : 0)
            }
            negators[c].closingAfter = closing
        }

        let leadIn = NegationScope.leadInScope(text, sentences: sentences, negatorStarts: negatorStarts)
        var conditions = [[Range<Int>]](repeating: [], count: clauseCount)
        for c in clauses.indices where !conditionBefore[c].isEmpty || !conditionAfter[c].isEmpty {
            conditions[c] = NegationScope.conditionRanges(text, clause: clauses[c], before: conditionBefore[c], after: conditionAfter[c])
        }
        let quoted = sentences.map { NegationScope.quotedRanges(text, sentence: $0) }

        var byConcept = [[ConceptMatch]](repeating: [], count: Concept.allCases.count)
        for hit in hits {
            let concept = scanner.concept(of: hit)
            if Self.isStructural(concept) { continue }
            let c = clauses.isEmpty ? 0 : segments.clause(at: hit.start)
            let aside = asides.index(at: hit.start).map { clauseCount + $0 }
            let governing = Self.governingCount(negators[aside.flatMap { negators[$0].isEmpty ? nil : $0 } ?? c], hit: hit)
            let sentence = clauses.isEmpty ? 0 : segments.clauseSentence[c]
            let underLeadIn = leadIn.contains(sentence)
            byConcept[concept.rawValue].append(ConceptMatch(
                concept: concept, section: section, start: hit.start, end: hit.end,
                sentence: sentence, clause: c, negated: (governing.count + (underLeadIn ? 1 : 0)) % 2 == 1,
                hedged: governing.any || underLeadIn,
                conditional: conditions[c].contains { $0.contains(hit.start) }
                    || (!sentences.isEmpty && quoted[sentence].contains { $0.contains(hit.start) })
            ))
        }
        for span in SeparableVerbs.spans(in: text, clauses: clauses) {
            let c = segments.clause(at: span.lowerBound)
            let governing = Self.governingCount(negators[c], hit: PhraseMatcher.Hit(pattern: 0, start: span.lowerBound, end: span.upperBound))
            let sentence = segments.clauseSentence[c]
            let underLeadIn = leadIn.contains(sentence)
            for concept in SeparableVerbs.concepts where !byConcept[concept.rawValue].contains(where: { $0.start < span.upperBound && span.lowerBound < $0.end }) {
                byConcept[concept.rawValue].append(ConceptMatch(
                    concept: concept, section: section, start: span.lowerBound, end: span.upperBound,
                    sentence: sentence, clause: c, negated: (governing.count + (underLeadIn ? 1 : 0)) % 2 == 1,
                    hedged: governing.any || underLeadIn,
                    conditional: conditions[c].contains { $0.contains(span.lowerBound) }
                        || quoted[sentence].contains { $0.contains(span.lowerBound) }))
                byConcept[concept.rawValue].sort { $0.start < $1.start }
            }
        }
        return byConcept
    }

    /// Japanese ない negates only after a verb or adjective stem (「少ない」 and 「ないし」 are no negation).
    static func negatesHere(_ hit: PhraseMatcher.Hit, phrase: String, in text: [Unicode.Scalar]) -> Bool {
        guard phrase == "ない" || phrase == "なかった" else { return true }
        return hit.start > 0 && (TextFolding.isHiragana(text[hit.start - 1]) || text[hit.start - 1] == "来")
    }

    /// How many of the clause's negators govern `hit` (within reach before it, within reach after
    /// it or closing the clause), and whether any negator that does not overlap it stands in the clause.
    /// Binary searches over the sorted negators: a clause with many negators and hits stays linear-logarithmic.
    private static func governingCount(_ negators: ClauseNegators, hit: PhraseMatcher.Hit) -> (count: Int, any: Bool) {
        // Some negator lies wholly before or wholly after the hit.
        let any = negators.earliestEnd <= hit.start || negators.latestStart >= hit.end
        guard any else { return (0, false) }
        // Before: negators ending in [hit.start - beforeReach, hit.start].
        let reach = hit.start - NegationScope.beforeReach
        let repeated = negators.repeats.count { $0.end <= hit.start && $0.repeated >= reach }
        let before = firstIndex(in: negators.beforeEnds, notBelow: hit.start + 1)
            - firstIndex(in: negators.beforeEnds, notBelow: reach) - repeated
        // After: negators starting in [hit.end, hit.end + afterReach], and further ones that close the clause.
        let afterFirst = firstIndex(in: negators.afterStarts, notBelow: hit.end)
        let afterNear = firstIndex(in: negators.afterStarts, notBelow: hit.end + NegationScope.afterReach + 1)
        let after = (afterNear - afterFirst) + negators.closingAfter[afterNear]
        return (before + after, true)
    }

    private static func firstIndex(in sorted: [Int], notBelow bound: Int) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < bound { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// "Turn the alerts off", "switches email reminders off": a verb and its particle with the object
/// between them says what "turn off" says, which the lexicon reads only when the two touch. The
/// span runs from the verb to "off", within one clause and at most `reach` words apart.
enum SeparableVerbs {
    static let verbs = ["turn", "turns", "turned", "turning", "switch", "switches", "switched", "switching"]
    /// "switch [email price] [alerts] [for that route] off" is already far: more words are another thought.
    static let reach = 4
    /// What "turn off" means in the lexicon: the recipient's way out, and what happens to an address.
    static let concepts: [Concept] = [.optOut, .addressEffect]

    /// The verb-to-"off" spans of `text` with at least one word between the two.
    static func spans(in text: [Unicode.Scalar], clauses: [Range<Int>]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for clause in clauses {
            var i = clause.lowerBound
            while i + 3 <= clause.upperBound {
                defer { i += 1 }
                guard text[i] == "o", text.hasWord("off", at: i), i == clause.lowerBound || !TextFolding.isWordScalar(text[i - 1]) else { continue }
                var words = 0
                var end = i
                while words <= reach {
                    while end > clause.lowerBound, !TextFolding.isWordScalar(text[end - 1]) { end -= 1 }
                    var start = end
                    while start > clause.lowerBound, TextFolding.isWordScalar(text[start - 1]) { start -= 1 }
                    guard start < end else { break }
                    if verbs.contains(where: { text.hasWord($0, at: start) && $0.unicodeScalars.count == end - start }) {
                        if words > 0 { spans.append(start..<(i + 3)) }
                        break
                    }
                    words += 1
                    end = start
                }
            }
        }
        return spans
    }
}
