/// Lints a composed reply as a reply, not as a request: it is not pasted into the form, so
/// there is no 5000-character limit and it need not introduce the business or the website
/// again; template residue is an error, as it must never reach the reviewer.
public enum ReplyLint {
    /// Where the findings say they are: the reply is text sesame made, not a file.
    public static let path = "reply"

    /// The topics a reply is judged on: the four questions, the recipients, the volume, clarity.
    static let judgedTopics: Set<Topic> = [.recipients, .listAcquisition, .bounceHandling, .complaintHandling, .optOut, .sendingVolume, .clarity]

    /// The findings about `reply`, placed by line and column of its text. A topic the reviewer
    /// did not ask about is not missing from the reply.
    public static func findings(in reply: ComposedReply) -> [Diagnostic] {
        let settings = LintSettings(disabled: ["too-long", "length-near-limit"], severities: ["placeholder-text": .error])
        let result = Linter().lint(LintDocument.plainDraft(path: path, text: reply.text), settings: settings)
        let asked = Set(reply.answers.flatMap(\.parts).map(\.topic) + reply.openQuestions.flatMap(\.missing)).union([.clarity])
        return result.diagnostics.filter { judgedTopics.contains($0.topic) && asked.contains($0.topic) }
    }
}

extension ComposedReply {
    /// `{"language","complete","answers":{topic: text},"questions":[…],"open_questions":[…],"lint":[…],"reply"}`.
    public func json(findings: [Diagnostic]) -> JSONValue {
        let answered = Dictionary(answers.map { ($0.question, $0) }, uniquingKeysWith: { first, _ in first })
        var questions: [JSONValue] = answers.map { answer in
            .object([
                ("question", .string(answer.question)),
                ("line", answer.line.map { .int($0) } ?? .null),
                ("topics", .array(answer.parts.map { .string($0.topic.rawValue) })),
                ("answered", .bool(true)),
            ])
        }
        for open in openQuestions where answered[open.question] == nil {
            questions.append(.object([
                ("question", .string(open.question)),
                ("line", open.line.map { .int($0) } ?? .null),
                ("topics", .array(open.missing.map { .string($0.rawValue) })),
                ("answered", .bool(false)),
            ]))
        }
        return .object([
            ("language", .string(language.rawValue)),
            ("complete", .bool(isComplete)),
            ("answers", .object(byTopic.map { ($0.topic.rawValue, .string($0.text)) })),
            ("questions", .array(questions)),
            ("open_questions", .array(openQuestions.map { open in
                .object([
                    ("question", .string(open.question)),
                    ("line", open.line.map { .int($0) } ?? .null),
                    ("missing", .array(open.missing.flatMap(ReplyMessages.keyPaths).map(JSONValue.string))),
                    ("message", .string(open.message(language))),
                ])
            })),
            ("lint", .array(findings.map { finding in
                .object([
                    ("line", .int(finding.location.line)), ("column", .int(finding.location.column)),
                    ("severity", .string(finding.severity.rawValue)), ("rule", .string(finding.rule)),
                    ("message", .string(finding.message)),
                ])
            })),
            ("reply", .string(text)),
        ])
    }
}
