/// What `submit` did, region by region: a line each as text, or `{"results": […]}` as JSON.
public struct SubmissionReport: Sendable {
    public var outcomes: [RegionOutcome]

    public init(_ outcomes: [RegionOutcome]) {
        self.outcomes = outcomes
    }

    /// The worst failure among the regions, which decides the exit status.
    public var worstFailure: FailureCategory? { outcomes.compactMap(\.failure).max() }

    /// `region: action — reason`, and the review of a submitted region; text from AWS sanitised.
    public func text(in language: Language) -> String {
        outcomes.map { outcome in
            var line = "\(SESRegions.label(outcome.region, in: language)): \(SubmissionMessages.action(outcome.action, in: language)) — \(outcome.reason.text(in: language))"
            if outcome.action == .submitted, let review = outcome.review {
                let status = review.status?.name ?? SubmissionMessages.unknownStatus.text(in: language)
                line += SubmissionMessages.reviewAfterSubmission(status, review.caseID).text(in: language)
            }
            return TerminalText.sanitized(line) + "\n"
        }.joined()
    }

    /// The results as product.md describes them; reasons in English.
    public var json: JSONValue {
        .object([("results", .array(outcomes.map { outcome in
            .object([
                ("region", .string(outcome.region)),
                ("action", .string(outcome.action.rawValue)),
                ("reason", .string(outcome.reason.text(in: .en))),
                ("review", outcome.review?.json ?? .null),
            ])
        }))])
    }
}
