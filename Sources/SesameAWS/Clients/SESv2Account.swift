/// The output of SES v2 `GetAccount` that sesame uses. Unknown members are ignored and
/// enumerations are kept as open strings.
public struct SESAccount: Sendable, Equatable, Decodable {
    /// False while the account is in the sandbox.
    public var productionAccessEnabled: Bool
    public var sendingEnabled: Bool
    /// `HEALTHY`, `PROBATION`, `SHUTDOWN`, or a newer value.
    public var enforcementStatus: String?
    public var dedicatedIpAutoWarmupEnabled: Bool?
    public var sendQuota: SendQuota?
    /// `BOUNCE` and/or `COMPLAINT`: reasons for the account-level suppression list.
    public var suppressedReasons: [String]
    /// The suppression list's Auto Validation (`ValidationAttributes.ConditionThreshold`), when reported.
    public var autoValidation: AutoValidation?
    public var details: AccountDetails?

    /// `ConditionThresholdEnabled` (`ENABLED` or `DISABLED`) and `ConfidenceVerdictThreshold`
    /// (`MEDIUM`, `HIGH`, `MANAGED`, or a newer value).
    public struct AutoValidation: Sendable, Equatable {
        public var status: String
        public var confidenceVerdictThreshold: String?

        public var isEnabled: Bool { status == "ENABLED" }
    }

    public struct SendQuota: Sendable, Equatable, Decodable {
        public var max24HourSend: Double?
        public var maxSendRate: Double?
        public var sentLast24Hours: Double?

        enum CodingKeys: String, CodingKey {
            case max24HourSend = "Max24HourSend", maxSendRate = "MaxSendRate", sentLast24Hours = "SentLast24Hours"
        }
    }

    /// What was submitted with `PutAccountDetails`, and the state of its review.
    public struct AccountDetails: Sendable, Equatable, Decodable {
        public var mailType: String?
        public var websiteURL: String?
        public var contactLanguage: String?
        public var useCaseDescription: String?
        public var additionalContactEmailAddresses: [String]?
        public var review: ReviewDetails?

        enum CodingKeys: String, CodingKey {
            case mailType = "MailType", websiteURL = "WebsiteURL", contactLanguage = "ContactLanguage"
            case useCaseDescription = "UseCaseDescription"
            case additionalContactEmailAddresses = "AdditionalContactEmailAddresses", review = "ReviewDetails"
        }
    }

    public struct ReviewDetails: Sendable, Equatable, Decodable {
        /// `PENDING`, `FAILED`, `GRANTED`, `DENIED`, or a newer value.
        public var status: String?
        public var caseId: String?

        enum CodingKeys: String, CodingKey { case status = "Status", caseId = "CaseId" }
    }

    enum CodingKeys: String, CodingKey {
        case productionAccessEnabled = "ProductionAccessEnabled", sendingEnabled = "SendingEnabled"
        case enforcementStatus = "EnforcementStatus", dedicatedIpAutoWarmupEnabled = "DedicatedIpAutoWarmupEnabled"
        case sendQuota = "SendQuota", suppressionAttributes = "SuppressionAttributes", details = "Details"
    }

    private struct SuppressionAttributes: Decodable {
        var SuppressedReasons: [String]?
        var ValidationAttributes: Validation?

        struct Validation: Decodable {
            var ConditionThreshold: Threshold
        }

        struct Threshold: Decodable {
            var ConditionThresholdEnabled: String
            var OverallConfidenceThreshold: Confidence?
        }

        struct Confidence: Decodable {
            var ConfidenceVerdictThreshold: String
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // Every member is optional in the model, but an answer with none of them (`{}`, or some
        // other document) is not an account: reading it as a paused sandbox would mislead.
        guard !container.allKeys.isEmpty else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription:
                "it has none of GetAccount's members (ProductionAccessEnabled, SendingEnabled, SendQuota, EnforcementStatus, Details)"))
        }
        productionAccessEnabled = try container.decodeIfPresent(Bool.self, forKey: .productionAccessEnabled) ?? false
        sendingEnabled = try container.decodeIfPresent(Bool.self, forKey: .sendingEnabled) ?? false
        enforcementStatus = try container.decodeIfPresent(String.self, forKey: .enforcementStatus)
        dedicatedIpAutoWarmupEnabled = try container.decodeIfPresent(Bool.self, forKey: .dedicatedIpAutoWarmupEnabled)
        sendQuota = try container.decodeIfPresent(SendQuota.self, forKey: .sendQuota)
        let suppression = try container.decodeIfPresent(SuppressionAttributes.self, forKey: .suppressionAttributes)
        suppressedReasons = suppression?.SuppressedReasons ?? []
        autoValidation = suppression?.ValidationAttributes.map { validation in
            AutoValidation(status: validation.ConditionThreshold.ConditionThresholdEnabled,
                           confidenceVerdictThreshold: validation.ConditionThreshold.OverallConfidenceThreshold?.ConfidenceVerdictThreshold)
        }
        details = try container.decodeIfPresent(AccountDetails.self, forKey: .details)
    }
}

extension SESAccount {
    /// Decodes a typical GetAccount answer and drops the result: for a thread that has time
    /// while another loads libcurl (`sesame`'s `StartupWarmUp`). The first decoding of these
    /// types costs about 0.9 M instructions that a later one does not pay: the runtime builds
    /// the generic metadata of `JSONDecoder`'s containers for each type's `CodingKeys`, checking
    /// each conformance by a scan of the binary's conformance records, and keeps both. Done
    /// here, they are not on the path from the answer to the table.
    public static func prepareDecoding() {
        _ = try? JSONDecoder().decode(SESAccount.self, from: Data(preparationAnswer.utf8))
    }

    /// The answer of an account in the sandbox that has not asked for production access yet:
    /// the members every answer has. (The types of the others, such as `Details`, are still
    /// decoded for the first time where an answer has them.)
    static let preparationAnswer = """
        {"DedicatedIpAutoWarmupEnabled":false,"EnforcementStatus":"HEALTHY","ProductionAccessEnabled":false,\
        "SendQuota":{"Max24HourSend":200.0,"MaxSendRate":1.0,"SentLast24Hours":0.0},\
        "SendingEnabled":true,"SuppressionAttributes":{"SuppressedReasons":[]}}
        """
}
