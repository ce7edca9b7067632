/// Everything the retry loop needs besides the policy: the shared quota, a source of
/// uniform random numbers in [0, 1) for the jitter, and a way to wait.
public struct RetryEnvironment: Sendable {
    public var policy: RetryPolicy
    let quota: RetryQuota
    public var random: @Sendable () -> Double
    public var sleep: @Sendable (Double) async throws -> Void

    public init(
        policy: RetryPolicy,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        sleep: @escaping @Sendable (Double) async throws -> Void = { seconds in
            try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
        }
    ) {
        self.policy = policy
        self.quota = RetryQuota()
        self.random = random
        self.sleep = sleep
    }
}
