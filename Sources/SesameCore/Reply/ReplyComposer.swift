/// Composes the reply a person pastes into the support case, from the profile alone.
///
/// With the reviewer's message, every question found in it is answered in the order asked,
/// under the reviewer's own words; without one, the four questions AWS always asks and the
/// volume are. An answer is only ever text from the profile (or its figures and URL in a
/// sentence of the template's language): what the profile cannot answer is returned as an
/// `OpenQuestion` for the user, never filled in.
public enum ReplyComposer {
    /// The reply to `message` (nil: the standard questions) in `language`.
    public static func compose(profile: Profile, message: ReviewerMessage?, language: Language) -> ComposedReply {
        let questions = message?.questions ?? ReplyMessages.standardQuestions(language)
        var answers: [ReplyAnswer] = []
        var open: [OpenQuestion] = []
        for question in questions {
            let quoted = ReplyMessages.oneLine(question.text)
            let line = message == nil ? nil : question.line
            guard !question.topics.isEmpty else {
                open.append(OpenQuestion(question: quoted, line: line, missing: []))
                continue
            }
            var parts: [(Topic, String)] = []
            var missing: [Topic] = []
            for topic in question.topics {
                if let text = answer(topic, from: profile, language: language) { parts.append((topic, text)) } else { missing.append(topic) }
            }
            if !parts.isEmpty {
                answers.append(ReplyAnswer(question: quoted, line: line, parts: parts.map { ReplyAnswer.Part(topic: $0.0, text: $0.1) }))
            }
            if !missing.isEmpty { open.append(OpenQuestion(question: quoted, line: line, missing: missing)) }
        }
        return ComposedReply(language: language, answers: answers, openQuestions: open,
                             text: render(profile: profile, answers: answers, language: language))
    }

    /// The profile's answer to `topic`, or nil when it has none.
    static func answer(_ topic: Topic, from profile: Profile, language: Language) -> String? {
        let useCase = profile.useCase
        func field(_ field: UseCaseField) -> String? {
            guard let text = useCase[field]?.trimmed, !text.isEmpty else { return nil }
            return text.removingSpacesBetweenJapanese
        }
        switch topic {
        case .business: return field(.business)
        case .recipients: return field(.recipients)
        case .listAcquisition: return field(.listAcquisition)
        case .bounceHandling: return field(.bounceHandling)
        case .complaintHandling: return field(.complaintHandling)
        case .optOut: return field(.optOut)
        case .content: return field(.content)
        case .website:
            let url = profile.websiteURL.trimmed
            return url.isEmpty ? nil : ReplyMessages.website(url).text(in: language)
        case .sendingVolume:
            guard let daily = useCase.sending.dailyVolume, let peak = useCase.sending.peakPerSecond else { return nil }
            let figures = ReplyMessages.volume(daily: language.format(daily), peak: language.format(peak)).text(in: language)
            return [figures, field(.sendingRationale)].compactMap { $0 }.joined(separator: "\n")
        case .mailType, .compliance, .clarity: return nil
        }
    }

    private static func render(profile: Profile, answers: [ReplyAnswer], language: Language) -> String {
        var values = TemplateVariables.dictionary(for: profile, language: language)
        values["answers"] = .list(answers.map { .object(["question": .string($0.question), "answer": .string($0.text)]) })
        values["has_answers"] = .bool(!answers.isEmpty)
        return RequestRenderer.normalize(RequestTemplate.builtIn(.reply, language: language).render(values))
    }
}

/// A composed reply: the text to paste, what it answers, and what it could not.
public struct ComposedReply: Hashable, Sendable {
    public var language: Language
    /// The answered questions, in the order asked.
    public var answers: [ReplyAnswer]
    /// What the profile cannot answer: questions for the user before the reply is sent.
    public var openQuestions: [OpenQuestion]
    /// The rendered reply, normalised as `render` normalises.
    public var text: String

    /// True when every question has an answer from the profile.
    public var isComplete: Bool { openQuestions.isEmpty }

    /// Each topic's answer, in the order the topics were first asked.
    public var byTopic: [(topic: Topic, text: String)] {
        var seen: Set<Topic> = []
        return answers.flatMap(\.parts).filter { seen.insert($0.topic).inserted }.map { ($0.topic, $0.text) }
    }
}

/// One reviewer question and the profile's answer to it.
public struct ReplyAnswer: Hashable, Sendable {
    /// The reviewer's wording, on one line.
    public var question: String
    /// Where the question is in the message (nil for the standard questions).
    public var line: Int?
    /// The answer, topic by topic, in the order the question names them.
    public var parts: [Part]

    /// One topic's answer.
    public struct Part: Hashable, Sendable {
        public var topic: Topic
        public var text: String
    }

    /// The parts as one answer, a blank line between them.
    public var text: String { parts.map(\.text).joined(separator: "\n\n") }
}

/// A question the profile cannot answer, for the user.
public struct OpenQuestion: Hashable, Sendable {
    /// The reviewer's wording, on one line.
    public var question: String
    /// Where the question is in the message (nil for the standard questions).
    public var line: Int?
    /// The topics whose answer is missing from the profile; empty when no part of the profile
    /// is about what was asked.
    public var missing: [Topic]

    /// What to do, in `language`.
    public func message(_ language: Language) -> String {
        ReplyMessages.openQuestion(self, language)
    }
}
