/// Adaptive mode's client-side rate limiter (botocore `retries/adaptive.py` `ClientRateLimiter`):
/// off until the first throttling error; from then on every attempt first takes a token from a
/// bucket whose fill rate follows CUBIC: cut to 70 % of the measured send rate on each throttle,
/// grown back along a cubic curve on each other answer.
actor ClientRateLimiter {
    private var calculator: CubicRateCalculator
    private var measured: MeasuredSendRate
    private var bucket: SendRateTokenBucket
    private var enabled = false
    private let now: @Sendable () -> Double

    /// Never more than twice the measured rate (`_MAX_RATE_ADJUST_SCALE`).
    static let maxRateAdjustScale = 2.0

    init(clock: @escaping @Sendable () -> Date) {
        let now: @Sendable () -> Double = { clock().timeIntervalSince1970 }
        let start = now()
        self.now = now
        calculator = CubicRateCalculator(startingMaxRate: 0, startTime: start)
        measured = MeasuredSendRate(now: start)
        bucket = SendRateTokenBucket(maxRate: 1, now: start)
    }

    /// Seconds to wait before the next attempt may be sent (0 while the limiter is off). The
    /// token is taken at once, so callers waiting side by side queue up one behind the other.
    func delayBeforeSending() -> Double {
        enabled ? bucket.acquire(now: now()) : 0
    }

    /// Records one answer (or transport failure) and adjusts the rate.
    func record(throttled: Bool) {
        let time = now()
        let rate = measured.record(now: time)
        let newRate: Double
        if throttled {
            newRate = calculator.errorReceived(currentRate: enabled ? min(rate, bucket.maxRate) : rate, at: time)
            enabled = true
        } else {
            newRate = calculator.successReceived(at: time)
        }
        bucket.setMaxRate(min(newRate, Self.maxRateAdjustScale * rate), now: time)
    }

    /// The bucket's fill rate, in requests per second.
    var maxRate: Double { bucket.maxRate }
    var isEnabled: Bool { enabled }
}

/// botocore `retries/throttling.py` `CubicCalculator`: the CUBIC congestion window as a send rate.
struct CubicRateCalculator: Sendable, Equatable {
    static let scaleConstant = 0.4
    static let beta = 0.7

    /// The rate at the last throttle (`w_max`).
    private(set) var lastMaxRate: Double
    private var zeroPoint: Double
    private var lastFailure: Double

    init(startingMaxRate: Double, startTime: Double) {
        lastMaxRate = startingMaxRate
        zeroPoint = Self.zeroPoint(for: startingMaxRate)
        lastFailure = startTime
    }

    private static func zeroPoint(for maxRate: Double) -> Double {
        pow(maxRate * (1 - beta) / scaleConstant, 1.0 / 3.0)
    }

    func successReceived(at time: Double) -> Double {
        let elapsed = time - lastFailure - zeroPoint
        return Self.scaleConstant * pow(elapsed, 3) + lastMaxRate
    }

    mutating func errorReceived(currentRate: Double, at time: Double) -> Double {
        lastMaxRate = currentRate
        zeroPoint = Self.zeroPoint(for: currentRate)
        lastFailure = time
        return currentRate * Self.beta
    }
}

/// botocore `RateClocker`: the send rate, smoothed, measured in half-second buckets.
struct MeasuredSendRate: Sendable, Equatable {
    static let smoothing = 0.8
    static let bucketsPerSecond = 2.0

    private(set) var rate = 0.0
    private var lastBucket: Double
    private var count = 0.0

    init(now: Double) {
        lastBucket = now.rounded(.down)
    }

    mutating func record(now: Double) -> Double {
        let bucket = (now * Self.bucketsPerSecond).rounded(.down) / Self.bucketsPerSecond
        count += 1
        if bucket > lastBucket {
            let current = count / (bucket - lastBucket)
            rate = current * Self.smoothing + rate * (1 - Self.smoothing)
            count = 0
            lastBucket = bucket
        }
        return rate
    }
}

/// botocore `retries/bucket.py` `TokenBucket`, except that a token is taken at once, leaving the
/// bucket in debt until the wait is over, instead of blocking inside the bucket.
struct SendRateTokenBucket: Sendable, Equatable {
    static let minimumRate = 0.5

    private(set) var maxRate = 0.0
    private(set) var capacity = 0.0
    private var maxCapacity = 1.0
    private var lastTime: Double

    init(maxRate: Double, now: Double) {
        lastTime = now
        setMaxRate(maxRate, now: now)
    }

    mutating func setMaxRate(_ value: Double, now: Double) {
        refill(now: now)
        maxRate = max(value, Self.minimumRate)
        maxCapacity = max(value, 1)
        capacity = min(capacity, maxCapacity)
    }

    /// Takes one token; returns how long to wait until it would have been there.
    mutating func acquire(now: Double) -> Double {
        refill(now: now)
        let wait = capacity >= 1 ? 0 : (1 - capacity) / maxRate
        capacity -= 1
        return wait
    }

    private mutating func refill(now: Double) {
        capacity = min(maxCapacity, capacity + max(0, now - lastTime) * maxRate)
        lastTime = max(lastTime, now)
    }
}
