/// A problem with the user's AWS configuration (files, profile, region, endpoint).
public enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadableFile(path: String, reason: String)
    case profileNotFound(String)
    case missingRegion
    /// A region that cannot be one (`^[a-z0-9-]{1,63}$`), and where it came from.
    case invalidRegion(String, source: String)
    case servicesSectionNotFound(profile: String, section: String)
    case invalidEndpointURL(String)

    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason): return "cannot read AWS config file \(path): \(reason)"
        case .profileNotFound(let name): return "the config profile (\(name)) could not be found"
        case .missingRegion:
            return "no AWS region: pass --region, set AWS_REGION or AWS_DEFAULT_REGION, or add region to the profile"
        case .invalidRegion(let region, let source):
            return "invalid region \"\(region)\" (from \(source)): a region is lower-case letters, digits and hyphens, such as us-east-1"
        case .servicesSectionNotFound(let profile, let section):
            return "profile \(profile) names services section \(section), which does not exist"
        case .invalidEndpointURL(let url): return "invalid endpoint URL: \(URLParts.redactingPassword(in: url))"
        }
    }
}

extension ConfigurationError: CategorizedAWSError {
    /// A missing or malformed region or endpoint is a setting to fix before anything is sent;
    /// an unreadable config file or a missing profile leaves no usable credentials.
    public var category: AWSErrorCategory {
        switch self {
        case .missingRegion, .invalidRegion, .invalidEndpointURL: .unusableSetting
        case .unreadableFile, .profileNotFound, .servicesSectionNotFound: .noCredentials
        }
    }
}
