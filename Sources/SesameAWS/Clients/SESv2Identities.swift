/// One entry of `ListEmailIdentities`.
public struct EmailIdentitySummary: Sendable, Equatable, Decodable {
    /// `EMAIL_ADDRESS`, `DOMAIN`, `MANAGED_DOMAIN`, or a newer value.
    public var identityType: String?
    public var identityName: String
    public var sendingEnabled: Bool?
    /// `PENDING`, `SUCCESS`, `FAILED`, `TEMPORARY_FAILURE`, `NOT_STARTED`, or newer.
    public var verificationStatus: String?

    enum CodingKeys: String, CodingKey {
        case identityType = "IdentityType", identityName = "IdentityName", sendingEnabled = "SendingEnabled"
        case verificationStatus = "VerificationStatus"
    }
}

/// The output of `GetEmailIdentity` that `doctor` uses.
public struct EmailIdentity: Sendable, Equatable, Decodable {
    public var identityType: String?
    public var feedbackForwardingStatus: Bool?
    public var verifiedForSendingStatus: Bool?
    public var verificationStatus: String?
    public var dkim: Dkim?
    public var mailFrom: MailFrom?
    public var configurationSetName: String?
    public var verificationInfo: VerificationInfo?

    public struct Dkim: Sendable, Equatable, Decodable {
        public var signingEnabled: Bool?
        /// Same values as `verificationStatus`.
        public var status: String?
        public var tokens: [String]?
        public var signingAttributesOrigin: String?

        enum CodingKeys: String, CodingKey {
            case signingEnabled = "SigningEnabled", status = "Status", tokens = "Tokens"
            case signingAttributesOrigin = "SigningAttributesOrigin"
        }
    }

    public struct MailFrom: Sendable, Equatable, Decodable {
        public var mailFromDomain: String?
        public var mailFromDomainStatus: String?
        public var behaviorOnMxFailure: String?

        enum CodingKeys: String, CodingKey {
            case mailFromDomain = "MailFromDomain", mailFromDomainStatus = "MailFromDomainStatus"
            case behaviorOnMxFailure = "BehaviorOnMxFailure"
        }
    }

    public struct VerificationInfo: Sendable, Equatable, Decodable {
        public var errorType: String?
        public var lastCheckedTimestamp: Date?
        public var lastSuccessTimestamp: Date?

        enum CodingKeys: String, CodingKey {
            case errorType = "ErrorType", lastCheckedTimestamp = "LastCheckedTimestamp"
            case lastSuccessTimestamp = "LastSuccessTimestamp"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            errorType = try container.decodeIfPresent(String.self, forKey: .errorType)
            lastCheckedTimestamp = try container.decodeIfPresent(FlexibleTimestamp.self, forKey: .lastCheckedTimestamp)?.date
            lastSuccessTimestamp = try container.decodeIfPresent(FlexibleTimestamp.self, forKey: .lastSuccessTimestamp)?.date
        }
    }

    enum CodingKeys: String, CodingKey {
        case identityType = "IdentityType", feedbackForwardingStatus = "FeedbackForwardingStatus"
        case verifiedForSendingStatus = "VerifiedForSendingStatus", verificationStatus = "VerificationStatus"
        case dkim = "DkimAttributes", mailFrom = "MailFromAttributes", configurationSetName = "ConfigurationSetName"
        case verificationInfo = "VerificationInfo"
    }
}
