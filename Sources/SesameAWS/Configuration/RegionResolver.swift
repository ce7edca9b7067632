/// Region precedence of the AWS CLI v2 and the SDKs: `--region`, then `AWS_REGION`, then
/// `AWS_DEFAULT_REGION`, then the profile's `region` (aws-conventions §3).
public enum RegionResolver {
    public static func region(explicit: String?, environment: [String: String], profile: SharedConfig.Profile) -> String? {
        if let explicit, !explicit.isEmpty { return explicit }
        return environment.nonEmpty("AWS_REGION") ?? environment.nonEmpty("AWS_DEFAULT_REGION") ?? profile["region"]
    }
}
