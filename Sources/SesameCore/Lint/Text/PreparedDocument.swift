/// A document made ready for the rules, once: folded, split into sentences and clauses,
/// every concept found with its polarity, numbers read, language and mail type decided.
public struct PreparedDocument: Sendable {
    public let document: LintDocument
    public let sections: [PreparedSection]
    /// The language most of the text is written in (English when there is no text).
    public let language: Language
    /// The declared mail type, else the inferred one.
    public let mailType: MailType?
    public let inferredMailType: MailTypeInference?

    public init(_ document: LintDocument, suppressedLines: Set<Int> = []) {
        self.document = document
        let sections = document.sections.enumerated().map { index, section in
            PreparedSection(index: index, section: section, blankedLines: document.sections.count == 1 ? suppressedLines : [])
        }
        self.sections = sections
        var ja = 0
        var latin = 0
        for section in sections {
            ja += section.japaneseCount
            latin += section.latinCount
        }
        language = Language.guess(japanese: ja, latin: latin) ?? .en
        let inference = document.declaredMailType == nil ? MailTypeInference.infer(sections: sections) : nil
        inferredMailType = inference
        mailType = document.declaredMailType ?? inference?.mailType
    }

    /// All matches of a concept across sections.
    public func matches(_ concept: Concept) -> [ConceptMatch] {
        sections.flatMap { $0.matches(concept) }
    }

    public func contains(_ concept: Concept, polarity: Polarity = .any) -> Bool {
        sections.contains { section in section.matches(concept).contains { polarity.accepts($0) } }
    }

    /// The section answering `field`, if the document is a profile that has it.
    public func section(for field: UseCaseField) -> PreparedSection? {
        sections.first { $0.field == field }
    }

    /// The sections a rule about `field` should read: that field's section in a profile, or every
    /// section of a plain draft (whose single section has no field).
    public func sections(answering field: UseCaseField) -> [PreparedSection] {
        if sections.contains(where: { $0.field != nil }) {
            return sections.filter { $0.field == field }
        }
        return sections
    }

    /// Number of scalars of text, as the description would count them: the rendered length when
    /// the document knows it (a profile), else the sections joined by a blank line.
    public var characterCount: Int {
        if let rendered = document.renderedLength { return rendered }
        guard !sections.isEmpty else { return 0 }
        return sections.reduce(0) { $0 + $1.countedScalars } + 2 * (sections.count - 1)
    }

    /// Every number mentioned, across sections.
    public var numbers: [NumberMention] { sections.flatMap(\.numbers) }
}

/// Which occurrences a rule wants.
public enum Polarity: Sendable {
    case any
    /// Not negated (double negation counts as affirmative).
    case affirmed
    /// Not under any negation at all in its clause, before or after (for red flags: few false alarms).
    case unhedged

    func accepts(_ match: ConceptMatch) -> Bool {
        switch self {
        case .any: true
        case .affirmed: !match.negated
        case .unhedged: !match.hedged
        }
    }
}

/// One occurrence of a concept.
public struct ConceptMatch: Sendable {
    public var concept: Concept
    public var section: Int
    /// Range in the folded text.
    public var start: Int
    public var end: Int
    public var sentence: Int
    public var clause: Int
    /// An odd number of negators governs it (before it for English, after it for Japanese).
    public var negated: Bool
    /// Some negator stands anywhere in its clause.
    public var hedged: Bool
}

/// A number in the text, with what it counts.
public struct NumberMention: Sendable {
    public enum Kind: Sendable { case perDay, perSecond, perMonth, audience, messages, other }
    public var value: Double
    public var kind: Kind
    public var section: Int
    public var start: Int
    public var sentence: Int
}

public struct PreparedSection: Sendable {
    public let index: Int
    public let field: UseCaseField?
    public let locator: TextLocator
    public let original: [Unicode.Scalar]
    public let folded: FoldedText
    /// Sentence ranges in the folded text.
    public let sentences: [Range<Int>]
    private let sentenceLanguages: [Language?]
    /// Clause ranges in the folded text; every clause lies inside one sentence.
    public let clauses: [Range<Int>]
    public let clauseSentence: [Int]
    private let byConcept: [[ConceptMatch]]
    public let numbers: [NumberMention]
    public let language: Language
    let japaneseCount: Int
    let latinCount: Int
    /// Scalars of the original text (suppression lines excluded).
    let countedScalars: Int

