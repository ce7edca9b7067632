/// The standard mode's retry quota (botocore `retries/quota.py`, `RetryQuotaChecker`):
/// a bucket of 500 tokens; a retry costs 5, or 10 after a timeout; a success gives back 1
/// when no retry was needed, or what its last retry cost.
public struct RetryTokenBucket: Sendable, Equatable {
    public static let capacity = 500
    public static let retryCost = 5
    public static let timeoutRetryCost = 10
    public static let noRetryIncrement = 1

    public private(set) var available: Int

    public init(available: Int = RetryTokenBucket.capacity) {
        self.available = available
    }

    /// Takes the cost of a retry after `failure`, returning it, or nil (and takes nothing)
    /// when the bucket cannot pay: then the error is returned without retrying.
    public mutating func acquire(after failure: AttemptFailure) -> Int? {
        let cost: Int
        if case .transport(let error) = failure, error.kind == .timedOut {
            cost = Self.timeoutRetryCost
        } else {
            cost = Self.retryCost
        }
        guard available >= cost else { return nil }
        available -= cost
        return cost
    }

    /// Refund after a successful (2xx) response. `lastRetryCost` is nil when the first
    /// attempt succeeded.
    public mutating func releaseAfterSuccess(lastRetryCost: Int?) {
        available = min(Self.capacity, available + (lastRetryCost ?? Self.noRetryIncrement))
    }
}

/// A token bucket shared by the concurrent calls of one client.
actor RetryQuota {
    private var bucket = RetryTokenBucket()

    func acquire(after failure: AttemptFailure) -> Int? { bucket.acquire(after: failure) }
    func releaseAfterSuccess(lastRetryCost: Int?) { bucket.releaseAfterSuccess(lastRetryCost: lastRetryCost) }
}
