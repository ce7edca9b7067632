/// What a failure of the AWS layer means for the person running the command. Every public
/// error type of SesameAWS says which one it is, next to where it is defined, so that the
/// command line maps categories to exit statuses once instead of keeping lists of error codes.
public enum AWSErrorCategory: Sendable, Equatable {
    /// AWS understood the request and refused it for a reason the user must fix: the account's
    /// state or the request's content (a review under way, a validation error, no support plan).
    case userMustFix
    /// A setting the user gave cannot be used as written: no region, a malformed endpoint URL.
    case unusableSetting
    /// AWS or the network failed, after the retries, or answered something unreadable.
    case serviceOrNetwork
    /// No usable credentials: none configured, a broken credential source or AWS config file,
    /// or credentials AWS rejects.
    case noCredentials

    /// The category of any error the AWS layer throws; anything uncategorised is a failure
    /// of AWS or the network, never blamed on the user.
    public static func of(_ error: any Error) -> AWSErrorCategory {
        (error as? any CategorizedAWSError)?.category ?? .serviceOrNetwork
    }
}

/// An error of the AWS layer that knows its category.
public protocol CategorizedAWSError: Error {
    var category: AWSErrorCategory { get }
}
