import Testing
@testable import SesameAWS

@Suite struct ResolutionTests {
    static func profile(_ values: [String: String]) -> SharedConfig.Profile {
        var profile = SharedConfig.Profile(name: "p")
        profile.values = values
        return profile
    }

    @Test(arguments: [
        ("cli", ["AWS_REGION": "env", "AWS_DEFAULT_REGION": "default-env"], ["region": "profile"], "cli"),
        (nil, ["AWS_REGION": "env", "AWS_DEFAULT_REGION": "default-env"], ["region": "profile"], "env"),
        (nil, ["AWS_DEFAULT_REGION": "default-env"], ["region": "profile"], "default-env"),
        (nil, ["AWS_REGION": ""], ["region": "profile"], "profile"),
        (nil, [:], [:], nil),
    ] as [(String?, [String: String], [String: String], String?)])
    func regionPrecedence(explicit: String?, environment: [String: String], profile: [String: String], expected: String?) throws {
        #expect(try RegionResolver.region(explicit: explicit, environment: environment, profile: Self.profile(profile)) == expected)
    }

    /// Each source is checked before it is used; the error names the value and where it came from.
    @Test(arguments: [
        ("x@127.0.0.1:40444/", [:], [:], ConfigurationError.invalidRegion("x@127.0.0.1:40444/", source: .option("--region"))),
        (nil, ["AWS_REGION": "US-EAST-1"], [:], .invalidRegion("US-EAST-1", source: .environment("AWS_REGION"))),
        (nil, ["AWS_DEFAULT_REGION": "eu west"], [:], .invalidRegion("eu west", source: .environment("AWS_DEFAULT_REGION"))),
        (nil, [:], ["region": "us-east-1.evil.example#"], .invalidRegion("us-east-1.evil.example#", source: .profileKey("region", profile: "p"))),
        (nil, [:], ["region": String(repeating: "a", count: 64)], .invalidRegion(String(repeating: "a", count: 64), source: .profileKey("region", profile: "p"))),
    ] as [(String?, [String: String], [String: String], ConfigurationError)])
    func invalidRegionsAreRefused(explicit: String?, environment: [String: String], profile: [String: String], expected: ConfigurationError) {
        #expect(throws: expected) {
            try RegionResolver.region(explicit: explicit, environment: environment, profile: Self.profile(profile))
        }
    }

    @Test func regionShapes() {
        #expect(RegionResolver.isValid("us-east-1") && RegionResolver.isValid("eusc-de-east-1") && RegionResolver.isValid(String(repeating: "a", count: 63)))
        #expect(!RegionResolver.isValid("") && !RegionResolver.isValid("us-east-1\n") && !RegionResolver.isValid("ü") && !RegionResolver.isValid("a.b"))
    }

    static let services = SharedConfig(services: ["local": ["sesv2": ["endpoint_url": "http://services:1"]]])

    @Test(arguments: [
        ("http://cli:1", ["AWS_ENDPOINT_URL_SESV2": "http://svc-env:1", "AWS_ENDPOINT_URL": "http://env:1"], [:], "http://cli:1"),
        (nil, ["AWS_ENDPOINT_URL_SESV2": "http://svc-env:1", "AWS_ENDPOINT_URL": "http://env:1"], [:], "http://svc-env:1"),
        (nil, ["AWS_ENDPOINT_URL": "http://env:1"], ["services": "local"], "http://env:1"),
        (nil, [:], ["services": "local", "endpoint_url": "http://profile:1"], "http://services:1"),
        (nil, [:], ["endpoint_url": "http://profile:1"], "http://profile:1"),
        (nil, ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "TRUE", "AWS_ENDPOINT_URL": "http://env:1"], ["endpoint_url": "http://profile:1"],
         "https://email.eu-west-1.amazonaws.com"),
        ("http://cli:1", ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"], [:], "http://cli:1"),
        (nil, [:], ["ignore_configured_endpoint_urls": "true", "endpoint_url": "http://profile:1"],
         "https://email.eu-west-1.amazonaws.com"),
    ] as [(String?, [String: String], [String: String], String)])
    func sesv2EndpointPrecedence(explicit: String?, environment: [String: String], profile: [String: String], expected: String) throws {
        let resolver = EndpointResolver(explicitURL: explicit, environment: environment, profile: Self.profile(profile),
                                        config: Self.services)
        #expect(try resolver.endpoint(for: .sesv2, region: "eu-west-1") == ResolvedEndpoint(url: expected, signingRegion: "eu-west-1"))
    }

    @Test func defaultEndpointsPerService() throws {
        let resolver = EndpointResolver(explicitURL: nil, environment: [:], profile: Self.profile([:]), config: SharedConfig())
        #expect(try resolver.endpoint(for: .sesv2, region: "ap-northeast-1")
            == ResolvedEndpoint(url: "https://email.ap-northeast-1.amazonaws.com", signingRegion: "ap-northeast-1"))
        #expect(try resolver.endpoint(for: .support, region: "eu-west-1")
            == ResolvedEndpoint(url: "https://support.us-east-1.amazonaws.com", signingRegion: "us-east-1"))
        #expect(try resolver.endpoint(for: .support, region: "cn-northwest-1")
            == ResolvedEndpoint(url: "https://support.cn-north-1.amazonaws.com.cn", signingRegion: "cn-north-1"))
        #expect(try resolver.endpoint(for: .sts, region: "eu-central-1")
            == ResolvedEndpoint(url: "https://sts.eu-central-1.amazonaws.com", signingRegion: "eu-central-1"))
    }

    @Test func legacySTSEndpointsUseTheGlobalHostInTheOlderRegionsOnly() throws {
        let legacy = EndpointResolver(explicitURL: nil, environment: ["AWS_STS_REGIONAL_ENDPOINTS": "legacy"],
                                      profile: Self.profile([:]), config: SharedConfig())
        #expect(try legacy.endpoint(for: .sts, region: "eu-west-1")
            == ResolvedEndpoint(url: "https://sts.amazonaws.com", signingRegion: "us-east-1"))
        #expect(try legacy.endpoint(for: .sts, region: "ap-east-1")
            == ResolvedEndpoint(url: "https://sts.ap-east-1.amazonaws.com", signingRegion: "ap-east-1"))
        #expect(try legacy.endpoint(for: .sesv2, region: "eu-west-1").url == "https://email.eu-west-1.amazonaws.com")
        let fromProfile = EndpointResolver(explicitURL: nil, environment: [:], profile: Self.profile(["sts_regional_endpoints": "legacy"]),
                                           config: SharedConfig())
        #expect(try fromProfile.endpoint(for: .sts, region: "us-west-2").url == "https://sts.amazonaws.com")
    }

    @Test func serviceSpecificVariablesAndCustomSupportSigningRegion() throws {
        let environment = ["AWS_ENDPOINT_URL_SUPPORT": "http://127.0.0.1:9/", "AWS_ENDPOINT_URL_STS": "http://127.0.0.1:8"]
        let resolver = EndpointResolver(explicitURL: nil, environment: environment, profile: Self.profile([:]), config: SharedConfig())
        #expect(try resolver.endpoint(for: .support, region: "eu-west-1")
            == ResolvedEndpoint(url: "http://127.0.0.1:9", signingRegion: "eu-west-1"))
        #expect(try resolver.endpoint(for: .sts, region: "eu-west-1").url == "http://127.0.0.1:8")
        #expect(try resolver.endpoint(for: .sesv2, region: "eu-west-1").url == "https://email.eu-west-1.amazonaws.com")
    }

    @Test func missingServicesSectionAndBadURLAreErrors() {
        let missing = EndpointResolver(explicitURL: nil, environment: [:], profile: Self.profile(["services": "gone"]),
                                       config: SharedConfig())
        #expect(throws: ConfigurationError.servicesSectionNotFound(profile: "p", section: "gone")) {
            try missing.endpoint(for: .sesv2, region: "us-east-1")
        }
        let bad = EndpointResolver(explicitURL: "ftp://x", environment: [:], profile: Self.profile([:]), config: SharedConfig())
        #expect(throws: ConfigurationError.invalidEndpointURL("ftp://x")) { try bad.endpoint(for: .sesv2, region: "us-east-1") }
    }

    @Test(arguments: [
        ("https://email.us-east-1.amazonaws.com", "email.us-east-1.amazonaws.com", ""),
        ("https://LOCALHOST:443/base", "localhost", "/base"),
        ("http://localhost:4566", "localhost:4566", ""),
        ("http://user:pw@127.0.0.1:80/", "127.0.0.1", "/"),
        ("http://[::1]:8080", "[::1]:8080", ""),
    ])
    func hostHeader(url: String, host: String, path: String) throws {
        let parts = try #require(URLParts(url))
        #expect(parts.hostHeader == host)
        #expect(parts.path == path)
    }
}
