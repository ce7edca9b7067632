import Testing
@testable import SesameAWS

@Suite struct RetryPolicyTests {
    static func service(_ code: String, _ status: Int) -> AttemptFailure {
        .service(AWSServiceError(service: "SESv2", code: code, message: "", status: status))
    }

    static func transport(_ kind: TransportError.Kind) -> AttemptFailure {
        .transport(TransportError(kind: kind, url: "https://x", detail: ""))
    }

    @Test(arguments: [
        (service("TooManyRequestsException", 429), true),
        (service("ThrottlingException", 400), true),
        (service("RequestTimeout", 400), true),
        (service("IDPCommunicationError", 400), true),
        (service("InternalFailure", 500), true),
        (service("502", 502), true),
        (service("503", 503), true),
        (service("504", 504), true),
        (service("429", 429), false),  // a bare 429 with an unknown code is not retried
        (service("BadRequestException", 400), false),
        (service("ConflictException", 409), false),
        (service("NotFoundException", 404), false),
        (service("SubscriptionRequiredException", 400), false),
        (service("501", 501), false),
        (transport(.timedOut), true),
        (transport(.connectionRefused), true),
        (transport(.connectionReset), true),
        (transport(.hostNotFound), true),
        (transport(.tlsHandshake), true),
        (transport(.tlsCertificate), false),
        (transport(.responseTooLarge(limit: 1)), false),
        (transport(.other), false),
    ])
    func retryable(failure: AttemptFailure, expected: Bool) {
        #expect(RetryPolicy.isRetryable(failure) == expected)
    }

    @Test func stopsAtMaxAttempts() {
        let policy = RetryPolicy(maxAttempts: 3)
        let failure = Self.service("TooManyRequestsException", 429)
        #expect(policy.decision(after: failure, attempt: 1, random: 0.5) == .retry(afterSeconds: 0.5))
        #expect(policy.decision(after: failure, attempt: 2, random: 0.5) == .retry(afterSeconds: 1.0))
        #expect(policy.decision(after: failure, attempt: 3, random: 0.5) == .doNotRetry)
        #expect(RetryPolicy(maxAttempts: 1).decision(after: failure, attempt: 1, random: 0.5) == .doNotRetry)
    }

    @Test func neverRetriesOther4xx() {
        #expect(RetryPolicy(maxAttempts: 10).decision(after: Self.service("BadRequestException", 400), attempt: 1, random: 0)
            == .doNotRetry)
    }

    @Test func fullJitterBoundsWithSeededRandom() {
        var generator = SplitMix64(seed: 42)
        for attempt in 1...12 {
            let cap = min(Double(1 << (attempt - 1)), 20)
            for _ in 0..<200 {
                let delay = RetryPolicy.backoff(afterAttempt: attempt, random: Double.random(in: 0..<1, using: &generator))
                #expect(delay >= 0 && delay < cap)
            }
        }
        #expect(RetryPolicy.backoff(afterAttempt: 30, random: 0.999_999) < 20)
        #expect(RetryPolicy.backoff(afterAttempt: 6, random: 0.5) == 10)
    }

    @Test func seededGeneratorIsReproducible() {
        var first = SplitMix64(seed: 7), second = SplitMix64(seed: 7)
        #expect((0..<5).map { _ in first.next() } == (0..<5).map { _ in second.next() })
    }

    @Test(arguments: [
        ([:], [:], 3),
        (["AWS_MAX_ATTEMPTS": "5"], ["max_attempts": "2"], 5),
        ([:], ["max_attempts": "2"], 2),
        (["AWS_MAX_ATTEMPTS": "zero"], [:], 3),
        (["AWS_MAX_ATTEMPTS": "0"], [:], 3),
    ] as [([String: String], [String: String], Int)])
    func maxAttemptsConfiguration(environment: [String: String], profile: [String: String], expected: Int) throws {
        var settings = SharedConfig.Profile(name: "p")
        settings.values = profile
        #expect(try RetryPolicy(environment: environment, profile: settings).maxAttempts == expected)
    }

    @Test func tokenBucketCostsAndRefunds() {
        var bucket = RetryTokenBucket()
        #expect(bucket.acquire(after: Self.service("ThrottlingException", 400)) == 5)
        #expect(bucket.acquire(after: Self.transport(.timedOut)) == 10)
        #expect(bucket.available == 485)
        bucket.releaseAfterSuccess(lastRetryCost: 10)
        #expect(bucket.available == 495)
        bucket.releaseAfterSuccess(lastRetryCost: nil)
        bucket.releaseAfterSuccess(lastRetryCost: nil)
        bucket.releaseAfterSuccess(lastRetryCost: 5)
        #expect(bucket.available == 500)  // capped

        var empty = RetryTokenBucket(available: 7)
        #expect(empty.acquire(after: Self.transport(.timedOut)) == nil)
        #expect(empty.available == 7)
        #expect(empty.acquire(after: Self.service("503", 503)) == 5)
        #expect(empty.acquire(after: Self.service("503", 503)) == nil)
    }
}
