/// Lints a composed reply as `sesame lint --kind reply` lints a reply: through `FileLinter`, as
/// a draft of kind `DraftKind.reply` (no 5000-character limit, no website check, template residue
/// an error), and keeps the findings on what the reviewer asked.
public enum ReplyLint {
    /// Where the findings say they are: the reply is text sesame made, not a file.
    public static let path = "reply"

    /// The findings about `reply`, placed by line and column of its text. A topic the reviewer
    /// did not ask about is not missing from the reply.
    public static func findings(in reply: ComposedReply) -> [Diagnostic] {
        let linter = FileLinter(kind: .reply, renderedLength: { _ in nil })
        let diagnostics = linter.lint(text: reply.text, path: path).report.diagnostics
        let asked = Set(reply.answers.flatMap(\.parts).map(\.topic) + reply.openQuestions.flatMap(\.missing)).union([.clarity])
        return diagnostics.filter { asked.contains($0.topic) }
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
