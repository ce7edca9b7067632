/// What the credential sources share: the injected environment, the shared config and the
/// selected profile, the clock, the home folder (for the credential caches), how to reach
/// STS, the SSO services and AWS Sign-In, how to reach metadata endpoints, and how to ask for an MFA code.
struct CredentialSourceSettings: Sendable {
    var environment: [String: String]
    var selection: ProfileSelection
    var config: SharedConfig
    var homeDirectory: String
    /// The configured region (`--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's),
    /// where AWS Sign-In refreshes an `aws login` session; nil when none is set.
    var region: String?
    var clock: @Sendable () -> Date
    var random: @Sendable () -> Double
    var sleep: @Sendable (Double) async throws -> Void
    /// An STS client for a region, signed with the given credentials or unsigned (nil).
    var sts: @Sendable (_ credentials: (any CredentialProvider)?) throws -> STSClient
    /// An unsigned connection to a service in a region (SSO portal, SSO-OIDC).
    var unsignedConnection: @Sendable (_ service: AWSService, _ region: String) throws -> ServiceConnection
    /// A transport whose connect and total timeouts are the given number of seconds.
    var metadataTransport: @Sendable (_ timeoutSeconds: Double) -> any HTTPTransport
    /// Reads an MFA code from the user; nil when there is no terminal to ask on.
    var mfaCodeReader: (any MFACodeReader)?

    /// `botocore-session-<unix seconds>`, the default role session name.
    var defaultSessionName: String {
        "botocore-session-\(Int(clock().timeIntervalSince1970))"
    }

    /// `~/.aws/<tool>/cache`: `sso` for Identity Center tokens, `cli` for assumed roles.
    func cache(_ tool: String) -> JSONFileCache {
        JSONFileCache(homeDirectory: homeDirectory, subpath: "/.aws/\(tool)/cache")
    }
}
