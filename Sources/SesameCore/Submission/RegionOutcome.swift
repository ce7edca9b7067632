/// What happens, or happened, to a production-access request in one region.
public struct RegionOutcome: Sendable, Hashable {
    public enum Action: String, Sendable {
        /// Checked and ready to be submitted.
        case pending
        case submitted, skipped, failed
    }

    /// Why the region got its action; `text(in:)` says it.
    public enum Reason: Sendable, Hashable {
        case ready
        /// The last review FAILED (AWS did not receive it), so the request goes again.
        case resubmittingAfterFailure
        case productionAccessOn
        case reviewPending(caseID: String?)
        case reviewClosed(ReviewStatus, caseID: String?)
        case requested
        /// Requested, but reading the review afterwards failed (with this explanation).
        case requestedReviewUnreadable(String)
        /// A retried PutAccountDetails met the review its lost first attempt had opened.
        case retryMetOpenedReview
        /// AWS answered ConflictException (with this message) and no review of ours explains it.
        case conflict(String)
        /// `submit --via support` opened this general technical Support case.
        case caseOpened(caseID: String)
        case noSupportPlan
        /// Another layer's explanation (an AWS error, a rendering error), already a sentence.
        case failed(String)

        public func text(in language: Language) -> String {
            let say = SubmissionMessages.self
            return switch self {
            case .ready: say.ready.text(in: language)
            case .resubmittingAfterFailure: say.resubmittingAfterFailure.text(in: language)
            case .productionAccessOn: say.productionAccessOn.text(in: language)
            case let .reviewPending(caseID): say.reviewPending(say.caseSuffix(caseID, in: language)).text(in: language)
            case let .reviewClosed(status, caseID):
                say.reviewClosed(status.name, say.caseSuffix(caseID, in: language)).text(in: language)
            case .requested: say.requested.text(in: language)
            case let .requestedReviewUnreadable(reason): say.requestedReviewUnreadable(reason).text(in: language)
            case .retryMetOpenedReview: say.retryMetOpenedReview.text(in: language)
            case let .conflict(message): say.conflict(message).text(in: language)
            case let .caseOpened(caseID): say.caseOpened(caseID).text(in: language)
            case .noSupportPlan: say.noSupportPlan.text(in: language)
            case let .failed(message): message
            }
        }
    }

    public var region: String
    public var action: Action
    public var reason: Reason
    public var review: Review?
    /// For a failed region: how bad, for the exit status.
    public var failure: FailureCategory?

    public init(region: String, action: Action, reason: Reason, review: Review? = nil, failure: FailureCategory? = nil) {
        self.region = region
        self.action = action
        self.reason = reason
        self.review = review
        self.failure = failure
    }

    /// A region whose step failed for a reason another layer explains.
    public static func failed(_ region: String, _ failure: ReportedFailure) -> RegionOutcome {
        RegionOutcome(region: region, action: .failed, reason: .failed(failure.message), failure: failure.category)
    }
}
