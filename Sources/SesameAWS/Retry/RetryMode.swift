/// How failed calls are retried (`AWS_RETRY_MODE`, the profile's `retry_mode`), as botocore's
/// three modes. sesame defaults to `standard`, as the AWS CLI v2 does.
public enum RetryMode: String, Sendable, Equatable, CaseIterable {
    /// `data/_retry.json` and `retryhandler.py`: 5 attempts, no cap on the backoff, no quota;
    /// retries on 429, 500, 502, 503, 504, 509 whatever the code.
    case legacy
    /// `retries/standard.py`: 3 attempts, backoff capped at 20 s, a retry quota.
    case standard
    /// `retries/adaptive.py`: standard, plus a client-side rate limiter that slows the client down
    /// after throttling.
    case adaptive

    /// The mode from the environment, else the profile, else `standard`. Values are exact, as in
    /// botocore (`InvalidRetryModeError`).
    public init(environment: [String: String], profile: SharedConfig.Profile) throws(ConfigurationError) {
        let setting: (value: String, source: SettingSource)? = environment.nonEmpty("AWS_RETRY_MODE").map { ($0, .environment("AWS_RETRY_MODE")) }
            ?? profile["retry_mode"].map { ($0, .profileKey("retry_mode", profile: profile.name)) }
        guard let (value, source) = setting else {
            self = .standard
            return
        }
        guard let mode = RetryMode(rawValue: value) else { throw .invalidRetryMode(value, source: source) }
        self = mode
    }

    /// Total attempts when `AWS_MAX_ATTEMPTS` / `max_attempts` is not set.
    public var defaultMaxAttempts: Int { self == .legacy ? 5 : 3 }

    /// Whether retries draw on the retry quota (`RetryTokenBucket`).
    var usesRetryQuota: Bool { self != .legacy }
}
