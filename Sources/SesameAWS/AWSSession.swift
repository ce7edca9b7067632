/// The resolved AWS configuration for one run of the tool: config files read, profile
/// selected, one credential provider shared by every client. Make clients from it.
///
/// ```swift
/// let session = try AWSSession(context: AWSContext(profile: p, region: r, endpointURL: u,
///                                                  environment: env, homeDirectory: home))
/// let account = try await session.sesv2(region: session.region()).getAccount()
/// ```
public struct AWSSession: Sendable {
    public let context: AWSContext
    public let config: SharedConfig
    public let selection: ProfileSelection
    public let profile: SharedConfig.Profile
    /// The credential chain, resolved on first use and refreshed before expiry.
    public let credentials: RefreshingCredentialProvider
    let factory: ClientFactory

    public init(context: AWSContext) throws {
        self.context = context
        let config = try SharedConfig.load(environment: context.environment, homeDirectory: context.homeDirectory)
        let selection = ProfileSelection(explicit: context.profile, environment: context.environment)
        let profile = try selection.profile(in: config)
        let caBundle = context.environment.nonEmpty("AWS_CA_BUNDLE") ?? profile["ca_bundle"]
        let factory = ClientFactory(
            transport: context.transport ?? CurlTransport(configuration: .init(
                connectTimeout: context.connectTimeout, totalTimeout: context.totalTimeout, caBundlePath: caBundle)),
            endpoints: EndpointResolver(explicitURL: context.endpointURL, environment: context.environment,
                                        profile: profile, config: config),
            retryPolicy: try RetryPolicy(environment: context.environment, profile: profile),
            random: context.random, sleep: context.sleep, clock: context.clock, debugSink: context.debugSink,
            userAgent: context.userAgent.map { product in
                let appId = context.environment.nonEmpty("AWS_SDK_UA_APP_ID") ?? profile["sdk_ua_app_id"]
                return product + (appId.map { " app/\($0)" } ?? "")
            })
        let configuredRegion = try RegionResolver.region(explicit: context.region, environment: context.environment,
                                                         profile: profile)
        let stsRegion = configuredRegion ?? "us-east-1"
        let chainFactory = factory.withoutExplicitEndpoint
        let settings = CredentialSourceSettings(
            environment: context.environment, selection: selection, config: config,
            homeDirectory: context.homeDirectory, region: configuredRegion, clock: context.clock, random: context.random, sleep: context.sleep,
            sts: { credentials in
                STSClient(connection: try chainFactory.connection(.sts, region: stsRegion, credentials: credentials,
                                                                  parseError: ErrorResponseParser.queryXML))
            },
            unsignedConnection: { service, region in
                try chainFactory.connection(service, region: region, credentials: nil, parseError: ErrorResponseParser.restJSON)
            },
            metadataTransport: { timeout in
                CurlTransport(configuration: .init(connectTimeout: timeout, totalTimeout: timeout))
            },
            mfaCodeReader: context.mfaCodeReader)
        self.config = config
        self.selection = selection
        self.profile = profile
        self.factory = factory
        self.credentials = RefreshingCredentialProvider(
            chain: CredentialChain(settings: settings, profile: profile, networkSources: context.networkCredentialSources),
            clock: context.clock)
    }

    /// The same configuration acting in another account: its clients sign with the credentials
    /// of `roleArn`, assumed through STS with this session's credentials (`roleSessionName`
    /// `sesame` by default) on first use and renewed before they expire.
    public func assumingRole(_ roleArn: String, sessionName: String = "sesame") -> AWSSession {
        let region = (try? self.region()) ?? "us-east-1"
        let source = RoleInAccountCredentialSource(roleArn: roleArn, sessionName: sessionName, sts: { [factory, credentials] in
            STSClient(connection: try factory.connection(.sts, region: region, credentials: credentials,
                                                                parseError: ErrorResponseParser.queryXML))
        })
        return AWSSession(copying: self, credentials: RefreshingCredentialProvider(chain: CredentialChain(sources: [source]), clock: context.clock))
    }

    private init(copying session: AWSSession, credentials: RefreshingCredentialProvider) {
        context = session.context
        config = session.config
        selection = session.selection
        profile = session.profile
        factory = session.factory
        self.credentials = credentials
    }

    /// The region from `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION` or the profile.
    public func region() throws -> String {
        guard let region = try RegionResolver.region(explicit: context.region, environment: context.environment,
                                                 profile: profile) else {
            throw ConfigurationError.missingRegion
        }
        return region
    }

    /// The configured retry policy (`AWS_RETRY_MODE` / `retry_mode`, `AWS_MAX_ATTEMPTS` /
    /// `max_attempts`; standard mode with 3 attempts by default).
    public var retryPolicy: RetryPolicy { factory.retryPolicy }

    /// A SES v2 client for `region`.
    public func sesv2(region: String) throws -> SESv2Client {
        SESv2Client(connection: try factory.connection(.sesv2, region: region, credentials: credentials,
                                                       parseError: ErrorResponseParser.restJSON))
    }

    /// A Support client. Its default endpoint is the partition's Support region
    /// (`us-east-1` for `aws`); with a custom endpoint it signs for `region`.
    public func support(region: String) throws -> SupportClient {
        SupportClient(connection: try factory.connection(.support, region: region, credentials: credentials,
                                                         parseError: ErrorResponseParser.json11))
    }

    /// An STS client for `region`, signed with the session's credentials.
    public func sts(region: String) throws -> STSClient {
        STSClient(connection: try factory.connection(.sts, region: region, credentials: credentials,
                                                     parseError: ErrorResponseParser.queryXML))
    }
}
