/// Region precedence of the AWS CLI v2 and the SDKs: `--region`, then `AWS_REGION`, then
/// `AWS_DEFAULT_REGION`, then the profile's `region` (aws-conventions §3).
///
/// The region becomes part of the host name, so every value is checked before it is used:
/// lower-case letters, digits and hyphens, at most 63 characters (a DNS label), as botocore's
/// `InvalidRegionError` demands. `x@127.0.0.1:40444/` would otherwise send the signed request,
/// its session token and any web-identity token to another host.
public enum RegionResolver {
    /// The longest region accepted: one DNS label.
    public static let maximumLength = 63

    /// The configured region, checked; nil when none is set.
    public static func region(explicit: String?, environment: [String: String],
                              profile: SharedConfig.Profile) throws(ConfigurationError) -> String? {
        if let explicit, !explicit.isEmpty { return try validated(explicit, source: .option("--region")) }
        for name in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
            if let value = environment.nonEmpty(name) { return try validated(value, source: .environment(name)) }
        }
        return try profile["region"].map { value throws(ConfigurationError) in
            try validated(value, source: .profileKey("region", profile: profile.name))
        }
    }

    /// `region` if it can be a region, else an `invalidRegion` error naming `source`.
    public static func validated(_ region: String, source: SettingSource) throws(ConfigurationError) -> String {
        guard isValid(region) else { throw ConfigurationError.invalidRegion(region, source: source) }
        return region
    }

    /// Whether `region` matches `^[a-z0-9-]{1,63}$`.
    public static func isValid(_ region: String) -> Bool {
        !region.isEmpty && region.utf8.count <= maximumLength
            && region.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }
}
