/// Where an account's production-access review stands, as GetAccount's `ReviewDetails.Status`
/// says. One type for `submit`, `status` and `doctor`. (A Support case opened by `submit --via
/// support` has no such status: it is a general technical case, not an SES review.)
public enum ReviewStatus: Sendable, Hashable {
    /// AWS is reviewing the request.
    case pending
    /// Production access was granted.
    case granted
    /// The request was denied; the follow-up goes through the support case.
    case denied
    /// "An internal error occurred and we didn't receive your appeal. You can submit your
    /// appeal again." (the SES v2 model): the request may simply be sent again.
    case failed
    /// A status this version does not know, as AWS spelled it.
    case other(String)

    /// The status AWS reported, read case-insensitively.
    public init(_ raw: String) {
        switch raw.uppercased() {
        case "PENDING": self = .pending
        case "GRANTED": self = .granted
        case "DENIED": self = .denied
        case "FAILED": self = .failed
        default: self = .other(raw)
        }
    }

    /// The status as AWS spells it: `PENDING`, `GRANTED`, `DENIED`, `FAILED`.
    public var name: String {
        switch self {
        case .pending: "PENDING"
        case .granted: "GRANTED"
        case .denied: "DENIED"
        case .failed: "FAILED"
        case let .other(raw): raw
        }
    }

    /// After a denial the user replies on the support case rather than sending a new request
    /// (`submit --force` still tries, and reports AWS's answer). A FAILED review does not close it.
    public var closesTheAPI: Bool { self == .denied }
}

/// A production-access review: its status and its support case, either of which may be unknown.
public struct Review: Sendable, Hashable {
    public var status: ReviewStatus?
    public var caseID: String?

    public init(status: ReviewStatus?, caseID: String?) {
        self.status = status
        self.caseID = caseID
    }

    /// The review AWS reported, or nil when it reported neither a status nor a case.
    public init?(status: String?, caseID: String?) {
        guard status != nil || caseID != nil else { return nil }
        self.init(status: status.map(ReviewStatus.init), caseID: caseID)
    }

    /// `{"status": …, "case_id": …}`, as product.md describes it.
    public var json: JSONValue {
        .object([
            ("status", status.map { .string($0.name) } ?? .null),
            ("case_id", caseID.map(JSONValue.string) ?? .null),
        ])
    }
}
