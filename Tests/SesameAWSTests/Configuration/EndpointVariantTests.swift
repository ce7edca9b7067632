import Foundation
import Testing
import TestSupport
@testable import SesameAWS

/// Default hosts in every partition, with and without FIPS and dual-stack, against what botocore's
/// own rule-set resolver gives (`Fixtures/botocore-endpoints.json`, written by
/// `scripts/generate-partitions`).
@Suite struct EndpointVariantTests {
    struct Case: Decodable {
        let service: String
        let region: String
        let fips: Bool
        let dualStack: Bool
        let legacyGlobal: Bool?
        let url: String?
        let signingRegion: String?
        let error: String?
    }

    static let services: [String: AWSService] = [
        "sesv2": .sesv2, "sts": .sts, "support": .support, "sso": .sso, "sso-oidc": .ssoOIDC, "signin": .signin,
    ]

    static func cases() throws -> [Case] {
        struct Document: Decodable { let cases: [Case] }
        let url = TestPaths.packageRoot.appendingPathComponent("Tests/SesameAWSTests/Fixtures/botocore-endpoints.json")
        return try JSONDecoder().decode(Document.self, from: Data(contentsOf: url)).cases
    }

    @Test func everyDefaultEndpointIsTheOneBotocoreResolves() throws {
        let cases = try Self.cases()
        #expect(cases.count == 1764)
        var mismatches: [String] = []
        for item in cases {
            let service = try #require(Self.services[item.service])
            let variant = EndpointVariant(fips: item.fips, dualStack: item.dualStack)
            let resolved = try? service.defaultEndpoint(region: item.region, variant: variant,
                                                        legacyGlobalSTS: item.legacyGlobal ?? false)
            if resolved?.url != item.url || resolved?.signingRegion != item.signingRegion {
                mismatches.append("\(item.service) \(item.region) fips=\(item.fips) dualStack=\(item.dualStack): "
                                  + "\(String(describing: resolved)) != \(item.url ?? "-") \(item.signingRegion ?? "-")")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).joined(separator: "\n"))")
    }

    @Test func partitionsComeFromTheirListsAndPatterns() {
        #expect(Partition.containing("eusc-de-east-1").dnsSuffix == "amazonaws.eu")
        #expect(Partition.containing("eusc-de-west-7").name == "aws-eusc")
        #expect(Partition.containing("cn-northwest-1").dnsSuffix == "amazonaws.com.cn")
        #expect(Partition.containing("us-gov-east-1").name == "aws-us-gov")
        #expect(Partition.containing("us-isob-east-1").dnsSuffix == "sc2s.sgov.gov")
        #expect(Partition.containing("us-iso-west-2").dnsSuffix == "c2s.ic.gov")
        #expect(Partition.containing("eu-isoe-west-1").dnsSuffix == "cloud.adc-e.uk")
        #expect(Partition.containing("us-west-9").name == "aws")
        #expect(Partition.containing("xx-nowhere-1").name == "aws")
        #expect(Partition.containing("us-gov-1").name == "aws")
    }

    @Test(arguments: [
        ([:], [:], EndpointVariant()),
        (["AWS_USE_FIPS_ENDPOINT": "TRUE"], [:], EndpointVariant(fips: true)),
        (["AWS_USE_FIPS_ENDPOINT": "false"], ["use_fips_endpoint": "true"], EndpointVariant()),
        (["AWS_USE_FIPS_ENDPOINT": ""], ["use_fips_endpoint": "true"], EndpointVariant(fips: true)),
        ([:], ["use_dualstack_endpoint": "true", "use_fips_endpoint": "yes"], EndpointVariant(dualStack: true)),
        (["AWS_USE_DUALSTACK_ENDPOINT": "true"], [:], EndpointVariant(dualStack: true)),
    ] as [([String: String], [String: String], EndpointVariant)])
    func variantSettingsEnvironmentFirstAndOnlyTrueCounts(environment: [String: String], profile: [String: String],
                                                         expected: EndpointVariant) {
        #expect(EndpointVariant(environment: environment, profile: ResolutionTests.profile(profile)) == expected)
    }

    @Test func theResolverAppliesTheVariantOnlyToDefaultHosts() throws {
        let environment = ["AWS_USE_FIPS_ENDPOINT": "true", "AWS_USE_DUALSTACK_ENDPOINT": "true"]
        let resolver = EndpointResolver(explicitURL: nil, environment: environment, profile: ResolutionTests.profile([:]),
                                        config: SharedConfig())
        #expect(try resolver.endpoint(for: .sesv2, region: "eusc-de-east-1")
            == ResolvedEndpoint(url: "https://email-fips.eusc-de-east-1.api.amazonwebservices.eu", signingRegion: "eusc-de-east-1"))
        let custom = EndpointResolver(explicitURL: "http://127.0.0.1:9", environment: environment,
                                      profile: ResolutionTests.profile([:]), config: SharedConfig())
        #expect(try custom.endpoint(for: .sesv2, region: "us-east-1")
            == ResolvedEndpoint(url: "http://127.0.0.1:9", signingRegion: "us-east-1"))
        let legacyFIPS = EndpointResolver(explicitURL: nil, environment: ["AWS_STS_REGIONAL_ENDPOINTS": "legacy", "AWS_USE_FIPS_ENDPOINT": "true"],
                                          profile: ResolutionTests.profile([:]), config: SharedConfig())
        #expect(try legacyFIPS.endpoint(for: .sts, region: "eu-west-1").url == "https://sts-fips.eu-west-1.amazonaws.com")
    }

    @Test func aPartitionWithoutTheVariantIsAClearError() {
        let partition = Partition(name: "aws-test", dnsSuffix: "example", dualStackDnsSuffix: "api.example",
                                  supportsFIPS: false, supportsDualStack: true, regions: ["tt-east-1"], regionPrefixes: [])
        let error = ConfigurationError.endpointVariantUnsupported(region: "tt-east-1", partition: "aws-test",
                                                                  variant: EndpointVariant(fips: true))
        #expect(throws: error) {
            try AWSService.sesv2.defaultEndpoint(region: "tt-east-1", partition: partition, variant: EndpointVariant(fips: true),
                                                 legacyGlobalSTS: false)
        }
        #expect(throws: Never.self) {
            try AWSService.sesv2.defaultEndpoint(region: "tt-east-1", partition: partition,
                                                 variant: EndpointVariant(dualStack: true), legacyGlobalSTS: false)
        }
    }
}
