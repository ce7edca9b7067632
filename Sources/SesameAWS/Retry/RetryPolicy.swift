/// The "standard" retry mode as a pure decision (botocore `retries/standard.py`): given a
/// failure, the 1-based number of the attempt that failed, and a uniform random number in
/// [0, 1), either retry after a delay or stop. The quota and the sleeping live elsewhere.
public struct RetryPolicy: Sendable, Equatable {
    public enum Decision: Sendable, Equatable {
        case retry(afterSeconds: Double)
        case doNotRetry
    }

    /// Total attempts, the first one included.
    public var maxAttempts: Int
    /// Cap of the exponential backoff, in seconds.
    public static let maxBackoffSeconds = 20.0

    public static let defaultMaxAttempts = 3

    public init(maxAttempts: Int = RetryPolicy.defaultMaxAttempts) {
        self.maxAttempts = max(1, maxAttempts)
    }

    /// `AWS_MAX_ATTEMPTS`, else the profile's `max_attempts`, else 3. Unparseable or
    /// non-positive values fall back to the default.
    public init(environment: [String: String], profile: SharedConfig.Profile) {
        let configured = (environment.nonEmpty("AWS_MAX_ATTEMPTS") ?? profile["max_attempts"]).flatMap { Int($0) }
        self.init(maxAttempts: configured.flatMap { $0 > 0 ? $0 : nil } ?? Self.defaultMaxAttempts)
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

    /// Whether `failure` is worth retrying at all, regardless of attempts left.
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

    public func decision(after failure: AttemptFailure, attempt: Int, random: Double) -> Decision {
        guard attempt < maxAttempts, Self.isRetryable(failure) else { return .doNotRetry }
        return .retry(afterSeconds: Self.backoff(afterAttempt: attempt, random: random))
    }
}
