/// The three AWS APIs this tool calls, with the constants that locate and sign them
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

    /// `AWS_ENDPOINT_URL_<ID>`: the service id with spaces as `_`, upper-cased.
    var endpointEnvironmentVariable: String {
        "AWS_ENDPOINT_URL_" + String(serviceId.map { $0 == " " ? "_" : $0 }).uppercased()
    }

    /// The key of this service inside a `[services x]` section: the same, lower-cased.
    var configKey: String {
        String(serviceId.map { $0 == " " ? "_" : $0 }).lowercased()
    }

    /// The default endpoint for `region` in its partition, and the region to sign for.
    func defaultEndpoint(region: String) -> (url: String, signingRegion: String) {
        let partition = Partition(region: region)
        if self == .support {
            let home = partition.supportRegion
            return ("https://support.\(home).\(partition.dnsSuffix)", home)
        }
        if self == .sts && region == "aws-global" {
            return ("https://sts.amazonaws.com", "us-east-1")
        }
        return ("https://\(endpointPrefix).\(region).\(partition.dnsSuffix)", region)
    }
}

/// The AWS partition a region belongs to.
struct Partition {
    let dnsSuffix: String
    /// Where the global Support API of the partition lives.
    let supportRegion: String

    init(region: String) {
        if region.hasPrefix("cn-") {
            (dnsSuffix, supportRegion) = ("amazonaws.com.cn", "cn-north-1")
        } else if region.hasPrefix("us-gov-") {
            (dnsSuffix, supportRegion) = ("amazonaws.com", "us-gov-west-1")
        } else {
            (dnsSuffix, supportRegion) = ("amazonaws.com", "us-east-1")
        }
    }
}
