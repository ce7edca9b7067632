/// Where one region stands while `status --watch` waits for the review's decision.
public enum RegionWait: Hashable, Sendable {
    /// The review is still PENDING: read again.
    case pending(caseID: String?)
    /// Production access is on (the review was GRANTED, or access was already there).
    case granted(caseID: String?)
    /// The review ended DENIED or FAILED: the follow-up is a reply on the case.
    case closed(status: String, caseID: String?)
    /// No review was ever opened here: there is nothing to wait for.
    case notSubmitted
    /// Reading the region failed (after retries): `message` says why; `isAWS` tells an AWS or
    /// network failure (exit 3) from a problem the user must fix (exit 1).
    case unavailable(message: String, isAWS: Bool)

    /// What GetAccount's answer means for the wait.
    public init(_ account: AccountStatus) {
        let caseID = account.review?.caseID
        switch account.review?.status {
        case .granted?: self = .granted(caseID: caseID)
        case let closed? where closed == .denied || closed == .failed: self = .closed(status: closed.name, caseID: caseID)
        case nil: self = account.productionAccess ? .granted(caseID: caseID) : .notSubmitted
        case .pending?, .other?, .denied?, .failed?:
            self = account.productionAccess ? .granted(caseID: caseID) : .pending(caseID: caseID)
        }
    }

    /// True once the region needs no more reads.
    public var isSettled: Bool {
        if case .pending = self { return false }
        return true
    }

    /// The exit status of a finished (or stopped) wait: 3 when a region could not be read from
    /// AWS, else 1 when one is not granted (denied, failed, never submitted, still pending at
    /// the timeout), else 0.
    public static func exitStatus(_ waits: [RegionWait]) -> Int32 {
        if waits.contains(where: { if case .unavailable(_, true) = $0 { true } else { false } }) { return 3 }
        return waits.allSatisfy { if case .granted = $0 { true } else { false } } ? 0 : 1
    }

    /// The region's line: its state and, when one is due, the next step.
    public func line(region: String, profile: String?, language: Language) -> String {
        let profileArgument = profile ?? "PROFILE"
        let text: LocalizedText = switch self {
        case let .pending(caseID): WatchMessages.pending(case: WatchMessages.caseNote(caseID, language))
        case let .granted(caseID): WatchMessages.granted(case: WatchMessages.caseNote(caseID, language))
        case let .closed(status, caseID):
            WatchMessages.closed(status, case: WatchMessages.caseNote(caseID, language),
                                 next: "sesame reply \(profileArgument) --message reviewer.txt" + (caseID.map { " --send --case \($0)" } ?? ""))
        case .notSubmitted: WatchMessages.notSubmitted(next: "sesame submit \(profileArgument) --region \(region)")
        case let .unavailable(message, _): WatchMessages.unavailable(message)
        }
        return "\(region): " + text.text(in: language)
    }
}

extension StatusReport.Row {
    /// A watched region's row in the final JSON: its last answer, or why it could not be read.
    public static func watched(_ region: String, account: AccountStatus?, wait: RegionWait) -> StatusReport.Row {
        if let account { return .account(region, account) }
        if case let .unavailable(message, isAWS) = wait {
            return .failed(region, ReportedFailure(message: message, category: isAWS ? .aws : .inputProblem))
        }
        return .failed(region, ReportedFailure(message: "not read before the wait ended", category: .aws))
    }
}
