/// What `doctor` knows about one region of an account, gathered from the SES v2 API by the
/// command line and judged here, without any network.
public struct AccountSnapshot: Sendable {
    public var region: String
    /// What GetAccount says: production access, sending, the quota and the review, as `submit`
    /// and `status` read it too.
    public var account: AccountStatus
    /// Reasons on the account-level suppression list: BOUNCE, COMPLAINT.
    public var suppressedReasons: [String]
    /// Auto Validation of the suppression list, when GetAccount reports it.
    public var autoValidation: AutoValidation?
    public var identities: [Identity]
    public var configurationSets: [ConfigurationSet]
    /// Why the configuration sets could not be listed (`ListConfigurationSets` failed after
    /// retries); nil when they were.
    public var configurationSetsProblem: String?
    /// For each `--to` address (lower-cased), what the account-level suppression list says.
    public var recipientSuppression: [String: SuppressionLookup]

    /// One address looked up on the account-level suppression list (`GetSuppressedDestination`).
    public enum SuppressionLookup: Sendable, Equatable {
        case notListed
        /// On the list since `since`, because of `reason` (BOUNCE or COMPLAINT).
        case listed(reason: String, since: Date?)
        /// The lookup failed after retries; `problem` says why.
        case unknown(problem: String)
    }

    public init(
        region: String, account: AccountStatus, suppressedReasons: [String] = [], autoValidation: AutoValidation? = nil,
        identities: [Identity] = [], configurationSets: [ConfigurationSet] = [], configurationSetsProblem: String? = nil,
        recipientSuppression: [String: SuppressionLookup] = [:]
    ) {
        self.region = region
        self.account = account
        self.suppressedReasons = suppressedReasons
        self.autoValidation = autoValidation
        self.identities = identities
        self.configurationSets = configurationSets
        self.configurationSetsProblem = configurationSetsProblem
        self.recipientSuppression = recipientSuppression
    }

    /// The suppression list's Auto Validation (`SuppressionAttributes.ValidationAttributes`):
    /// whether SES suppresses addresses it judges invalid, and from which confidence on.
    public struct AutoValidation: Sendable, Equatable {
        public var enabled: Bool
        /// MEDIUM, HIGH or MANAGED (open set), when given.
        public var confidenceThreshold: String?

        public init(enabled: Bool, confidenceThreshold: String? = nil) {
            self.enabled = enabled
            self.confidenceThreshold = confidenceThreshold
        }
    }

    /// An email address or domain identity.
    public struct Identity: Sendable {
        /// EMAIL_ADDRESS, DOMAIN or MANAGED_DOMAIN.
        public var type: String
        public var name: String
        /// PENDING, SUCCESS, FAILED, TEMPORARY_FAILURE or NOT_STARTED.
        public var verificationStatus: String
        public var verifiedForSending: Bool
        /// DKIM status, when known (from GetEmailIdentity).
        public var dkimStatus: String?
        public var dkimSigningEnabled: Bool?
        public var feedbackForwarding: Bool?
        /// Why its details (DKIM, feedback forwarding) could not be read: `GetEmailIdentity`
        /// failed after retries. Nil when they were read.
        public var detailsProblem: String?

        public init(type: String, name: String, verificationStatus: String, verifiedForSending: Bool,
                    dkimStatus: String? = nil, dkimSigningEnabled: Bool? = nil, feedbackForwarding: Bool? = nil,
                    detailsProblem: String? = nil) {
            self.type = type
            self.name = name
            self.verificationStatus = verificationStatus
            self.verifiedForSending = verifiedForSending
            self.dkimStatus = dkimStatus
            self.dkimSigningEnabled = dkimSigningEnabled
            self.feedbackForwarding = feedbackForwarding
            self.detailsProblem = detailsProblem
        }

        public var isDomain: Bool { type != "EMAIL_ADDRESS" }
        public var isVerified: Bool { verificationStatus == "SUCCESS" || verifiedForSending }
    }

    /// A configuration set and the event types its enabled destinations receive.
    public struct ConfigurationSet: Sendable {
        public var name: String
        public var destinations: [EventDestination]
        /// Why its event destinations could not be read; nil when they were.
        public var problem: String?

        public init(name: String, destinations: [EventDestination], problem: String? = nil) {
            self.name = name
            self.destinations = destinations
            self.problem = problem
        }
    }

    public struct EventDestination: Sendable {
        public var name: String
        public var enabled: Bool
        public var eventTypes: [String]
        /// SNS, EventBridge, CloudWatch, Firehose or Pinpoint.
        public var kind: String

        public init(name: String, enabled: Bool, eventTypes: [String], kind: String) {
            self.name = name
            self.enabled = enabled
            self.eventTypes = eventTypes
            self.kind = kind
        }
    }
}
