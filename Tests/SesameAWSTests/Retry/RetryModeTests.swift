import Foundation
import Testing
@testable import SesameAWS

/// `AWS_RETRY_MODE` / `retry_mode`: legacy's rules and adaptive's rate limiter, against botocore.
@Suite struct RetryModeTests {
    static func profile(_ values: [String: String]) -> SharedConfig.Profile {
        var profile = SharedConfig.Profile(name: "p")
        profile.values = values
        return profile
    }

    @Test(arguments: [
        ([:], [:], RetryMode.standard, 3),
        (["AWS_RETRY_MODE": "legacy"], [:], .legacy, 5),
        ([:], ["retry_mode": "adaptive"], .adaptive, 3),
        (["AWS_RETRY_MODE": "standard"], ["retry_mode": "legacy"], .standard, 3),
        (["AWS_RETRY_MODE": "legacy", "AWS_MAX_ATTEMPTS": "2"], [:], .legacy, 2),
        ([:], ["retry_mode": "legacy", "max_attempts": "7"], .legacy, 7),
        (["AWS_RETRY_MODE": ""], ["retry_mode": "legacy"], .legacy, 5),
    ] as [([String: String], [String: String], RetryMode, Int)])
    func modeAndMaxAttempts(environment: [String: String], profile: [String: String], mode: RetryMode, attempts: Int) throws {
        let policy = try RetryPolicy(environment: environment, profile: Self.profile(profile))
        #expect(policy.mode == mode)
        #expect(policy.maxAttempts == attempts)
    }

    @Test func anUnknownModeIsAnErrorNamingItsSource() {
        #expect(throws: ConfigurationError.invalidRetryMode("Adaptive", source: .environment("AWS_RETRY_MODE"))) {
            try RetryPolicy(environment: ["AWS_RETRY_MODE": "Adaptive"], profile: Self.profile([:]))
        }
        #expect(throws: ConfigurationError.invalidRetryMode("fast", source: .profileKey("retry_mode", profile: "p"))) {
            try RetryPolicy(environment: [:], profile: Self.profile(["retry_mode": "fast"]))
        }
    }

    @Test(arguments: [
        (RetryPolicyTests.service("TooManyRequestsException", 429), true, true),
        (RetryPolicyTests.service("SomethingElse", 429), true, false),  // legacy: any 429
        (RetryPolicyTests.service("LimitExceeded", 509), true, false),
        (RetryPolicyTests.service("ThrottlingException", 400), true, true),
        (RetryPolicyTests.service("ThrottlingException", 403), false, true),  // legacy wants 400
        (RetryPolicyTests.service("TooManyRequestsException", 400), false, true),  // not in legacy's list
        (RetryPolicyTests.service("RequestTimeout", 408), false, true),
        (RetryPolicyTests.service("InternalFailure", 500), true, true),
        (RetryPolicyTests.service("BadRequestException", 400), false, false),
        (RetryPolicyTests.transport(.connectionReset), true, true),
        (RetryPolicyTests.transport(.tlsCertificate), false, false),
    ] as [(AttemptFailure, Bool, Bool)])
    func legacyRetriesWhatRetryJSONLists(failure: AttemptFailure, legacy: Bool, standard: Bool) {
        #expect(RetryPolicy(mode: .legacy).isRetryable(failure) == legacy)
        #expect(RetryPolicy(mode: .standard).isRetryable(failure) == standard)
    }

    @Test func legacyRetriesIDPCommunicationErrorOnlyFromSTS() {
        let sts = AttemptFailure.service(AWSServiceError(service: "STS", code: "IDPCommunicationError", message: "", status: 400))
        let ses = AttemptFailure.service(AWSServiceError(service: "SESv2", code: "IDPCommunicationError", message: "", status: 400))
        #expect(RetryPolicy(mode: .legacy).isRetryable(sts))
        #expect(!RetryPolicy(mode: .legacy).isRetryable(ses))
    }

    @Test func legacyBackoffHasNoCap() {
        let policy = RetryPolicy(mode: .legacy, maxAttempts: 8)
        let throttled = RetryPolicyTests.service("Throttling", 400)
        #expect((1...7).map { policy.decision(after: throttled, attempt: $0, random: 0.5) }
            == [0.5, 1, 2, 4, 8, 16, 32].map { .retry(afterSeconds: $0) })
        #expect(policy.decision(after: throttled, attempt: 8, random: 0.5) == .doNotRetry)
        #expect(RetryPolicy.legacyBackoff(afterAttempt: 1_000, random: 1) == Double(1 << 30))
    }

    /// botocore's `ClientRateLimiter` with a fake clock (1.43.11, `retries/adaptive.py`,
    /// `bucket.py`, `throttling.py`): after each answer at `time`, the bucket's rate and the
    /// measured send rate.
    static let botocoreRates: [(time: Double, throttled: Bool, maxRate: Double, measured: Double)] = [
        (1000.3, false, 0.5, 0),
        (1000.6, false, 0.5, 3.2),
        (1000.9, false, 0.5, 3.2),
        (1001.1, true, 2.6879999999999997, 3.84),
        (1001.7, false, 3.6172204826255583, 2.368),
        (1002.4, true, 1.45152, 2.0736),
        (1003.0, false, 2.003883901672338, 1.2147199999999998),
        (1005.0, false, 1.285888, 0.642944),
    ]

    /// (Within 1e-6: the test clock's `Date` keeps time relative to 2001, so 1000.2 s after 1970
    /// carries rounding of about 1e-7.)
    @Test func theRateLimiterFollowsBotocoresCubicRates() async {
        let clock = TestClock(Date(timeIntervalSince1970: 1000.2))
        let limiter = ClientRateLimiter(clock: clock.function)
        #expect(await limiter.delayBeforeSending() == 0)  // off until the first throttle
        var measured = MeasuredSendRate(now: 1000.2)
        for step in Self.botocoreRates {
            clock.advance(step.time - clock.now.timeIntervalSince1970)
            await limiter.record(throttled: step.throttled)
            let rate = await limiter.maxRate
            #expect(abs(rate - step.maxRate) < 1e-6, "at \(step.time): \(rate)")
            #expect(abs(measured.record(now: step.time) - step.measured) < 1e-6, "at \(step.time)")
            if step.time == 1001.1 {
                #expect(await limiter.isEnabled)
                // botocore's `_sleep_amount(1)` at that moment: (1 − capacity) / rate.
                let delay = await limiter.delayBeforeSending()
                #expect(abs(delay - 0.18601190476192592) < 1e-6, "\(delay)")
            }
        }
    }

    @Test func tokensTakenSideBySideQueueUp() {
        var bucket = SendRateTokenBucket(maxRate: 2, now: 0)
        #expect(bucket.acquire(now: 0) == 0.5)
        #expect(bucket.acquire(now: 0) == 1.0)  // behind the first
        #expect(bucket.acquire(now: 1.0) == 0.5)
        #expect(bucket.acquire(now: 10) == 0)  // refilled, up to the capacity of 2
        #expect(bucket.acquire(now: 10) == 0)
        #expect(bucket.acquire(now: 10) == 0.5)
        bucket.setMaxRate(0.1, now: 10)
        #expect(bucket.maxRate == 0.5)  // never below the minimum
    }
}
