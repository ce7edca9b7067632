/// A retry mode as a pure decision (botocore `retries/standard.py`, or `retryhandler.py` for
/// `legacy`): given a failure, the 1-based number of the attempt that failed, and a uniform random
/// number in [0, 1), either retry after a delay or stop. The quota, the rate limiter and the
/// sleeping live elsewhere.
public struct RetryPolicy: Sendable, Equatable {
    public enum Decision: Sendable, Equatable {
        case retry(afterSeconds: Double)
        case doNotRetry
    }

    public var mode: RetryMode
    /// Total attempts, the first one included.
    public var maxAttempts: Int
    /// Cap of the exponential backoff, in seconds.
    public static let maxBackoffSeconds = 20.0

    public init(mode: RetryMode = .standard, maxAttempts: Int? = nil) {
        self.mode = mode
        self.maxAttempts = max(1, maxAttempts ?? mode.defaultMaxAttempts)
    }

    /// The mode (`RetryMode(environment:profile:)`), and `AWS_MAX_ATTEMPTS`, else the profile's
    /// `max_attempts`: total attempts in every mode, as botocore counts them. Unparseable or
    /// non-positive values fall back to the mode's default (5 for legacy, else 3).
    public init(environment: [String: String], profile: SharedConfig.Profile) throws(ConfigurationError) {
        let configured = (environment.nonEmpty("AWS_MAX_ATTEMPTS") ?? profile["max_attempts"]).flatMap { Int($0) }
        self.init(mode: try RetryMode(environment: environment, profile: profile),
                  maxAttempts: configured.flatMap { $0 > 0 ? $0 : nil })
    }

    /// Throttling codes (`standard.py` `_THROTTLED_ERROR_CODES`).
    public static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled",
        "SlowDown", "PriorRequestNotComplete", "EC2ThrottledException",
    ]

    /// Transient error codes, plus STS's `IDPCommunicationError`.
    public static let transientCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete", "IDPCommunicationError",
    ]

    public static let transientStatuses: Set<Int> = [500, 502, 503, 504]

    /// Legacy mode's codes, retried only with status 400 (`_retry.json` `definitions`).
    public static let legacyThrottlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "ProvisionedThroughputExceededException",
    ]

    /// Legacy mode's statuses, retried whatever the code.
    public static let legacyStatuses: Set<Int> = [429, 500, 502, 503, 504, 509]

    /// Whether `failure` is worth retrying in this policy's mode, regardless of attempts left.
    public func isRetryable(_ failure: AttemptFailure) -> Bool {
        guard mode == .legacy else { return Self.isRetryable(failure) }
        switch failure {
        case .transport(let error):
            return error.isTransient
        case .service(let error):
            return Self.legacyStatuses.contains(error.status)
                || (error.status == 400 && Self.legacyThrottlingCodes.contains(error.code))
                || (error.status == 400 && error.service == AWSService.sts.serviceId && error.code == "IDPCommunicationError")
        }
    }

    /// Whether a failure is throttling, for the adaptive rate limiter (`ThrottlingErrorDetector`).
    public static func isThrottling(_ failure: AttemptFailure) -> Bool {
        if case .service(let error) = failure { return throttlingCodes.contains(error.code) }
        return false
    }

    /// Whether `failure` is worth retrying in standard mode, regardless of attempts left.
    public static func isRetryable(_ failure: AttemptFailure) -> Bool {
        switch failure {
        case .transport(let error):
            return error.isTransient
        case .service(let error):
            return throttlingCodes.contains(error.code) || transientCodes.contains(error.code)
                || transientStatuses.contains(error.status)
        }
    }

    /// Full jitter: `random × min(2^(attempt−1), 20)` seconds.
    public static func backoff(afterAttempt attempt: Int, random: Double) -> Double {
        let exponent = min(max(attempt - 1, 0), 10)
        return random * min(Double(1 << exponent), maxBackoffSeconds)
    }

    /// Legacy's backoff, `random × 2^(attempt−1)` seconds with no cap (`delay_exponential`);
    /// the exponent stops growing at 30, past any attempt count anyone configures.
    public static func legacyBackoff(afterAttempt attempt: Int, random: Double) -> Double {
        random * Double(1 << min(max(attempt - 1, 0), 30))
    }

    public func decision(after failure: AttemptFailure, attempt: Int, random: Double) -> Decision {
        guard attempt < maxAttempts, isRetryable(failure) else { return .doNotRetry }
        return .retry(afterSeconds: mode == .legacy ? Self.legacyBackoff(afterAttempt: attempt, random: random)
                      : Self.backoff(afterAttempt: attempt, random: random))
    }
}
