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
    private let claimsCache = DocumentClaimsCache()

    public init(_ document: LintDocument, suppressedLines: Set<Int> = []) {
        self.document = document
        let sections = document.sections.enumerated().map { index, section in
            PreparedSection(index: index, section: section, blankedLines: document.sections.count == 1 ? suppressedLines : [])
        }
        self.sections = sections
        language = sections.reduce(ScriptCount()) { $0 + $1.scripts }.language ?? .en
        let inference = document.declaredMailType == nil ? MailTypeInference.infer(sections: sections) : nil
        inferredMailType = inference
        mailType = document.declaredMailType ?? inference?.mailType
    }

    /// What the document claims in answer to each question, about its content and about relaying,
    /// read the first time a rule asks and kept for the others.
    public var claims: DocumentClaims { claimsCache.claims(of: self) }

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
    /// Not negated (double negation counts as affirmative) and not inside a condition.
    case affirmed
    /// Not under any negation at all in its clause, before or after (for red flags: few false alarms).
    case unhedged

    func accepts(_ match: ConceptMatch) -> Bool {
        switch self {
        case .any: true
        case .affirmed: !match.negated && !match.conditional
        case .unhedged: !match.hedged && !match.conditional
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
    /// It stands inside a condition ("if we ever add newsletters") or a quoted example: not a claim about today.
    public var conditional: Bool
}
