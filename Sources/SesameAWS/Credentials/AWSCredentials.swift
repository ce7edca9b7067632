internal import SigV4

/// Credentials from any source. The secret and the token never appear in descriptions.
public struct AWSCredentials: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    public var accessKeyId: String
    public var secretAccessKey: String
    public var sessionToken: String?
    /// When temporary credentials stop working; nil for long-term keys.
    public var expiration: Date?
    public var accountId: String?

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil,
                expiration: Date? = nil, accountId: String? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
        self.accountId = accountId
    }

    public var description: String {
        var text = "AWSCredentials(accessKeyId: \(accessKeyId), secretAccessKey: <redacted>"
        if sessionToken != nil { text += ", sessionToken: <redacted>" }
        if let expiration { text += ", expiration: \(ISO8601.format(expiration))" }
        return text + ")"
    }

    public var debugDescription: String { description }

    /// Which part, if any, cannot go into an HTTP header as it is: the key id (in `Authorization`)
    /// or the session token (`X-Amz-Security-Token`) holding a CR, LF or NUL, which would end the
    /// header and start another.
    var headerUnsafePart: CredentialProblem.CredentialPart? {
        if HTTPHeaderValue.breaksLine(accessKeyId) { return .accessKeyId }
        if let sessionToken, HTTPHeaderValue.breaksLine(sessionToken) { return .sessionToken }
        return nil
    }

    var signing: SigningCredentials {
        SigningCredentials(accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken)
    }
}
