import Foundation
import Testing
@testable import SesameAWS

/// SES v2 and Support clients over a fake transport: request shapes, retries, decoding.
@Suite struct ClientTests {
    final class Recorder: @unchecked Sendable {
        let lock = NSLock()
        var sleeps: [Double] = []
        var exchanges: [HTTPExchange] = []
    }

    func session(_ transport: FakeTransport, recorder: Recorder = Recorder(), clock: TestClock = TestClock(),
                 environment: [String: String] = [:]) throws -> AWSSession {
        let home = try TemporaryDirectory()
        return try AWSSession(context: AWSContext(
            region: "eu-west-1",
            environment: ["AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret",
                          "AWS_SESSION_TOKEN": "SESSION", "AWS_EC2_METADATA_DISABLED": "true"].merging(environment) { $1 },
            homeDirectory: home.path, clock: clock.function,
            debugSink: { exchange in recorder.lock.withLock { recorder.exchanges.append(exchange) } },
            transport: transport, random: { 0.5 },
            sleep: { seconds in
                recorder.lock.withLock { recorder.sleeps.append(seconds) }
                clock.advance(seconds)
            }))
    }

    static let account = """
        {"ProductionAccessEnabled":false,"SendingEnabled":true,"EnforcementStatus":"HEALTHY",
         "SendQuota":{"Max24HourSend":200.0,"MaxSendRate":1.0,"SentLast24Hours":3.0},
         "SuppressionAttributes":{"SuppressedReasons":["BOUNCE","COMPLAINT"]},
         "Details":{"MailType":"TRANSACTIONAL","WebsiteURL":"https://x.org","ContactLanguage":"EN",
                    "ReviewDetails":{"Status":"PENDING","CaseId":"123"}},
         "PricingAttributes":{"CurrentPlan":"NONE"},"SomethingNew":42}
        """

    @Test func getAccountRequestAndDecoding() async throws {
        let transport = FakeTransport(responses: [.json(200, Self.account)])
        let account = try await session(transport).sesv2(region: "eu-west-1").getAccount()
        #expect(account.productionAccessEnabled == false)
        #expect(account.sendingEnabled)
        #expect(account.enforcementStatus == "HEALTHY")
        #expect(account.sendQuota == SESAccount.SendQuota(max24HourSend: 200, maxSendRate: 1, sentLast24Hours: 3))
        #expect(account.suppressedReasons == ["BOUNCE", "COMPLAINT"])
        #expect(account.details?.review == SESAccount.ReviewDetails(status: "PENDING", caseId: "123"))

        let request = try #require(transport.requests.first)
        #expect(request.method == "GET")
        #expect(request.url == "https://email.eu-west-1.amazonaws.com/v2/email/account")
        #expect(request.header("Host") == "email.eu-west-1.amazonaws.com")
        #expect(request.header("X-Amz-Date") == "20270115T080000Z")
        #expect(request.header("X-Amz-Security-Token") == "SESSION")
        #expect(request.header("amz-sdk-request") == "attempt=1; max=3")
        let authorization = try #require(request.header("Authorization"))
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20270115/eu-west-1/ses/aws4_request, "))
        #expect(authorization.contains("SignedHeaders=amz-sdk-invocation-id;amz-sdk-request;host;x-amz-date;x-amz-security-token,"))
    }

    @Test func putAccountDetailsSendsTheBodyExactly() async throws {
        let transport = FakeTransport(responses: [.json(200, "{}")])
        let body = Array(#"{"MailType":"MARKETING","WebsiteURL":"https://x.org","ProductionAccessEnabled":true}"#.utf8)
        try await session(transport).sesv2(region: "us-east-1").putAccountDetails(jsonBody: body)
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.url == "https://email.us-east-1.amazonaws.com/v2/email/account/details")
        #expect(request.body == body)
        #expect(request.header("Content-Type") == "application/json")
    }

