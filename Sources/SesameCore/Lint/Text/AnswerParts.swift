// Stage 6 of the text engine: claims. For each of the four questions, which parts of an answer
// the text states (affirmed, not negated, not a condition), and which sentence it read them in.

/// One of the questions AWS asks, with the parts an answer needs (review criteria §6), and the
/// question every reviewer asks besides: who receives the mail and why they expect it.
public enum AnswerQuestion: Sendable, CaseIterable {
    case listAcquisition, bounces, complaints, optOut, recipients

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
        /// How the recipients came to the sender: an order, an account, a booking, a sign-up.
        case relationship
        /// A step a reviewer can check (a confirmation link), where a list answer grades itself
        /// ("kept clean and up to date", 「リストは適切に管理しております」) instead of saying what is done.
        case specifics
    }

    var field: UseCaseField {
        switch self {
        case .listAcquisition: .listAcquisition
        case .bounces: .bounceHandling
        case .complaints: .complaintHandling
        case .optOut: .optOut
        case .recipients: .recipients
        }
    }

    /// The concepts that show a sentence is about this question.
    var topics: [Concept] {
        switch self {
        // "Customers who bought from us", 「お取引のあったお客様」: a relationship is where the addresses came from.
        // "Where addresses come from:", 「■宛先の取得方法」: a heading that names the question.
        // "Contact data is lawfully obtained", 「宛先は適法かつ適正に取得」: a verdict on the list is about it.
        case .listAcquisition: [.consentSource, .purchasedList, .relationshipAct, .listTopic, .vagueListClaim]
        case .bounces: [.bounce]
        case .complaints: [.complaint]
        case .optOut: [.optOut]
        case .recipients: [.recipientNoun]
        }
    }

    /// The parts an answer needs for mail of `mailType`: transactional mail's consent is the
    /// order or the account itself, and its opt-out answer may be which messages are mandatory.
    func parts(for mailType: MailType?) -> [Part] {
        switch self {
        case .listAcquisition: mailType == .transactional ? [.source] : [.source, .consent]
        case .bounces, .complaints: [.route, .effect]
        case .optOut: mailType == .transactional ? [.mechanism] : [.mechanism, .timing]
        // Marketing recipients expect the mail only if they asked for it: a customer did not.
        case .recipients: mailType == .transactional ? [.relationship] : [.relationship, .consent]
        }
    }

    /// Parts a text states once for the whole document rather than next to the topic: how the
    /// recipients came to the sender, and their consent to marketing mail, are usually told where
    /// the list is built ("Who gets it: members. How the list is built: the membership form.").
    func readsDocumentWide(_ part: Part) -> Bool {
        self == .recipients
    }

    /// The concepts that state `part` for mail of `mailType`: saying which messages are mandatory
    /// answers how transactional mail is switched off, never how marketing mail is.
    static func evidence(for part: Part, mailType: MailType?) -> [Concept] {
        switch part {
        case .route: [.noticeRoute]
        case .effect: [.addressEffect, .stopSending]
        // A page in the recipient's own account is a way out too ("switched off in the online account");
        // `unsubscribe-login-required` says when marketing mail needs more.
        case .mechanism: mailType == .marketing ? [.unsubscribeLink, .oneClick, .replyRequest, .accountPage]
            : [.unsubscribeLink, .oneClick, .mandatoryMessage, .replyRequest, .accountPage]
        // A one-click List-Unsubscribe is processed by the mailbox provider's request: immediate by design.
        case .timing: [.optOutTiming, .delayedRemoval, .oneClick]
        case .source: [.addressSource, .doubleOptIn, .relationshipAct]
        case .consent: [.consentGiven, .doubleOptIn]
        case .relationship: [.relationshipAct, .relationalKind]
        case .specifics: [.doubleOptIn]
        }
    }

    /// Concepts that spoil a sentence's claim to `part` for mail of `mailType`: "customers who have
    /// shown interest in our services" names an audience, not a relationship, when the mail is
    /// marketing (an enquiry is a fine reason to send its answer).
    static func spoilers(of part: Part, for mailType: MailType?) -> [Concept] {
        switch part {
        // "addresses we purchased from a list broker" is no purchase from us.
        case .relationship: mailType == .transactional ? [.purchasedList] : [.interestOnly, .noRelationship, .purchasedList]
        case .source: [.purchasedList]
        // 「利用規約への同意」, "users accept our terms of service": consent to the service, not to its marketing.
        case .consent: [.termsAgreement]
        default: []
        }
    }

    /// Concepts that lift a spoiler from a sentence: "they accept the terms and tick a box for our
    /// newsletter" consents to the newsletter.
    static let spoilerLifters: [Part: [Concept]] = [.consent: [.marketingSignal, .doubleOptIn]]

    /// Whether `sentence` of `section` spoils its own claim to `part`.
    static func spoils(_ part: Part, for mailType: MailType?, in section: PreparedSection, sentence: Int) -> Bool {
        // A spoiler counts only unhedged ("salons cannot upload contact lists" spoils nothing), as red flags do.
        let unhedged = { (concept: Concept) in
            section.matches(concept, inSentence: sentence).contains { !$0.hedged && !$0.conditional }
        }
        let affirmed = { (concept: Concept) in
            section.matches(concept, inSentence: sentence).contains { !$0.negated && !$0.conditional }
        }
        guard spoilers(of: part, for: mailType).contains(where: unhedged) else { return false }
        return !(spoilerLifters[part] ?? []).contains(where: affirmed)
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
    /// Every sentence read as part of the answer (`section`, sentence index), in order.
    public var readSentences: [(section: Int, sentence: Int)] = []

    /// The parts the answer needs and does not state.
    public var missing: [AnswerQuestion.Part] { needed.filter { !stated.contains($0) } }

    /// The parts still missing once `other`'s are taken into account where they are shared: SES
    /// sends bounce and complaint notices down the same route, so a text describes it once.
    public func missing(sharingRouteWith other: AnswerParts) -> [AnswerQuestion.Part] {
        missing.filter { $0 != .route || !other.stated.contains(.route) }
    }

    /// The recipients' parts still missing once what the list admits is taken into account: with
    /// marketing mail sent by default (a pre-ticked box, "receive it by default"), the missing consent
    /// is `pre-ticked-consent`'s to report, under list building, where reviewers file it.
    func missing(besides list: ListClaims) -> [AnswerQuestion.Part] {
        missing.filter { $0 != .consent || list.preTicked.isEmpty }
    }

    /// An answer's second half often follows in the next sentence ("Bounce events go to SNS. A
    /// hard bounce removes the address."): the sentence after one about the question is read too.
    static let followingSentences = 1
    /// A heading or a question ("Bounces:", 「【配信停止】」, "How do you handle complaints?") is
    /// answered by what follows it, up to the next heading; a section rarely runs longer than this.
    static let headedSentences = 8
    /// A line this short with no full stop is a heading, not a statement.
    static let headingLength = 40
    /// A "sentence" this short is a label ("A2.", 「回答：」), not a statement worth quoting.
    static let labelLength = 4

    /// The mail type whose parts the answer needs. A transactional request that also describes
    /// promotional mail as today's practice (「提携店舗のキャンペーン情報もお送りします」, "occasional
    /// promotions") needs consent for that mail: its list-building answer is judged as marketing's.
    /// Only words no other mail uses count (`promotion`): a school's newsletter is no advertising.
    static func judgedMailType(_ question: AnswerQuestion, in document: PreparedDocument) -> MailType? {
        guard question == .listAcquisition, document.mailType == .transactional else { return document.mailType }
        let describesMarketing = document.sections.contains { section in
            section.matches(.promotion).contains { !$0.hedged && !$0.conditional }
        }
        return describesMarketing ? .marketing : .transactional
    }

    /// Reads the answer to `question` from `document`: in a profile, the field answering it (all
    /// of it is about the question); in a plain draft, the sentences about the question and the
    /// one after each, or everything under a heading about it.
    init(_ question: AnswerQuestion, in document: PreparedDocument) {
        self.question = question
        needed = question.parts(for: Self.judgedMailType(question, in: document))
        stated = []
        firstSentence = nil
        // The first sentence that grades the list, and whether the answer names a step to check.
        var graded: (section: Int, range: Range<Int>)?
        var checkable = false
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
                    if !heading && Self.opensAnotherAnswer(after: last, to: question, in: section, mailType: document.mailType) { break }
                    last += 1
                }
                for following in sentence...last { read.insert(following) }
                if firstSentence == nil {
                    var quoted = heading && last > sentence ? sentence + 1 : sentence
                    // "Q2. …? A2. We handle…": a bare label ("A2.", "回答:") is not what was said.
                    while quoted < last, sentences[quoted].count <= Self.labelLength { quoted += 1 }
                    firstSentence = (section.index, sentences[quoted])
                }
            }
            for sentence in read.sorted() {
                readSentences.append((section.index, sentence))
                if question == .listAcquisition {
                    if graded == nil && Self.judgesItself(section, sentence: sentence) { graded = (section.index, sentences[sentence]) }
                    if Self.states(.specifics, for: document.mailType, in: section, sentence: sentence) { checkable = true }
                }
                for part in needed where !stated.contains(part) && !question.readsDocumentWide(part) {
                    let spoiled = AnswerQuestion.spoils(part, for: document.mailType, in: section, sentence: sentence)
                    if !spoiled && Self.states(part, for: document.mailType, in: section, sentence: sentence) { stated.insert(part) }
                }
            }
        }
        // "Our lists are kept clean", 「適法かつ適正に行っている」: a list answer that grades itself
        // needs a step a reviewer can check.
        // Quoted when nothing else is missing: the sentence that grades the list is the one to fix.
        if let graded, !checkable {
            needed.append(.specifics)
            if missing == [.specifics] { firstSentence = graded }
        }
        // A relay with abuse controls described has answered who its recipients are: the users' own
        // correspondents, within those controls.
        // Without them, its addresses are whatever its users type in: no source a reviewer can weigh.
        if question == .recipients || question == .listAcquisition {
            let relay = RelayClaims(document)
            if question == .recipients && relay.relay != nil && relay.controlled { stated.formUnion(needed) }
            if question == .listAcquisition && relay.uncontrolled != nil { stated.remove(.source) }
        }
        for part in needed where question.readsDocumentWide(part) && !stated.contains(part) {
            let states = document.sections.contains { section in
                AnswerQuestion.evidence(for: part, mailType: document.mailType).contains { concept in
                    section.matches(concept).contains { match in
                        !match.negated && !match.conditional
                            && !AnswerQuestion.spoils(part, for: document.mailType, in: section, sentence: match.sentence)
                    }
                }
            }
            if states { stated.insert(part) }
        }
    }

    /// Whether `sentence` of `section` grades the list rather than describing it: a vague verdict
    /// ("in line with best practice", "kept clean", 「適切に管理」「適法かつ適正に」), affirmed.
    static func judgesItself(_ section: PreparedSection, sentence: Int) -> Bool {
        [Concept.vagueListClaim, .vagueBoilerplate].contains { concept in
            section.matches(concept, inSentence: sentence).contains { Polarity.affirmed.accepts($0) }
        }
    }

    /// Whether `sentence` of `section` affirms `part` (not negated, not a condition). What happens
    /// to an address is also said by refusing it mail ("a hard bounce is never mailed again").
    static func states(_ part: AnswerQuestion.Part, for mailType: MailType?, in section: PreparedSection, sentence: Int) -> Bool {
        if part == .effect && refusesDelivery(in: section, sentence: sentence) { return true }
        return AnswerQuestion.evidence(for: part, mailType: mailType).contains { concept in
            section.matches(concept, inSentence: sentence).contains { match in
                !match.negated && !match.conditional
                    && !(part == .source && concept != .doubleOptIn && isConsentWord(match, in: section))
            }
        }
    }

    /// Whether `sentence` of `section` refuses an address mail: a delivery verb under negation ("is
    /// never mailed again", "those users won't get another email", 「以後送信されません」). Not when
    /// the verb is part of a stop ("stop sending"), when the clause negates a stop ("we never stop
    /// sending", 「配信は止めません」), or when what is not received is the notice ("we do not
    /// receive bounce notifications" is no effect, but a missing route).
    static func refusesDelivery(in section: PreparedSection, sentence: Int) -> Bool {
        let stops = section.matches(.addressEffect, inSentence: sentence) + section.matches(.stopSending, inSentence: sentence)
        let notices = section.matches(.noticeRoute, inSentence: sentence) + section.matches(.bounce, inSentence: sentence)
            + section.matches(.complaint, inSentence: sentence)
        return section.matches(.deliveryVerb, inSentence: sentence).contains { verb in
            verb.negated && !verb.conditional
                && !stops.contains { $0.start <= verb.start && verb.end <= $0.end || $0.clause == verb.clause && $0.negated }
                && !notices.contains { $0.clause == verb.clause && $0.start >= verb.end }
        }
    }

    /// "All recipients have opted in", 「全員からオプトインを取得済み」: an act that is the consent itself
    /// (or obtains it) says nothing of where the address came from.
    /// A Japanese honorific act (「いただいた」「くださった」) is the act of the word before it: after a
    /// consent word (「同意をいただいた方」) it is the consent too.
    static func isConsentWord(_ match: ConceptMatch, in section: PreparedSection) -> Bool {
        let text = section.folded.scalars
        let honorific = text[match.start] == "い" || text[match.start] == "く"
        let particle = match.start > 0 && "をに".unicodeScalars.contains(text[match.start - 1]) ? 1 : 0
        return section.matches(.consentGiven, inSentence: match.sentence).contains { consent in
            consent.start <= match.start && match.end <= consent.end || honorific && consent.end == match.start - particle
        }
    }

    /// Whether any sentence is about the question (when none is, the answer is missing, not weak).
    public var isMentioned: Bool { firstSentence != nil }

    /// The questions whose topic, named in the sentence after an answer, shows that sentence starts
    /// another answer. Who the recipients are and where they signed up is named in every answer
    /// ("users who created an account are notified") and starts none.
    static let answerOpeners: [AnswerQuestion] = [.bounces, .complaints, .optOut]

    /// Whether the sentence after `sentence` starts another answer rather than finishing this one:
    /// it stands in a new paragraph, or it names another question's topic and not this one's ("Bounces
    /// go to SNS. Regarding unsubscribes, we will add an option…", 「苦情は窓口で確認します。配信停止は
    /// 適宜対応します。」). A topic word that is itself part of this answer ("Those users are unsubscribed
    /// at once", an effect) starts nothing, unless the sentence opens with it as its subject.
    static func opensAnotherAnswer(after sentence: Int, to question: AnswerQuestion, in section: PreparedSection, mailType: MailType?) -> Bool {
        let text = section.folded.scalars
        let next = section.sentences[sentence + 1]
        if text[section.sentences[sentence].upperBound..<next.lowerBound].contains(TextFolding.paragraph) { return true }
        if question.topics.contains(where: { !section.matches($0, inSentence: sentence + 1).isEmpty }) { return false }
        let evidence = question.parts(for: mailType).flatMap { AnswerQuestion.evidence(for: $0, mailType: mailType) }
        let partOfThisAnswer = { (topic: ConceptMatch) in
            evidence.contains { concept in
                section.matches(concept, inSentence: sentence + 1).contains { $0.start <= topic.start && topic.end <= $0.end }
            }
        }
        return answerOpeners.filter { $0 != question }.flatMap(\.topics).contains { concept in
            section.matches(concept, inSentence: sentence + 1).contains { topic in
                !partOfThisAnswer(topic) || opensWith(topic, sentence: next, in: text)
            }
        }
    }

    /// How far into a sentence its subject may start: after a lead such as "Regarding", "As for",
    /// 「また、」「なお、」.
    static let subjectReach = 14

    /// Whether `match` is what its sentence is about: it starts the sentence (within `subjectReach`)
    /// and a topic marker follows it (「は」「については」, a comma or colon, "is", "are").
    static func opensWith(_ match: ConceptMatch, sentence: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        guard match.start - sentence.lowerBound <= subjectReach else { return false }
        var i = match.end
        while i < sentence.upperBound, TextFolding.isSpace(text[i]) { i += 1 }
        guard i < sentence.upperBound else { return false }
        if "はも、,:：".unicodeScalars.contains(text[i]) { return true }
        if text[i] == "に", i + 1 < sentence.upperBound, "つ関".unicodeScalars.contains(text[i + 1]) { return true }
        let word = String(String.UnicodeScalarView(text[i..<min(sentence.upperBound, i + 4)]))
        return word.hasPrefix("is ") || word == "are "
    }

    /// Whether a sentence is a heading or a question that what follows answers.
    static func isHeading(_ text: [Unicode.Scalar], _ sentence: Range<Int>) -> Bool {
        guard let last = text[sentence].lastIndex(where: { !TextFolding.isSpace($0) }) else { return false }
        let end = text[last]
        if ":：?？】".unicodeScalars.contains(end) { return true }
        // A Japanese question ends in か。 (「誰にメールを送りますか。」); "Q." or "Q1:" opens one.
        if end == "。", last > sentence.lowerBound, text[last - 1] == "か" { return true }
        if let first = sentence.first, text[first] == "Q" || text[first] == "q",
           first + 1 < sentence.upperBound, ".:：)）0123456789 ".unicodeScalars.contains(text[first + 1]) { return true }
        guard sentence.count <= headingLength else { return false }
        return !".。!！)）」".unicodeScalars.contains(end)
    }
}

/// Mail whose text or recipients other people choose (an inbound-mail forwarder, a fax or SMS
/// bridge, a hosted mailbox, a form that mails whatever address is typed in), and whether the
/// text says what keeps it from carrying spam. AWS refused such a forwarder outright (review
/// criteria §4.6); with abuse controls described, a relay is a use case like another.
public struct RelayClaims: Sendable {
    /// The first affirmed mention of relaying, outside sentences about bounce or complaint notices
    /// (which are "forwarded" to the sender too).
    public let relay: ConceptMatch?
    /// Whether the text names an abuse control (rate limits, verified destinations, spam filtering).
    public let controlled: Bool

    init(_ document: PreparedDocument) {
        relay = document.sections.lazy.flatMap { section in
            section.matches(.relay).lazy.filter { match in
                !match.hedged && !match.conditional
                    && section.matches(.bounce, inSentence: match.sentence).isEmpty
                    && section.matches(.complaint, inSentence: match.sentence).isEmpty
            }
        }.first
        controlled = document.contains(.abuseControl, polarity: .affirmed)
    }

    /// The relay mention when no abuse control is described.
    public var uncontrolled: ConceptMatch? { controlled ? nil : relay }
}
