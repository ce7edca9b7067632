/// Everything the AWS layer takes from the outside world, so that the command line builds
/// one value and tests inject every part: command-line overrides, the environment, the
/// home directory, the clock, and optionally the transport, randomness and sleeping.
public struct AWSContext: Sendable {
    /// `--profile`, when given (an explicit profile disables environment credentials).
    public var profile: String?
    /// `--region`, when given.
    public var region: String?
    /// `--endpoint-url`, when given. It applies to the command's own clients only, never to
    /// the calls the credential chain makes (STS, SSO), as in the AWS CLI.
    public var endpointURL: String?
    public var environment: [String: String]
    public var homeDirectory: String
    public var clock: @Sendable () -> Date
    /// Receives every HTTP exchange, secrets redacted (`--debug`).
    public var debugSink: DebugSink?
    /// The transport for AWS calls; nil means `CurlTransport` with `AWS_CA_BUNDLE` and the timeouts below.
    public var transport: (any HTTPTransport)?
    /// Seconds to wait for a connection (`--cli-connect-timeout`).
    public var connectTimeout: Double
    /// Seconds a whole exchange may take (`--cli-read-timeout`).
    public var totalTimeout: Double
    /// Uniform random numbers in [0, 1), for retry jitter.
    public var random: @Sendable () -> Double
    /// Waits between retries.
    public var sleep: @Sendable (Double) async throws -> Void
    /// False for a run that must not reach the network on its own (`--dry-run`): the credential
    /// sources that are network requests (container endpoint, EC2 instance metadata) are not tried.
    public var networkCredentialSources = true
    /// Asks for the MFA code of a role with `mfa_serial`; nil when there is no terminal.
    public var mfaCodeReader: (any MFACodeReader)?
    /// The product part of the `User-Agent`, e.g. `sesame/0.2.0`; `AWS_SDK_UA_APP_ID` (or the
    /// profile's `sdk_ua_app_id`) is added as ` app/ID`. Nil sends no `User-Agent`.
    public var userAgent: String?

    public init(
        profile: String? = nil, region: String? = nil, endpointURL: String? = nil,
        environment: [String: String], homeDirectory: String,
        clock: @escaping @Sendable () -> Date = { Date() }, debugSink: DebugSink? = nil,
        transport: (any HTTPTransport)? = nil, connectTimeout: Double = 10, totalTimeout: Double = 60,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        sleep: @escaping @Sendable (Double) async throws -> Void = { seconds in
            try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
        },
        mfaCodeReader: (any MFACodeReader)? = nil, userAgent: String? = nil
    ) {
        self.profile = profile
        self.region = region
        self.endpointURL = endpointURL
        self.environment = environment
        self.homeDirectory = homeDirectory
        self.clock = clock
        self.debugSink = debugSink
        self.transport = transport
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.random = random
        self.sleep = sleep
        self.mfaCodeReader = mfaCodeReader
        self.userAgent = userAgent
    }
}