    init(index: Int, section: LintSection, blankedLines: Set<Int>) {
        self.index = index
        field = section.field
        locator = section.locator
        var scalars = Array(section.text.unicodeScalars)
        let counted = scalars.count
        var blanked = 0
        if !blankedLines.isEmpty {
            var line = 1
            var i = 0
            while i < scalars.count {
                let s = scalars[i]
                let blanking = blankedLines.contains(line)
                if s == "\r" || s == "\n" {
                    if blanking { blanked += 1 }
                    if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                        i += 1
                        if blanking { blanked += 1 }
                    }
                    line += 1
                } else if blanking {
                    scalars[i] = " "
                    blanked += 1
                }
                i += 1
            }
        }
        countedScalars = counted - blanked
        original = section.text.unicodeScalars.map { $0 }
        let folded = TextFolding.fold(scalars)
        self.folded = folded
        var ja = 0
        var latin = 0
        for s in folded.scalars {
            if Language.isJapanese(s) { ja += 1 } else if s.value >= 0x61 && s.value <= 0x7A { latin += 1 }
        }
        japaneseCount = ja
        latinCount = latin
        language = Language.guess(japanese: ja, latin: latin) ?? .en

        let text = folded.scalars
        let hits = Lexicon.matcher.hits(in: text)
        let patterns = Lexicon.matcher.patterns
        // Shadows drop whatever lies inside them.
        let shadows = hits.filter { patterns[$0.pattern].concept == .shadow }
        func shadowed(_ hit: PhraseMatcher.Hit) -> Bool {
            shadows.contains { $0.start <= hit.start && hit.end <= $0.end && $0.end - $0.start > hit.end - hit.start }
        }
        var live = shadows.isEmpty ? hits : hits.filter { !shadowed($0) }
        // Within one concept, a match inside a longer one ("promotion" in "promotional") is the same mention.
        live.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var reach: [Int: Int] = [:]
        live = live.filter { hit in
            let concept = patterns[hit.pattern].concept.rawValue
            if let end = reach[concept], hit.end <= end { return false }
            reach[concept] = max(reach[concept] ?? 0, hit.end)
            return true
        }
        // A negator that is part of a phrase with its own meaning ("not interested", "never mail",
        // "送信しません") belongs to that phrase and negates nothing else.
        let phraseRanges = live.compactMap { hit -> Range<Int>? in
            switch patterns[hit.pattern].concept {
            case .optOut, .consentNotRequired, .unbounded, .complaintIgnored, .mandatoryMessage: hit.start..<hit.end
            default: nil
            }
        }
        func consumed(_ negator: PhraseMatcher.Hit) -> Bool {
            phraseRanges.contains { $0.lowerBound <= negator.start && negator.end <= $0.upperBound && $0.count > negator.end - negator.start }
        }

