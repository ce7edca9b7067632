/// The regions where the SES v2 API is offered, by partition (botocore 1.43 `endpoints.json`,
/// service `email`). The one list the validator, the schema and the AWS commands share.
public enum SESRegions {
    public static let all: [String] = [
        "af-south-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2",
        "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-5", "ca-central-1", "ca-west-1",
        "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-west-1", "eu-west-2", "eu-west-3",
        "il-central-1", "me-central-1", "me-south-1", "sa-east-1", "us-east-1", "us-east-2", "us-west-1",
        "us-west-2", "us-gov-east-1", "us-gov-west-1", "eusc-de-east-1",
    ]

    public static func contains(_ region: String) -> Bool { all.contains(region) }

    /// The regions an account must enable before use (opt-in regions), among `all`.
    public static let optIn: Set<String> = [
        "af-south-1", "ap-south-2", "ap-southeast-3", "ap-southeast-5", "ca-west-1", "eu-central-2", "eu-south-1",
        "il-central-1", "me-central-1", "me-south-1",
    ]

    /// Every SES region of the partition `region` belongs to (`aws`, `aws-us-gov`, `aws-eusc`).
    public static func partition(of region: String) -> [String] {
        let prefix = region.hasPrefix("us-gov-") ? "us-gov-" : region.hasPrefix("eusc-") ? "eusc-" : nil
        return all.filter { candidate in
            guard let prefix else { return !candidate.hasPrefix("us-gov-") && !candidate.hasPrefix("eusc-") }
            return candidate.hasPrefix(prefix)
        }
    }
}
