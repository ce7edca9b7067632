/// A problem with the user's AWS configuration (files, profile, region, endpoint).
public enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadableFile(path: String, reason: String)
    /// A config or credentials file that is there but cannot be read (permission, a folder…).
    case fileNotReadable(path: String, reason: String)
    case profileNotFound(String)
    case missingRegion
    /// A region that cannot be one (`^[a-z0-9-]{1,63}$`), and where it came from.
    case invalidRegion(String, source: String)
    case servicesSectionNotFound(profile: String, section: String)
    case invalidEndpointURL(String)
    /// `AWS_RETRY_MODE` or `retry_mode` is not `legacy`, `standard` or `adaptive`; `source` says which.
    case invalidRetryMode(String, source: String)
    /// FIPS or dual-stack endpoints are asked for in a partition that has none.
    case endpointVariantUnsupported(region: String, partition: String, variant: EndpointVariant)

    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason): return "cannot read AWS config file \(path): \(reason)"
        case .fileNotReadable(let path, let reason): return "cannot read \(path): \(reason)"
        case .profileNotFound(let name): return "the config profile (\(name)) could not be found"
        case .missingRegion:
            return "no AWS region: pass --region, set AWS_REGION or AWS_DEFAULT_REGION, or add region to the profile"
        case .invalidRegion(let region, let source):
            return "invalid region \"\(region)\" (from \(source)): a region is lower-case letters, digits and hyphens, such as us-east-1"
        case .servicesSectionNotFound(let profile, let section):
            return "profile \(profile) names services section \(section), which does not exist"
        case .invalidEndpointURL(let url): return "invalid endpoint URL: \(URLParts.redactingPassword(in: url))"
        case .invalidRetryMode(let value, let source):
            return "invalid retry mode \"\(value)\" (from \(source)): it must be one of legacy, standard, adaptive"
        case .endpointVariantUnsupported(let region, let partition, let variant):
            let asked = [variant.fips ? "FIPS" : nil, variant.dualStack ? "dual-stack" : nil].compactMap { $0 }
            return "\(asked.joined(separator: " and ")) endpoints are turned on, but partition \(partition) "
                + "(region \(region)) has none; unset AWS_USE_FIPS_ENDPOINT / AWS_USE_DUALSTACK_ENDPOINT "
                + "(use_fips_endpoint, use_dualstack_endpoint)"
        }
    }
}

extension ConfigurationError: CategorizedAWSError {
    /// A missing or malformed region or endpoint, or a config file that cannot be read at all, is
    /// a setting to fix before anything is sent (exit 2, like any unreadable input); a bad line in
    /// a config file or a missing profile leaves no usable credentials.
    public var category: AWSErrorCategory {
        switch self {
        case .missingRegion, .invalidRegion, .invalidEndpointURL, .endpointVariantUnsupported, .invalidRetryMode, .fileNotReadable:
            .unusableSetting
        case .unreadableFile, .profileNotFound, .servicesSectionNotFound: .noCredentials
        }
    }
}
