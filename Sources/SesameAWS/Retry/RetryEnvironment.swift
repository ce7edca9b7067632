/// Everything the retry loop needs besides the policy: the shared quota, adaptive mode's rate
/// limiter, a source of uniform random numbers in [0, 1) for the jitter, and a way to wait.
public struct RetryEnvironment: Sendable {
    public var policy: RetryPolicy
    let quota: RetryQuota
    /// Present in adaptive mode only; shared by the concurrent calls of one client.
    let rateLimiter: ClientRateLimiter?
    public var random: @Sendable () -> Double
    public var sleep: @Sendable (Double) async throws -> Void

    public init(
        policy: RetryPolicy,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        sleep: @escaping @Sendable (Double) async throws -> Void = { seconds in
            try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
        },
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.policy = policy
        self.quota = RetryQuota()
        self.rateLimiter = policy.mode == .adaptive ? ClientRateLimiter(clock: clock) : nil
        self.random = random
        self.sleep = sleep
    }
}
