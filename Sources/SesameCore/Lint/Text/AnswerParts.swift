// Stage 6 of the text engine: claims. For each of the four questions, which parts of an answer
// the text states (affirmed, not negated, not a condition), and which sentence it read them in.

/// One of the questions AWS asks, with the parts an answer needs (review criteria §6).
public enum AnswerQuestion: Sendable, CaseIterable {
    case listAcquisition, bounces, complaints, optOut

    /// A part of an answer.
    public enum Part: Sendable, Hashable {
        /// How the notice reaches the sender (SNS, an event destination, the mailing tool's integration).
        case route
        /// What happens to the address (suppressed, removed, never mailed again).
        case effect
        /// The unsubscribe mechanism (a link, List-Unsubscribe, a settings page).
        case mechanism
        /// When an unsubscribe takes effect.
        case timing
        /// Where addresses come from.
        case source
        /// How a recipient consents.
        case consent
    }

    var field: UseCaseField {
        switch self {
        case .listAcquisition: .listAcquisition
        case .bounces: .bounceHandling
        case .complaints: .complaintHandling
        case .optOut: .optOut
        }
    }

    /// The concepts that show a sentence is about this question.
    var topics: [Concept] {
        switch self {
        case .listAcquisition: [.consentSource, .purchasedList]
        case .bounces: [.bounce]
        case .complaints: [.complaint]
        case .optOut: [.optOut]
        }
    }

    /// The parts an answer needs for mail of `mailType`: transactional mail's consent is the
    /// order or the account itself, and its opt-out answer may be which messages are mandatory.
    func parts(for mailType: MailType?) -> [Part] {
        switch self {
        case .listAcquisition: mailType == .transactional ? [.source] : [.source, .consent]
        case .bounces, .complaints: [.route, .effect]
        case .optOut: mailType == .transactional ? [.mechanism] : [.mechanism, .timing]
        }
    }

    /// The concepts that state `part`.
    static func evidence(for part: Part) -> [Concept] {
        switch part {
        case .route: [.noticeRoute]
        case .effect: [.addressEffect, .stopSending]
        case .mechanism: [.unsubscribeLink, .oneClick, .mandatoryMessage, .replyRequest]
        // A one-click List-Unsubscribe is processed by the mailbox provider's request: immediate by design.
        case .timing: [.optOutTiming, .delayedRemoval, .oneClick]
        case .source: [.addressSource, .doubleOptIn]
        case .consent: [.consentGiven, .doubleOptIn]
        }
    }
}

/// What a text says in answer to one question: which parts it states, and the first sentence it
/// read about the question (quoted when the answer is weak).
public struct AnswerParts: Sendable {
    public var question: AnswerQuestion
    public var stated: Set<AnswerQuestion.Part>
    public var needed: [AnswerQuestion.Part]
    /// Where the first sentence about the question is: its section and folded range. Nil when no
    /// sentence is about the question.
    public var firstSentence: (section: Int, range: Range<Int>)?

    /// The parts the answer needs and does not state.
    public var missing: [AnswerQuestion.Part] { needed.filter { !stated.contains($0) } }

    /// The parts still missing once `other`'s are taken into account where they are shared: SES
    /// sends bounce and complaint notices down the same route, so a text describes it once.
    public func missing(sharingRouteWith other: AnswerParts) -> [AnswerQuestion.Part] {
        missing.filter { $0 != .route || !other.stated.contains(.route) }
    }

    /// An answer's second half often follows in the next sentence ("Bounce events go to SNS. A
    /// hard bounce removes the address."): the sentence after one about the question is read too.
    static let followingSentences = 1
    /// A heading or a question ("Bounces:", 「【配信停止】」, "How do you handle complaints?") is
    /// answered by what follows it, up to the next heading; a section rarely runs longer than this.
    static let headedSentences = 8
    /// A line this short with no full stop is a heading, not a statement.
    static let headingLength = 40

    /// Reads the answer to `question` from `document`: in a profile, the field answering it (all
    /// of it is about the question); in a plain draft, the sentences about the question and the
    /// one after each, or everything under a heading about it.
    init(_ question: AnswerQuestion, in document: PreparedDocument) {
        self.question = question
        needed = question.parts(for: document.mailType)
        stated = []
        firstSentence = nil
        for section in document.sections(answering: question.field) {
            let implied = section.field == question.field
            let sentences = section.sentences
            var read = Set<Int>()
            for sentence in sentences.indices {
                let about = implied || question.topics.contains { !section.matches($0, inSentence: sentence).isEmpty }
                guard about else { continue }
                let heading = Self.isHeading(section.folded.scalars, sentences[sentence])
                let reach = heading ? Self.headedSentences : Self.followingSentences
                var last = sentence
                while last < min(sentence + reach, sentences.count - 1) {
                    // The next heading starts another answer, whether this sentence is a heading or a statement.
                    if Self.isHeading(section.folded.scalars, sentences[last + 1]) { break }
                    last += 1
                }
                for following in sentence...last { read.insert(following) }
                if firstSentence == nil {
                    let quoted = heading && last > sentence ? sentence + 1 : sentence
                    firstSentence = (section.index, sentences[quoted])
                }
            }
            for sentence in read.sorted() {
                for part in needed where !stated.contains(part) {
                    let states = AnswerQuestion.evidence(for: part).contains { concept in
                        section.matches(concept, inSentence: sentence).contains { !$0.negated && !$0.conditional }
                    }
                    if states { stated.insert(part) }
                }
            }
        }
    }

    /// Whether a sentence is a heading or a question that what follows answers.
    static func isHeading(_ text: [Unicode.Scalar], _ sentence: Range<Int>) -> Bool {
        guard let last = text[sentence].lastIndex(where: { !TextFolding.isSpace($0) }) else { return false }
        let end = text[last]
        if ":：?？】".unicodeScalars.contains(end) { return true }
        guard sentence.count <= headingLength else { return false }
        return !".。!！)）」".unicodeScalars.contains(end)
    }
}