        let sentences = Self.splitSentences(text)
        self.sentences = sentences
        sentenceLanguages = Self.sentenceLanguages(text, sentences)
        let contrastStarts = Set(live.filter { patterns[$0.pattern].concept == .contrast }.map(\.start))
        var clauses: [Range<Int>] = []
        var clauseSentence: [Int] = []
        for (n, sentence) in sentences.enumerated() {
            for clause in Self.splitClauses(text, sentence, contrastStarts: contrastStarts) {
                clauses.append(clause)
                clauseSentence.append(n)
            }
        }
        self.clauses = clauses
        self.clauseSentence = clauseSentence
        func clauseIndex(_ position: Int) -> Int {
            var low = 0
            var high = clauses.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if clauses[mid].lowerBound <= position { low = mid } else { high = mid - 1 }
            }
            return max(0, low)
        }

        // Negators, with the extra check that Japanese ない follows a verb or adjective stem.
        var before: [[PhraseMatcher.Hit]] = Array(repeating: [], count: max(1, clauses.count))
        var after: [[PhraseMatcher.Hit]] = Array(repeating: [], count: max(1, clauses.count))
        for hit in live {
            let concept = patterns[hit.pattern].concept
            guard concept == .negationBefore || concept == .negationAfter else { continue }
            if patterns[hit.pattern].phrase == "ない" || patterns[hit.pattern].phrase == "なかった" {
                guard hit.start > 0, TextFolding.isHiragana(text[hit.start - 1]) || text[hit.start - 1] == "来" else { continue }
            }
            if consumed(hit) { continue }
            let c = clauseIndex(hit.start)
            if concept == .negationBefore { before[c].append(hit) } else { after[c].append(hit) }
        }

        var byConcept: [[ConceptMatch]] = Array(repeating: [], count: Concept.allCases.count)
        for hit in live {
            let concept = patterns[hit.pattern].concept
            if concept == .shadow || concept == .negationBefore || concept == .negationAfter || concept == .contrast { continue }
            let c = clauses.isEmpty ? 0 : clauseIndex(hit.start)
            var count = 0
            var any = false
            for negator in before[c] where !(negator.end > hit.start && negator.start < hit.end) {
                any = true
                if negator.end <= hit.start && hit.start - negator.end <= 60 { count += 1 }
            }
            for negator in after[c] where !(negator.end > hit.start && negator.start < hit.end) {
                any = true
                if negator.start >= hit.end && negator.start - hit.end <= 40 { count += 1 }
            }
            byConcept[concept.rawValue].append(ConceptMatch(
                concept: concept, section: index, start: hit.start, end: hit.end,
                sentence: clauses.isEmpty ? 0 : clauseSentence[c], clause: c, negated: count % 2 == 1, hedged: any
            ))
        }
        for i in byConcept.indices { byConcept[i].sort { $0.start < $1.start } }
        self.byConcept = byConcept

        func sentenceIndex(_ position: Int) -> Int { clauses.isEmpty ? 0 : clauseSentence[clauseIndex(position)] }
        numbers = NumberReader.read(text, section: index, sentenceOf: sentenceIndex, matches: byConcept)
    }

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
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= position { low = middle + 1 } else { high = middle }
        }
        guard low < sentences.count, sentences[low].contains(position) else { return language }
        return sentenceLanguages[low] ?? language
    }

    /// Each sentence's language, or nil when it holds no letters of either script.
    static func sentenceLanguages(_ text: [Unicode.Scalar], _ sentences: [Range<Int>]) -> [Language?] {
        sentences.map { Language.guess(text[$0]) }
    }

    // MARK: splitting

    static func splitSentences(_ text: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var lineStart = 0
        func close(_ end: Int) {
            var s = start
            while s < end && TextFolding.isSpace(text[s]) { s += 1 }
            if s < end { result.append(s..<end) }
            start = end
        }
        var i = 0
        while i < text.count {
            let s = text[i]
            switch s {
            case "。", "！", "？", "!", "?", "．":
                close(i + 1)
            case ".":
                if i + 1 == text.count || TextFolding.isSpace(text[i + 1]) || Language.isJapanese(text[i + 1]) { close(i + 1) }
            case TextFolding.paragraph:
                close(i)
                lineStart = i + 1
            case "\n":
                let previous = i > 0 ? text[i - 1] : " "
                let next = i + 1 < text.count ? text[i + 1] : " "
                let nextIsBullet = "-*•・■●◆□○#>".unicodeScalars.contains(next)
                    || (next.value >= 0x30 && next.value <= 0x39 && i + 2 < text.count && ".)".unicodeScalars.contains(text[i + 2]))
                let previousEnds = ".。!?:：)）」』す".unicodeScalars.contains(previous)
                if nextIsBullet || previousEnds || i - lineStart < 40 { close(i) }
                lineStart = i + 1
            default:
                break
            }
            i += 1
        }
        close(text.count)
        return result
    }

    private static let subjects: [[Unicode.Scalar]] = [
        "we", "they", "i", "it", "you", "our", "each", "every", "this", "these", "that", "which", "he", "she",
        "there", "any", "all", "then", "so",
    ].map { Array($0.unicodeScalars) }
    private static let clauseParticles: Set<Unicode.Scalar> = Set("してでりきちみいけえせれべめねずがどばらくとにも".unicodeScalars)

    static func splitClauses(_ text: [Unicode.Scalar], _ sentence: Range<Int>, contrastStarts: Set<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = sentence.lowerBound
        func wordAt(_ position: Int) -> ArraySlice<Unicode.Scalar> {
            var end = position
            while end < sentence.upperBound && TextFolding.isWordScalar(text[end]) { end += 1 }
            return text[position..<end]
        }
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            let s = text[i]
            var boundary: Int?
            if s == ";" || s == "；" {
                boundary = i + 1
            } else if s == "," {
                var j = i + 1
                while j < sentence.upperBound && TextFolding.isSpace(text[j]) { j += 1 }
                var word = wordAt(j)
                if word.elementsEqual("and".unicodeScalars) || word.elementsEqual("or".unicodeScalars) {
                    j += word.count
                    while j < sentence.upperBound && TextFolding.isSpace(text[j]) { j += 1 }
                    word = wordAt(j)
                }
                if subjects.contains(where: { word.elementsEqual($0) }) { boundary = i + 1 }
            } else if s == "、" {
                if i > sentence.lowerBound, clauseParticles.contains(text[i - 1]) { boundary = i + 1 }
            } else if s == " ", contrastStarts.contains(i + 1) || (i + 1 < sentence.upperBound && wordAt(i + 1).elementsEqual("and".unicodeScalars) && {
                var j = i + 4
                while j < sentence.upperBound && TextFolding.isSpace(text[j]) { j += 1 }
                let w = wordAt(j)
                return w.elementsEqual("we".unicodeScalars) || w.elementsEqual("they".unicodeScalars)
            }()) {
                boundary = i + 1
            } else if contrastStarts.contains(i), i > sentence.lowerBound, !TextFolding.isWordScalar(s) {
                boundary = i
            }
            if let b = boundary, b > start {
                result.append(start..<b)
                start = b
            }
            i += 1
        }
        if start < sentence.upperBound { result.append(start..<sentence.upperBound) }
        return result
    }
}
