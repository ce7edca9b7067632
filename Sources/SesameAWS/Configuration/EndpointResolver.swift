/// Where requests to a service go and which region they are signed for.
public struct ResolvedEndpoint: Sendable, Equatable {
    /// Scheme, host, optional port and optional base path, without a trailing `/`.
    public var url: String
    public var signingRegion: String
}

/// Configured endpoint URLs, first match wins (botocore `ConfiguredEndpointProvider`):
/// `--endpoint-url`, `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the profile's
/// `services` section, the profile's `endpoint_url`. `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`
/// (or `ignore_configured_endpoint_urls`) disables all but the first. Without any, the
/// service's default host for the region in its partition, in the FIPS and dual-stack forms
/// when asked (`EndpointVariant`). A custom endpoint is signed for the configured region, even
/// for Support, and ignores the FIPS and dual-stack settings.
public struct EndpointResolver: Sendable {
    public var explicitURL: String?
    public var environment: [String: String]
    public var profile: SharedConfig.Profile
    public var config: SharedConfig

    public init(explicitURL: String?, environment: [String: String], profile: SharedConfig.Profile, config: SharedConfig) {
        self.explicitURL = explicitURL
        self.environment = environment
        self.profile = profile
        self.config = config
    }

    public func endpoint(for service: AWSService, region: String) throws -> ResolvedEndpoint {
        if let url = try configuredURL(for: service) {
            return ResolvedEndpoint(url: try Self.validated(url), signingRegion: region)
        }
        let legacy = (environment.nonEmpty("AWS_STS_REGIONAL_ENDPOINTS") ?? profile["sts_regional_endpoints"])?
            .lowercased() == "legacy"
        let (url, signingRegion) = try service.defaultEndpoint(
            region: region, variant: EndpointVariant(environment: environment, profile: profile), legacyGlobalSTS: legacy)
        return ResolvedEndpoint(url: url, signingRegion: signingRegion)
    }

    /// With `AWS_STS_REGIONAL_ENDPOINTS=legacy` (or `sts_regional_endpoints = legacy`), STS in
    /// these regions goes to the global `sts.amazonaws.com`, signed for `us-east-1`
    /// (botocore `args.LEGACY_GLOBAL_STS_REGIONS`).
    static let legacyGlobalSTSRegions: Set<String> = [
        "ap-northeast-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "aws-global", "ca-central-1",
        "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1",
        "us-east-2", "us-west-1", "us-west-2",
    ]

    /// The configured URL for `service`, if any.
    public func configuredURL(for service: AWSService) throws -> String? {
        if let explicitURL, !explicitURL.isEmpty { return explicitURL }
        let ignore = environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"].map { $0.lowercased() == "true" }
            ?? (profile["ignore_configured_endpoint_urls"]?.lowercased() == "true")
        if ignore { return nil }
        if let url = environment.nonEmpty(service.endpointEnvironmentVariable) ?? environment.nonEmpty("AWS_ENDPOINT_URL") {
            return url
        }
        if let sectionName = profile["services"] {
            guard let section = config.services[sectionName] else {
                throw ConfigurationError.servicesSectionNotFound(profile: profile.name, section: sectionName)
            }
            if let url = section[service.configKey]?["endpoint_url"], !url.isEmpty { return url }
        }
        return profile["endpoint_url"]
    }

    private static func validated(_ url: String) throws -> String {
        guard let parsed = URLParts(url), !parsed.host.isEmpty else { throw ConfigurationError.invalidEndpointURL(URLParts.redactingPassword(in: url)) }
        return url.hasSuffix("/") ? String(url.dropLast()) : url
    }
}
