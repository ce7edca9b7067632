/// The AWS APIs this tool calls, with the constants that locate and sign them
/// (`metadata` of each `service-2.json`).
public struct AWSService: Sendable, Equatable {
    /// `serviceId` of the model, e.g. `SESv2`.
    public let serviceId: String
    /// SigV4 signing name, e.g. `ses`.
    public let signingName: String
    /// Host prefix of the default endpoint, e.g. `email`.
    let endpointPrefix: String

    public static let sesv2 = AWSService(serviceId: "SESv2", signingName: "ses", endpointPrefix: "email")
    public static let support = AWSService(serviceId: "Support", signingName: "support", endpointPrefix: "support")
    public static let sts = AWSService(serviceId: "STS", signingName: "sts", endpointPrefix: "sts")
    /// The IAM Identity Center portal (`GetRoleCredentials`), called unsigned with a bearer token.
    public static let sso = AWSService(serviceId: "SSO", signingName: "awsssoportal", endpointPrefix: "portal.sso")
    /// IAM Identity Center OIDC (`CreateToken`), called unsigned.
    public static let ssoOIDC = AWSService(serviceId: "SSO OIDC", signingName: "sso-oauth", endpointPrefix: "oidc")
    /// AWS Sign-In (`CreateOAuth2Token`, the refresh of an `aws login` session), called unsigned.
    public static let signin = AWSService(serviceId: "Signin", signingName: "signin", endpointPrefix: "signin")

    /// `AWS_ENDPOINT_URL_<ID>`: the service id with spaces as `_`, upper-cased.
    var endpointEnvironmentVariable: String {
        "AWS_ENDPOINT_URL_" + String(serviceId.map { $0 == " " ? "_" : $0 }).uppercased()
    }

    /// The key of this service inside a `[services x]` section: the same, lower-cased.
    var configKey: String {
        String(serviceId.map { $0 == " " ? "_" : $0 }).lowercased()
    }

    /// The default endpoint for `region` in its partition, and the region to sign for, as the
    /// service's `endpoint-rule-set-1.json` builds it: `legacyGlobalSTS` is STS's
    /// `UseGlobalEndpoint` (`sts_regional_endpoints = legacy`).
    func defaultEndpoint(region: String, variant: EndpointVariant = EndpointVariant(),
                         legacyGlobalSTS: Bool = false) throws(ConfigurationError) -> (url: String, signingRegion: String) {
        try defaultEndpoint(region: region, partition: Partition.containing(region), variant: variant,
                            legacyGlobalSTS: legacyGlobalSTS)
    }

    func defaultEndpoint(region: String, partition: Partition, variant: EndpointVariant,
                         legacyGlobalSTS: Bool) throws(ConfigurationError) -> (url: String, signingRegion: String) {
        let plain = !variant.fips && !variant.dualStack
        if self == .sts, plain, legacyGlobalSTS, EndpointResolver.legacyGlobalSTSRegions.contains(region) {
            return ("https://sts.amazonaws.com", "us-east-1")
        }
        if self == .support, let home = Self.supportHomeRegions[partition.name],
           plain || (partition.name == "aws-us-gov" && !variant.dualStack) {
            return ("https://support.\(home).\(partition.dnsSuffix)", home)
        }
        if self == .signin, plain, let suffix = Self.signinHostSuffixes[partition.name] {
            return ("https://\(region).\(suffix)", region)
        }
        if (variant.fips && !partition.supportsFIPS) || (variant.dualStack && !partition.supportsDualStack) {
            throw .endpointVariantUnsupported(region: region, partition: partition.name, variant: variant)
        }
        let prefix = variant.fips ? endpointPrefix + "-fips" : endpointPrefix
        let suffix = variant.dualStack ? partition.dualStackDnsSuffix : partition.dnsSuffix
        if variant.fips, !variant.dualStack, partition.name == "aws-us-gov", Self.standardHostForGovCloudFIPS.contains(serviceId) {
            return ("https://\(endpointPrefix).\(region).amazonaws.com", region)
        }
        if self == .sts, plain, region == "aws-global" {
            return ("https://sts.amazonaws.com", "us-east-1")
        }
        return ("https://\(prefix).\(region).\(suffix)", region)
    }

    /// Where the global Support API of a partition lives, when it is not in the region asked
    /// for (support's rule set; FIPS in GovCloud too).
    static let supportHomeRegions = [
        "aws": "us-east-1", "aws-cn": "cn-north-1", "aws-us-gov": "us-gov-west-1",
        "aws-iso": "us-iso-east-1", "aws-iso-b": "us-isob-east-1",
    ]

    /// AWS Sign-In's plain hosts, `https://{region}.<suffix>`, in the partitions whose rule
    /// set names one (elsewhere, and for FIPS or dual-stack, the usual `signin.{region}.…`).
    static let signinHostSuffixes = [
        "aws": "signin.aws.amazon.com", "aws-cn": "signin.amazonaws.cn", "aws-us-gov": "signin.amazonaws-us-gov.com",
    ]

    /// Services whose FIPS endpoint in GovCloud is their usual host (their rule sets).
    static let standardHostForGovCloudFIPS: Set<String> = ["STS", "SSO", "SSO OIDC"]
}
