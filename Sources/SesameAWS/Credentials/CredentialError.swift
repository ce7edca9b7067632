/// Why no usable credentials could be obtained. Messages never contain secrets.
public enum CredentialError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A source is configured but broken; `source` names it (e.g. `credential_process`).
    case sourceFailed(source: String, reason: String)
    /// A key id without a secret, or the reverse.
    case partialCredentials(source: String, missing: String)
    /// A profile's configuration cannot work as written.
    case invalidProfile(profile: String, reason: String)
    /// `source_profile` references loop back.
    case assumeRoleCycle([String])
    /// No source is configured; lists every source tried, in order.
    case noCredentials(tried: [String])

    public var description: String {
        switch self {
        case .sourceFailed(let source, let reason):
            return "credentials from \(source) failed: \(reason)"
        case .partialCredentials(let source, let missing):
            return "partial credentials found in \(source), missing: \(missing)"
        case .invalidProfile(let profile, let reason):
            return "profile \(profile): \(reason)"
        case .assumeRoleCycle(let profiles):
            return "infinite loop in assume-role profiles: \(profiles.joined(separator: " -> "))"
        case .noCredentials(let tried):
            return "unable to locate credentials; tried: \(tried.joined(separator: ", "))"
        }
    }
}

extension CredentialError: CategorizedAWSError {
    public var category: AWSErrorCategory { .noCredentials }
}
