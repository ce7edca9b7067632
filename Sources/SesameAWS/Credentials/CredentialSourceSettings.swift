/// What the credential sources share: the injected environment, the shared config and the
/// selected profile, the clock, how to reach STS, and how to reach metadata endpoints.
struct CredentialSourceSettings: Sendable {
    var environment: [String: String]
    var selection: ProfileSelection
    var config: SharedConfig
    var clock: @Sendable () -> Date
    var random: @Sendable () -> Double
    var sleep: @Sendable (Double) async throws -> Void
    /// An STS client for a region, signed with the given credentials or unsigned (nil).
    var sts: @Sendable (_ credentials: (any CredentialProvider)?) throws -> STSClient
    /// A transport whose connect and total timeouts are the given number of seconds.
    var metadataTransport: @Sendable (_ timeoutSeconds: Double) -> any HTTPTransport

    /// `botocore-session-<unix seconds>`, the default role session name.
    var defaultSessionName: String {
        "botocore-session-\(Int(clock().timeIntervalSince1970))"
    }
}