    @Test func retriesThrottlingWithFreshSignaturesThenSucceeds() async throws {
        let throttled = HTTPResponse.json(429, #"{"message":"Too many"}"#, headers: [("X-Amzn-ErrorType", "TooManyRequestsException")])
        let transport = FakeTransport(responses: [throttled, throttled, .json(200, Self.account)])
        let recorder = Recorder()
        let account = try await session(transport, recorder: recorder).sesv2(region: "eu-west-1").getAccount()
        #expect(account.sendingEnabled)
        #expect(transport.requests.map { $0.header("amz-sdk-request") } == ["attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"])
        #expect(Set(transport.requests.map { $0.header("amz-sdk-invocation-id") }).count == 1)
        #expect(recorder.sleeps == [0.5, 1.0])
        #expect(transport.requests.map { $0.header("X-Amz-Date") } == ["20270115T080000Z", "20270115T080000Z", "20270115T080001Z"])
        #expect(Set(transport.requests.map { $0.header("Authorization") }).count == 3)  // each attempt signed anew
        #expect(recorder.exchanges.map(\.response?.status) == [429, 429, 200])
    }

    @Test func givesUpAfterMaxAttemptsAndNeverRetries400() async throws {
        let unavailable = FakeTransport(responses: [HTTPResponse(status: 503)])
        await #expect(throws: AWSServiceError(service: "SESv2", code: "503", message: "Service Unavailable", status: 503)) {
            try await session(unavailable, environment: ["AWS_MAX_ATTEMPTS": "4"]).sesv2(region: "eu-west-1").getAccount()
        }
        #expect(unavailable.requests.count == 4)

        let badRequest = FakeTransport(responses: [.json(400, #"{"message":"bad"}"#, headers: [("X-Amzn-ErrorType", "BadRequestException")])])
        await #expect(throws: AWSServiceError.self) { try await session(badRequest).sesv2(region: "eu-west-1").getAccount() }
        #expect(badRequest.requests.count == 1)
    }

    @Test func legacyModeRetriesABare429FiveTimesWithUncappedBackoff() async throws {
        let bare = FakeTransport(responses: [.json(429, #"{"message":"slow down"}"#)])
        await #expect(throws: AWSServiceError.self) {
            try await session(bare, environment: ["AWS_RETRY_MODE": "legacy"]).sesv2(region: "eu-west-1").getAccount()
        }
        #expect(bare.requests.map { $0.header("amz-sdk-request") } == (1...5).map { "attempt=\($0); max=5" })

        let standard = FakeTransport(responses: [.json(429, #"{"message":"slow down"}"#)])
        await #expect(throws: AWSServiceError.self) { try await session(standard).sesv2(region: "eu-west-1").getAccount() }
        #expect(standard.requests.count == 1)  // standard mode retries a 429 only by its code

        let recorder = Recorder()
        let unavailable = FakeTransport(responses: [HTTPResponse(status: 503), HTTPResponse(status: 503), HTTPResponse(status: 503),
                                                    HTTPResponse(status: 503), .json(200, Self.account)])
        _ = try await session(unavailable, recorder: recorder, environment: ["AWS_RETRY_MODE": "legacy"]).sesv2(region: "eu-west-1")
            .getAccount()
        #expect(recorder.sleeps == [0.5, 1, 2, 4])
    }

    @Test func adaptiveModeWaitsForTheRateLimiterAfterAThrottle() async throws {
        let throttled = HTTPResponse.json(429, #"{"message":"Too many"}"#, headers: [("X-Amzn-ErrorType", "TooManyRequestsException")])
        let recorder = Recorder()
        let transport = FakeTransport(responses: [.json(200, Self.account), throttled, .json(200, Self.account)])
        let client = try session(transport, recorder: recorder, environment: ["AWS_RETRY_MODE": "adaptive"]).sesv2(region: "eu-west-1")
        _ = try await client.getAccount()
        #expect(recorder.sleeps.isEmpty)  // the limiter is off until AWS throttles
        _ = try await client.getAccount()
        // The backoff's 0.5 s (random 0.5), then the token: no send rate was measured yet, so the
        // bucket refills at its minimum, 0.5 per second; the token is due 2 s after the throttle,
        // 1.5 s after the backoff.
        #expect(recorder.sleeps == [0.5, 1.5])
        #expect(transport.requests.count == 3)
    }

    @Test func transportErrorsAreRetriedThenThrown() async throws {
        let transport = FakeTransport { request, _ in throw TransportError(kind: .timedOut, url: request.url, detail: "slow") }
        await #expect(throws: TransportError(kind: .timedOut, url: "https://email.eu-west-1.amazonaws.com/v2/email/account", detail: "slow")) {
            try await session(transport).sesv2(region: "eu-west-1").getAccount()
        }
        #expect(transport.requests.count == 3)
    }

    @Test func malformedSuccessBodyIsAnError() async throws {
        let transport = FakeTransport(responses: [HTTPResponse(status: 200, body: Array("<html>".utf8))])
        await #expect(throws: MalformedResponseError.self) { try await session(transport).sesv2(region: "eu-west-1").getAccount() }
    }

    @Test func listEmailIdentitiesFollowsNextToken() async throws {
        let transport = FakeTransport { request, index in
            switch index {
            case 0: return .json(200, #"{"EmailIdentities":[{"IdentityName":"a@x.org","IdentityType":"EMAIL_ADDRESS"}],"NextToken":"t+/="}"#)
            case 1: return .json(200, #"{"EmailIdentities":[{"IdentityName":"x.org","IdentityType":"DOMAIN","VerificationStatus":"SUCCESS"}]}"#)
            default: return HTTPResponse(status: 500)
            }
        }
        let identities = try await session(transport).sesv2(region: "eu-west-1").listEmailIdentities()
        #expect(identities.map(\.identityName) == ["a@x.org", "x.org"])
        #expect(transport.requests.map(\.url) == [
            "https://email.eu-west-1.amazonaws.com/v2/email/identities",
            "https://email.eu-west-1.amazonaws.com/v2/email/identities?NextToken=t%2B%2F%3D",
        ])
    }

    @Test func getEmailIdentityEncodesTheLabel() async throws {
        let transport = FakeTransport(responses: [.json(200, """
            {"IdentityType":"EMAIL_ADDRESS","VerificationStatus":"SUCCESS","VerifiedForSendingStatus":true,
             "DkimAttributes":{"SigningEnabled":true,"Status":"SUCCESS","Tokens":["a","b"]},
             "VerificationInfo":{"LastCheckedTimestamp":1.7E9,"LastSuccessTimestamp":"2026-01-01T00:00:00Z"}}
            """)])
        let identity = try await session(transport).sesv2(region: "eu-west-1").getEmailIdentity("user+tag@example.com")
        #expect(transport.requests[0].url == "https://email.eu-west-1.amazonaws.com/v2/email/identities/user%2Btag%40example.com")
        #expect(identity.dkim?.tokens == ["a", "b"])
        #expect(identity.verificationInfo?.lastCheckedTimestamp == Date(timeIntervalSince1970: 1.7e9))
        #expect(identity.verificationInfo?.lastSuccessTimestamp == ISO8601.parse("2026-01-01T00:00:00Z"))
    }

    @Test func configurationSetsAndEventDestinations() async throws {
        let transport = FakeTransport { request, index in
            if request.url.hasSuffix("event-destinations") {
                return .json(200, """
                    {"EventDestinations":[{"Name":"d","Enabled":true,"MatchingEventTypes":["BOUNCE","COMPLAINT"],
                      "SnsDestination":{"TopicArn":"arn:sns"},"CloudWatchDestination":{"DimensionConfigurations":[]}}]}
                    """)
            }
            return .json(200, index == 0 ? #"{"ConfigurationSets":["a"],"NextToken":"n"}"# : #"{"ConfigurationSets":["b c"]}"#)
        }
        let client = try session(transport).sesv2(region: "eu-west-1")
        #expect(try await client.listConfigurationSets() == ["a", "b c"])
        let destinations = try await client.getConfigurationSetEventDestinations("b c")
        #expect(transport.requests.last?.url == "https://email.eu-west-1.amazonaws.com/v2/email/configuration-sets/b%20c/event-destinations")
        #expect(destinations.first?.snsTopicArn == "arn:sns")
        #expect(destinations.first?.hasCloudWatchDestination == true)
        #expect(destinations.first?.matchingEventTypes == ["BOUNCE", "COMPLAINT"])
    }

    @Test func supportCreateCase() async throws {
        let transport = FakeTransport(responses: [.json(200, #"{"caseId":"case-1234"}"#)])
        let caseId = try await session(transport).support(region: "eu-west-1").createCase(
            subject: "s", communicationBody: "b", language: "ja", ccEmailAddresses: ["a@x.org"], serviceCode: "amazon-ses",
            categoryCode: "sending-limits", severityCode: "low", issueType: "customer-service")
        #expect(caseId == "case-1234")
        let request = try #require(transport.requests.first)
        #expect(request.url == "https://support.us-east-1.amazonaws.com/")
        #expect(request.header("X-Amz-Target") == "AWSSupport_20130415.CreateCase")
        #expect(request.header("Content-Type") == "application/x-amz-json-1.1")
        #expect(request.header("Authorization")?.contains("/us-east-1/support/aws4_request") == true)
        let body = try JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any]
        #expect(body?["language"] as? String == "ja")
        #expect(body?["ccEmailAddresses"] as? [String] == ["a@x.org"])
        #expect(body?["issueType"] as? String == "customer-service")
    }

    @Test func supportSubscriptionRequiredIsNotRetried() async throws {
        let transport = FakeTransport(responses: [.json(400, #"{"__type":"SubscriptionRequiredException","message":"AWS Premium Support Subscription is required to use this service."}"#)])
        let error = await #expect(throws: AWSServiceError.self) {
            try await session(transport).support(region: "us-east-1").createCase(subject: "s", communicationBody: "b")
        }
        #expect(error?.code == "SubscriptionRequiredException")
        #expect(transport.requests.count == 1)
    }

    @Test func debugSinkSeesRedactedExchanges() async throws {
        let transport = FakeTransport(responses: [.json(200, Self.account)])
        let recorder = Recorder()
        _ = try await session(transport, recorder: recorder).sesv2(region: "eu-west-1").getAccount()
        let exchange = try #require(recorder.exchanges.first)
        #expect(exchange.request.header("X-Amz-Security-Token") == "<redacted>")
        #expect(exchange.request.header("Authorization")?.hasSuffix("Signature=<redacted>") == true)
        #expect(exchange.response?.status == 200)
    }

    @Test func missingRegionIsAConfigurationError() throws {
        let home = try TemporaryDirectory()
        let session = try AWSSession(context: AWSContext(environment: [:], homeDirectory: home.path))
        #expect(throws: ConfigurationError.missingRegion) { try session.region() }
    }
}
