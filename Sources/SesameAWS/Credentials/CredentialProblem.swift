/// A place in the credential chain, as errors and the "tried" list name it. The command line
/// words each one in the user's language.
public enum CredentialSourceName: Sendable, Hashable {
    /// `AWS_ACCESS_KEY_ID` and the other `AWS_…` variables.
    case environment
    /// `role_arn` of a profile (nil: the chain's own profile, before it is known to be a role).
    case assumeRole(profile: String?)
    /// `web_identity_token_file` / `AWS_WEB_IDENTITY_TOKEN_FILE`.
    case webIdentity
    /// IAM Identity Center (`sso_session`, `sso_start_url`) of a profile.
    case sso(profile: String?)
    /// Keys in the shared credentials file.
    case credentialsFile
    /// Keys in the config file.
    case configFile
    /// `login_session` (`aws login`).
    case loginSession
    /// `credential_process`.
    case process
    /// The ECS/EKS container endpoint.
    case container
    /// EC2 instance metadata (IMDS).
    case instanceMetadata
    /// `credential_source = KIND` of a role profile.
    case credentialSource(String)
    /// A role of another account assumed for `--accounts`.
    case roleInAccount(roleArn: String)
}

/// Why a configured credential source failed. Never holds a secret: values quoted are
/// settings, paths, timestamps and what a command wrote on standard error.
public enum CredentialProblem: Sendable, Equatable {
    /// It gave credentials before and now says it has none.
    case noLongerProvides
    /// The credentials it gave would break an HTTP header (`part` is the access key id or the
    /// session token).
    case lineBreak(part: CredentialPart)
    /// `credential_source` names a source that has nothing configured.
    case noCredentialsFound
    /// `AWS_CONTAINER_CREDENTIALS_FULL_URI` is not a URL.
    case invalidContainerURI(String)
    /// `AWS_CONTAINER_CREDENTIALS_FULL_URI` is plain http to a host that is neither loopback
    /// nor the container endpoint.
    case containerURINotAllowed(String)
    /// The container authorization token has a line break.
    case authorizationTokenLineBreak
    /// The container or process answered without complete credentials.
    case incompleteReply
    /// The container endpoint answered `status` from `url`.
    case httpStatus(Int, url: String)
    /// An expiry (`field`, e.g. `AWS_CREDENTIAL_EXPIRATION`) that is not an ISO 8601 time.
    case expirationNotISO8601(field: String, value: String)
    /// `credential_process` has an unterminated quote (the line is not shown: it may hold a secret).
    case unterminatedQuote
    /// `credential_process` could not be run (not found, not started, too much output);
    /// `reason` is the system's.
    case couldNotRun(reason: String)
    /// `credential_process` exited with `status`; the start of what it wrote on standard error.
    case exited(status: Int32, standardError: String)
    /// `credential_process` wrote something other than its JSON object.
    case outputNotJSON
    /// `credential_process`'s `Version` is not 1 (nil: missing).
    case unsupportedVersion(Int?)
    /// A required member of the JSON (`AccessKeyId`, `SecretAccessKey`) is missing.
    case missingMember(String)
    /// A token file of the source cannot be read.
    case file(TokenFile, path: String, problem: FileReadProblem)
    /// The call that gives the credentials failed (an AWS error, the network, a cache).
    case failed(AnyAWSError)

    /// Which part of the credentials.
    public enum CredentialPart: Sendable, Equatable {
        case accessKeyId
        case sessionToken
    }

    /// Which token file.
    public enum TokenFile: Sendable, Equatable {
        case webIdentityToken
        case containerAuthorizationToken
    }
}

/// Why a profile's configuration cannot work as written.
public enum ProfileProblem: Sendable, Equatable {
    /// `web_identity_token_file` without `role_arn`.
    case webIdentityWithoutRole
    /// `role_arn` with neither `source_profile` nor `credential_source`.
    case roleWithoutSource
    /// `role_arn` with both `source_profile` and `credential_source`.
    case bothSourceProfileAndCredentialSource
    /// The `source_profile` has no credentials of its own.
    case sourceProfileHasNoCredentials
    /// `credential_source` is not `Environment`, `Ec2InstanceMetadata` or `EcsContainer`.
    case unknownCredentialSource(String)
    /// `duration_seconds` is not a whole number.
    case durationNotANumber(String)
    /// `sso_session` names a section that does not exist.
    case ssoSessionNotFound(String)
    /// `key` is set differently in the profile and in its `[sso-session]` section.
    case ssoSettingDiffers(key: String, profileValue: String, sessionValue: String, session: String)
    /// The profile uses SSO but lacks these keys.
    case ssoKeysMissing([String])
}

/// Why a file could not be read.
public enum FileReadProblem: Error, Sendable, Equatable {
    /// Nothing is at the path.
    case missing
    /// It is there but the system refused to read it (`strerror`'s words, lower case).
    case unreadable(String)
    /// A folder, a FIFO, a socket or a block device.
    case notAFile(directory: Bool)
    /// It is over the limit, in mebibytes.
    case tooLarge(mebibytes: Int)
}

/// An error of a lower layer kept inside another (`CredentialProblem.failed`), compared by what
/// it says so that the errors holding it stay `Equatable`.
public struct AnyAWSError: Sendable, Equatable {
    public let error: any Error & Sendable

    public init(_ error: any Error & Sendable) {
        self.error = error
    }

    public static func == (lhs: AnyAWSError, rhs: AnyAWSError) -> Bool {
        String(reflecting: lhs.error) == String(reflecting: rhs.error)
    }
}
