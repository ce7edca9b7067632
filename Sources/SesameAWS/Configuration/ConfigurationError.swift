/// A problem with the user's AWS configuration (files, profile, region, endpoint). The command
/// line words each case (`AWSErrorMessages`).
public enum ConfigurationError: Error, Sendable, Equatable {
    /// A line of a config or credentials file that cannot be read; `section` is the header of
    /// the section it is in (nil: the whole file is spoilt).
    case unreadableFile(path: String, problem: INIFile.Problem, section: String? = nil)
    /// A config or credentials file that is there but cannot be read (permission, a folder…).
    case fileNotReadable(path: String, reason: FileReadProblem)
    case profileNotFound(String)
    case missingRegion
    /// A region that cannot be one (`^[a-z0-9-]{1,63}$`), and where it came from.
    case invalidRegion(String, source: SettingSource)
    case servicesSectionNotFound(profile: String, section: String)
    /// An endpoint URL that cannot be used, any password in it already redacted.
    case invalidEndpointURL(String)
    /// `AWS_RETRY_MODE` or `retry_mode` is not `legacy`, `standard` or `adaptive`; `source` says which.
    case invalidRetryMode(String, source: SettingSource)
    /// FIPS or dual-stack endpoints are asked for in a partition that has none.
    case endpointVariantUnsupported(region: String, partition: String, variant: EndpointVariant)
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

/// Where a setting's value came from, as errors name it.
public enum SettingSource: Sendable, Equatable {
    /// A command-line option, e.g. `--region`.
    case option(String)
    /// An environment variable, e.g. `AWS_REGION`.
    case environment(String)
    /// A key of a profile in the config file.
    case profileKey(String, profile: String)
    /// The regions listed in a sesame profile (`regions:`).
    case sesameProfileRegions
    /// The region a request of `service` (its service id) was made for.
    case request(service: String)
}
