/// One section of a document (a profile answer, or a whole plain draft) made ready for the rules.
/// `init` runs the text engine's stages in order: suppression blanking (`Suppression`), folding
/// (`TextFolding`), concept scanning (`ConceptScanner`), sentence and clause splitting
/// (`TextSegments`), negation and condition scope (`ConceptScope`, `NegationScope`) and number
/// reading (`NumberReader`); the claims stage (`AnswerParts`) reads the result.
public struct PreparedSection: Sendable {
    public let index: Int
    public let field: UseCaseField?
    public let locator: TextLocator
    public let original: [Unicode.Scalar]
    public let folded: FoldedText
    private let segments: TextSegments
    private let sentenceLanguages: [Language?]
    private let byConcept: [[ConceptMatch]]
    public let numbers: [NumberMention]
    public let language: Language
    /// How many folded scalars are Japanese and how many Latin letters.
    let scripts: ScriptCount
    /// Scalars of the original text (suppression lines excluded).
    let countedScalars: Int

    init(index: Int, section: LintSection, blankedLines: Set<Int>, scanner: ConceptScanner = .lexicon) {
        self.index = index
        field = section.field
        locator = section.locator
        original = Array(section.text.unicodeScalars)
        let blanked = Suppression.blanking(lines: blankedLines, in: original)
        countedScalars = original.count - blanked.count
        let folded = TextFolding.fold(blanked.scalars)
        self.folded = folded
        let text = folded.scalars
        scripts = ScriptCount(text)
        language = scripts.language ?? .en

        let hits = scanner.hits(in: text)
        let contrastStarts = Set(hits.lazy.filter { scanner.concept(of: $0) == .contrast }.map(\.start))
        let segments = TextSegments(text, contrastStarts: contrastStarts)
        self.segments = segments
        sentenceLanguages = segments.sentences.map { Language.guess(text[$0]) }
        var byConcept = ConceptScope(text: text, segments: segments, scanner: scanner).matches(hits, section: index)
        for i in byConcept.indices { byConcept[i].sort { $0.start < $1.start } }
        self.byConcept = byConcept
        numbers = NumberReader.read(text, section: index, segments: segments)
    }

    /// Sentence ranges in the folded text.
    public var sentences: [Range<Int>] { segments.sentences }
    /// Clause ranges in the folded text; every clause lies inside one sentence.
    public var clauses: [Range<Int>] { segments.clauses }
    /// The sentence each clause belongs to.
    public var clauseSentence: [Int] { segments.clauseSentence }
    /// Japanese scalars of the folded text (kana, kanji, 、。).
    var japaneseCount: Int { scripts.japanese }
    /// Latin letters of the folded text.
    var latinCount: Int { scripts.latin }

    public func matches(_ concept: Concept) -> [ConceptMatch] { byConcept[concept.rawValue] }

    /// The matches of `concept` in one sentence. Matches are sorted by position, and sentence and
    /// clause numbers grow with position, so this is a binary search, not a scan: rules ask it once
    /// per match, and a scan would make lint quadratic in the number of findings.
    public func matches(_ concept: Concept, inSentence sentence: Int) -> ArraySlice<ConceptMatch> {
        Self.run(of: byConcept[concept.rawValue], key: \.sentence, equalTo: sentence)
    }

    /// The matches of `concept` in one clause (a binary search, as for sentences).
    public func matches(_ concept: Concept, inClause clause: Int) -> ArraySlice<ConceptMatch> {
        Self.run(of: byConcept[concept.rawValue], key: \.clause, equalTo: clause)
    }

    /// The run of `matches` whose `key` equals `value`, given that `key` never decreases along the array.
    static func run(of matches: [ConceptMatch], key: KeyPath<ConceptMatch, Int>, equalTo value: Int) -> ArraySlice<ConceptMatch> {
        func firstIndex(notBelow bound: Int) -> Int {
            var low = 0
            var high = matches.count
            while low < high {
                let middle = (low + high) / 2
                if matches[middle][keyPath: key] < bound { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return matches[firstIndex(notBelow: value)..<firstIndex(notBelow: value + 1)]
    }

    /// The original scalar offset of a folded position.
    public func originalOffset(_ folded: Int) -> Int { self.folded.origin[min(folded, self.folded.origin.count - 1)] }

    /// The original text of a folded range (for quoting in messages).
    public func quote(_ match: ConceptMatch) -> String {
        let start = originalOffset(match.start)
        var end = match.end < folded.origin.count - 1 ? originalOffset(match.end - 1) + 1 : original.count
        // A phrase matched as a prefix ("confirmation*") is quoted to the end of its word.
        if end > 0, end <= original.count, TextFolding.isWordScalar(original[end - 1]) {
            while end < original.count && TextFolding.isWordScalar(original[end]) { end += 1 }
        }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: original[start..<max(start, end)])
        return String(s)
    }

    public var isBlank: Bool { folded.scalars.allSatisfy { TextFolding.isSpace($0) } }

    /// The language of the sentence holding folded position `position` (a binary search over the
    /// sentences, whose languages are decided once).
    public func language(at position: Int) -> Language {
        let sentences = segments.sentences
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= position { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, sentences[low].contains(position) else { return language }
        return sentenceLanguages[low] ?? language
    }
}
