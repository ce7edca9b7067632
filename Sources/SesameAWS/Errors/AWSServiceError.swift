/// An error response from an AWS service, whatever its wire protocol.
public struct AWSServiceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The service id, e.g. `SESv2`.
    public var service: String
    /// The cleaned error code, e.g. `TooManyRequestsException`, or the status as text.
    public var code: String
    public var message: String
    public var status: Int
    public var requestId: String?
    /// The `error` member of a JSON error body: AWS Sign-In's OAuth 2.0 error code
    /// (`TOKEN_EXPIRED`, `USER_CREDENTIALS_CHANGED`, …); nil for other services.
    public var oauthError: String?

    public init(service: String, code: String, message: String, status: Int, requestId: String? = nil,
                oauthError: String? = nil) {
        self.service = service
        self.code = code
        self.message = message
        self.status = status
        self.requestId = requestId
        self.oauthError = oauthError
    }

    public var description: String {
        var text = "\(service) returned \(code) (HTTP \(status))"
        if !message.isEmpty { text += ": \(message)" }
        if let requestId { text += " [request id \(requestId)]" }
        return text
    }

    /// Botocore's clean-up: cut at the first `:`, then keep what follows the last `#`.
    /// `BadRequestException:http://internal…` and `aws.protocoltests#FooError` both lose
    /// their decoration.
    static func cleanedCode(_ raw: String) -> String {
        let beforeColon = raw.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return String(beforeColon.split(separator: "#", omittingEmptySubsequences: false).last ?? "")
            .trimmingCharacters(while: \.isWhitespace)
    }
}

extension AWSServiceError: CategorizedAWSError {
    /// Codes by which AWS refuses a well-formed, authenticated request because of what it asks
    /// or of the account's state.
    static let userMustFixCodes: Set<String> = [
        "BadRequestException", "ConflictException", "NotFoundException", "SubscriptionRequiredException",
        "ValidationException", "CaseCreationLimitExceeded",
    ]

    /// Codes by which AWS rejects the credentials themselves (unknown, expired, mis-signed).
    static let rejectedCredentialCodes: Set<String> = [
        "InvalidClientTokenId", "UnrecognizedClientException", "InvalidSignatureException", "SignatureDoesNotMatch",
        "ExpiredToken", "ExpiredTokenException",
    ]

    /// The user must fix what a `userMustFixCodes` error names; rejected credentials are
    /// `noCredentials`; anything else (throttling, internal errors, access denied) is AWS's side.
    public var category: AWSErrorCategory {
        if Self.userMustFixCodes.contains(code) { return .userMustFix }
        if Self.rejectedCredentialCodes.contains(code) { return .noCredentials }
        return .serviceOrNetwork
    }
}

extension AWSServiceError {
    /// ConflictException: the request collides with the account's state (SES: a review is
    /// already open, or it was denied).
    public var isConflict: Bool { code == "ConflictException" }

    /// SubscriptionRequiredException: the AWS Support API needs a Business, Enterprise On-Ramp
    /// or Enterprise support plan.
    public var needsSupportPlan: Bool { code == "SubscriptionRequiredException" }
}
