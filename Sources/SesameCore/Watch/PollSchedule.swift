/// When `status --watch` reads a region again: every `interval` seconds with ±10% jitter (so
/// that many watchers, or many regions, do not call in step), never more often than once a
/// second a region (the rate SES allows for account calls), and, after the API throttled a
/// read, twice as long each time up to 15 minutes, until a read gets through.
public struct PollSchedule: Hashable, Sendable {
    /// The shortest interval: one read a second a region.
    public static let minimumInterval: Double = 1
    /// The default interval: a review takes hours, and there is no reason to ask more often.
    public static let defaultInterval: Double = 180
    /// The longest wait after throttling.
    public static let maximumBackoff: Double = 15 * 60
    /// The share of the interval the jitter may add or take away.
    public static let jitter: Double = 0.1

    public var interval: Double

    /// A schedule reading every `interval` seconds; nil when that is below the minimum or not finite.
    public init?(interval: Double = PollSchedule.defaultInterval) {
        guard interval.isFinite, interval >= Self.minimumInterval else { return nil }
        self.interval = interval
    }

    /// The wait before the next read of a region, after `throttledReads` reads in a row were
    /// throttled; `random` is uniform in 0..<1.
    public func delay(afterThrottledReads throttledReads: Int, random: Double) -> Double {
        let base = throttledReads == 0 ? interval : min(Self.maximumBackoff, interval * Double(1 << min(throttledReads, 20)))
        let jittered = base * (1 - Self.jitter + 2 * Self.jitter * min(max(random, 0), 1))
        return max(Self.minimumInterval, min(jittered, max(base, Self.maximumBackoff)))
    }
}
