/// What GetAccount says about one region of an account, as plain values: what `submit` plans
/// from and `status` prints. The command line fills it from the SES v2 API.
public struct AccountStatus: Sendable, Hashable {
    public var productionAccess: Bool
    public var sendingEnabled: Bool
    /// HEALTHY, PROBATION or SHUTDOWN (an open set).
    public var enforcementStatus: String?
    public var max24HourSend: Double?
    public var maxSendRate: Double?
    public var sentLast24Hours: Double?
    public var review: Review?

    public init(
        productionAccess: Bool, sendingEnabled: Bool, enforcementStatus: String? = nil, max24HourSend: Double? = nil,
        maxSendRate: Double? = nil, sentLast24Hours: Double? = nil, review: Review? = nil
    ) {
        self.productionAccess = productionAccess
        self.sendingEnabled = sendingEnabled
        self.enforcementStatus = enforcementStatus
        self.max24HourSend = max24HourSend
        self.maxSendRate = maxSendRate
        self.sentLast24Hours = sentLast24Hours
        self.review = review
    }
}

/// Why something failed, in the contract's terms; the command line turns it into the exit status.
public enum FailureCategory: Sendable, Hashable, Comparable {
    /// The input or the account has problems the user must fix (exit 1).
    case inputProblem
    /// A usage error, or input that cannot be read or parsed (exit 2).
    case unusableInput
    /// AWS or the network failed after retries, or no usable credentials (exit 3).
    case aws
    /// The user stopped the command with Ctrl-C (exit 130, as a shell reports SIGINT).
    case interrupted
}

/// A failure described by another layer (an AWS error, a rendering error): its message, already
/// a sentence, and its category.
public struct ReportedFailure: Sendable, Hashable, Error {
    public var message: String
    public var category: FailureCategory

    public init(message: String, category: FailureCategory) {
        self.message = message
        self.category = category
    }
}
