/// Why no usable credentials could be obtained. Nothing here holds a secret; the command line
/// words each case (`AWSErrorMessages`).
public enum CredentialError: Error, Sendable, Equatable {
    /// A source is configured but broken; `source` names it (e.g. `credential_process`).
    case sourceFailed(source: CredentialSourceName, reason: CredentialProblem)
    /// A key id without a secret, or the reverse.
    case partialCredentials(source: CredentialSourceName, missing: String)
    /// A profile's configuration cannot work as written.
    case invalidProfile(profile: String, reason: ProfileProblem)
    /// `source_profile` references loop back.
    case assumeRoleCycle([String])
    /// No source is configured; lists every source tried, in order.
    case noCredentials(tried: [CredentialSourceName])
    /// The IAM Identity Center session of `profile` cannot give credentials: sign in again.
    case ssoSessionExpired(profile: String, problem: SSOSessionProblem)
    /// The role of `profile` needs an MFA code (`mfa_serial`) and there is no terminal to ask on.
    case mfaNeedsTerminal(profile: String, serial: String)
    /// The MFA code typed is not six digits.
    case mfaCodeInvalid(profile: String)
    /// The `aws login` session of `profile` (`login_session`) cannot give credentials: sign in again.
    case loginSessionInvalid(profile: String, problem: LoginSessionProblem)

    /// What is wrong with a cached IAM Identity Center token.
    public enum SSOSessionProblem: Sendable, Equatable {
        /// No cache file: `aws sso login` was never run (or the cache was cleared).
        case missing
        /// The cache file is not the JSON `aws sso login` writes.
        case unreadable
        /// The token has expired and could not be renewed.
        case expired
        /// The portal refused the token (`UnauthorizedException`).
        case refused
    }

    /// What is wrong with a cached `aws login` session, or why AWS Sign-In refused to refresh it.
    public enum LoginSessionProblem: Error, Sendable, Equatable {
        /// No cache file: `aws login` was never run for the session (or the cache was cleared).
        case missing
        /// The cache file is not the JSON `aws login` writes.
        case unreadable
        /// The cache file lacks members a refresh needs.
        case membersMissing([String])
        /// `dpopKey` is not a P-256 EC private key in PEM.
        case keyUnusable
        /// AWS Sign-In answered `TOKEN_EXPIRED` or `USER_CREDENTIALS_CHANGED` (the code).
        case refreshRequired(String)
        /// AWS Sign-In answered `INSUFFICIENT_PERMISSIONS`: `signin:CreateOAuth2Token` is not allowed.
        case insufficientPermissions
    }
}

extension CredentialError: CategorizedAWSError {
    public var category: AWSErrorCategory { .noCredentials }
}
