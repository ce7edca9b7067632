/// Decides, region by region, what `submit` does and what its answers from AWS mean. Pure:
/// the command line reads the accounts and sends the requests; this judges them.
public enum SubmissionPlanner {
    /// Before anything is sent: skip a region that has production access or a pending review
    /// (unless `force`), refuse one whose last review was denied (unless `force`: AWS's answer
    /// is then reported), submit again after a FAILED review (AWS never received it), else submit.
    public static func plan(region: String, account: AccountStatus, force: Bool) -> RegionOutcome {
        let review = account.review
        switch review?.status {
        case .failed?:
            return RegionOutcome(region: region, action: .pending, reason: .resubmittingAfterFailure, review: review)
        case let status? where status.closesTheAPI && !force:
            return RegionOutcome(region: region, action: .failed, reason: .reviewClosed(status, caseID: review?.caseID),
                                 review: review, failure: .inputProblem)
        case .pending? where !force:
            return RegionOutcome(region: region, action: .skipped, reason: .reviewPending(caseID: review?.caseID), review: review)
        default:
            break
        }
        if account.productionAccess && !force {
            return RegionOutcome(region: region, action: .skipped, reason: .productionAccessOn, review: review)
        }
        return RegionOutcome(region: region, action: .pending, reason: .ready, review: review)
    }

    /// PutAccountDetails succeeded; `accountAfter` is GetAccount read afterwards. Reading it is
    /// only a courtesy: when it fails the region is still submitted, since calling it failed
    /// would invite a second submission.
    public static func submitted(region: String, accountAfter: Result<AccountStatus, ReportedFailure>) -> RegionOutcome {
        switch accountAfter {
        case let .success(account):
            return RegionOutcome(region: region, action: .submitted, reason: .requested, review: account.review)
        case let .failure(failure):
            return RegionOutcome(region: region, action: .submitted, reason: .requestedReviewUnreadable(failure.message))
        }
    }

    /// PutAccountDetails answered ConflictException. When the region had no pending review
    /// before and has one now, the request was a retry after a lost answer: the first attempt
    /// opened the review, so the region is submitted. Otherwise AWS refused a new request.
    public static func conflict(region: String, message: String, wasPendingBefore: Bool, accountAfter: AccountStatus?) -> RegionOutcome {
        if !wasPendingBefore, let account = accountAfter, account.review?.status == .pending {
            return RegionOutcome(region: region, action: .submitted, reason: .retryMetOpenedReview, review: account.review)
        }
        return RegionOutcome(region: region, action: .failed, reason: .conflict(message), failure: .inputProblem)
    }

    /// One Support case was opened for all of `regions`.
    /// The Support case is a general technical case, not an SES review: no review status is
    /// reported for it, only its id.
    public static func caseOpened(regions: [String], caseID: String) -> [RegionOutcome] {
        regions.map { RegionOutcome(region: $0, action: .submitted, reason: .caseOpened(caseID: caseID)) }
    }

    /// AWS Support's API refused the case because the account has no support plan that opens it.
    public static func noSupportPlan(regions: [String]) -> [RegionOutcome] {
        regions.map { RegionOutcome(region: $0, action: .failed, reason: .noSupportPlan, failure: .inputProblem) }
    }
}
