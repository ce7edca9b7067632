import Foundation
import Testing
import TestSupport
@testable import SesameAWS

/// The real clients against the SES emulator, which checks every signature with botocore.
/// Each test runs its own emulator, so tests stay independent when run in parallel.
@Suite struct EmulatorIntegrationTests {
    let emulator: EmulatorProcess
    let home: TemporaryDirectory

    init() throws {
        emulator = try EmulatorProcess()
        home = try TemporaryDirectory()
    }

    func session(environment extra: [String: String] = [:], profile: String? = nil,
                 transport: (any HTTPTransport)? = nil, clock: @escaping @Sendable () -> Date = { Date() },
                 sleep: @escaping @Sendable (Double) async throws -> Void = { _ in }) throws -> AWSSession {
        try AWSSession(context: AWSContext(
            profile: profile, region: "us-east-1", endpointURL: emulator.baseURL,
            environment: [
                "AWS_ACCESS_KEY_ID": EmulatorProcess.accessKeyId, "AWS_SECRET_ACCESS_KEY": EmulatorProcess.secretAccessKey,
                "AWS_EC2_METADATA_DISABLED": "true",
            ].merging(extra) { $1 },
            homeDirectory: home.path, clock: clock, transport: transport, random: { 0.5 }, sleep: sleep))
    }

    func operations() async throws -> [String] {
        try await emulator.requests().compactMap(\.operation)
    }

    @Test func everyOperationIsSignedCorrectly() async throws {
        try await emulator.putIdentities(region: "us-east-1", json: #"[{"name":"user+tag@example.com"},{"name":"example.com"}]"#)
        try await emulator.putConfigurationSets(region: "us-east-1", json: """
            [{"name":"main","event_destinations":[{"name":"sns","enabled":true,"matching_event_types":["BOUNCE","COMPLAINT"],
              "sns_topic_arn":"arn:aws:sns:us-east-1:123456789012:bounces"}]}]
            """)
        let session = try session()
        let ses = try session.sesv2(region: "us-east-1")

        let account = try await ses.getAccount()
        #expect(account.productionAccessEnabled == false)
        let body = #"{"MailType":"TRANSACTIONAL","WebsiteURL":"https://shop.example.org","ContactLanguage":"EN","UseCaseDescription":"Order receipts.","ProductionAccessEnabled":true}"#
        try await ses.putAccountDetails(jsonBody: Array(body.utf8))
        #expect(try await emulator.account(region: "us-east-1")["last_details_body"] as? String == body)
        #expect(try await ses.getAccount().details?.review?.status == "PENDING")

        #expect(try await ses.listEmailIdentities().map(\.identityName).sorted() == ["example.com", "user+tag@example.com"])
        #expect(try await ses.getEmailIdentity("user+tag@example.com").identityType == "EMAIL_ADDRESS")
        #expect(try await ses.listConfigurationSets() == ["main"])
        #expect(try await ses.getConfigurationSetEventDestinations("main").first?.snsTopicArn
            == "arn:aws:sns:us-east-1:123456789012:bounces")
        let caseId = try await session.support(region: "us-east-1").createCase(
            subject: "SES production access", communicationBody: "Please", language: "en")
        #expect(!caseId.isEmpty)
        _ = try await session.sts(region: "us-east-1").assumeRole(roleArn: "arn:aws:iam::123456789012:role/r",
                                                                  roleSessionName: "integration")

        let log = try await emulator.requests()
        #expect(log.compactMap(\.operation) == [
            "GetAccount", "PutAccountDetails", "GetAccount", "ListEmailIdentities", "GetEmailIdentity",
            "ListConfigurationSets", "GetConfigurationSetEventDestinations", "CreateCase", "AssumeRole",
        ])
        #expect(log.allSatisfy { $0.signature_valid == true && $0.status == 200 })
    }

    @Test func assumedRoleSessionTokenIsAccepted() async throws {
        try home.write(".aws/config", """
            [profile deploy]
            role_arn = arn:aws:iam::123456789012:role/deploy
            source_profile = base
            role_session_name = integration
            [profile base]
            aws_access_key_id = \(EmulatorProcess.accessKeyId)
            aws_secret_access_key = \(EmulatorProcess.secretAccessKey)
            """)
        let session = try session(environment: ["AWS_ENDPOINT_URL": emulator.baseURL], profile: "deploy")
        _ = try await session.sesv2(region: "us-east-1").getAccount()
        let credentials = try await session.credentials.credentials()
        #expect(credentials.accessKeyId.hasPrefix("ASIA"))
        let log = try await emulator.requests()
        #expect(log.map(\.operation) == ["AssumeRole", "GetAccount"])
        #expect(log.allSatisfy { $0.signature_valid == true && $0.status == 200 })
    }

    @Test func webIdentityIsSentUnsigned() async throws {
        let tokenFile = try home.write("token", "header.payload.signature")
        let session = try session(environment: [
            "AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "", "AWS_ENDPOINT_URL": emulator.baseURL,
            "AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile, "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/web",
        ])
        _ = try await session.sesv2(region: "us-east-1").getAccount()
        let log = try await emulator.requests()
        #expect(log.map(\.operation) == ["AssumeRoleWithWebIdentity", "GetAccount"])
        #expect(log.map(\.status) == [200, 200])
    }

    @Test func throttlingIsRetriedThenSucceeds() async throws {
        try await emulator.addFaults(#"[{"operation":"GetAccount","count":2,"action":"error","status":429,"code":"TooManyRequestsException"}]"#)
        _ = try await session().sesv2(region: "us-east-1").getAccount()
        #expect(try await emulator.requests().map(\.status) == [429, 429, 200])
    }

    @Test func badRequestIsNotRetried() async throws {
        try await emulator.addFaults(#"[{"operation":"GetAccount","count":5,"action":"error","status":400,"code":"BadRequestException","message":"nope"}]"#)
        let error = await #expect(throws: AWSServiceError.self) { try await session().sesv2(region: "us-east-1").getAccount() }
        #expect(error?.code == "BadRequestException")
        #expect(error?.message == "nope")
        #expect(try await operations() == ["GetAccount"])
    }

    @Test func unavailableGivesUpAfterMaxAttempts() async throws {
        try await emulator.addFaults(#"[{"operation":"GetAccount","count":10,"action":"error","status":503,"code":"ServiceUnavailable"}]"#)
        await #expect(throws: AWSServiceError.self) { try await session().sesv2(region: "us-east-1").getAccount() }
        #expect(try await operations() == ["GetAccount", "GetAccount", "GetAccount"])

        try await emulator.control("DELETE", "requests")
        try await emulator.addFaults(#"[{"operation":"GetAccount","count":10,"action":"error","status":503}]"#)
        await #expect(throws: AWSServiceError.self) {
            try await session(environment: ["AWS_MAX_ATTEMPTS": "5"]).sesv2(region: "us-east-1").getAccount()
        }
        #expect(try await operations().count == 5)
    }

    @Test func legacyModeRetriesWhatRetryJSONListsFiveTimes() async throws {
        let faults = #"""
            [{"operation":"GetAccount","count":2,"action":"error","status":429,"code":"RequestLimitReached"},
             {"operation":"GetAccount","action":"drop"},
             {"operation":"GetAccount","action":"error","status":509,"code":"BandwidthLimitExceeded"}]
            """#
        try await emulator.addFaults(faults)
        _ = try await session(environment: ["AWS_RETRY_MODE": "legacy"]).sesv2(region: "us-east-1").getAccount()
        let log = try await emulator.requests()
        #expect(log.map(\.status) == [429, 429, 0, 509, 200])
        #expect(log.map { $0.headers?["amz-sdk-request"] } == (1...5).map { "attempt=\($0); max=5" })

        try await emulator.reset()
        try await emulator.addFaults(faults)
        await #expect(throws: AWSServiceError.self) { try await session().sesv2(region: "us-east-1").getAccount() }
        #expect(try await operations() == ["GetAccount"])  // standard mode knows no such code
    }

    @Test func adaptiveModeWaitsForATokenAfterThrottling() async throws {
        final class Sleeps: @unchecked Sendable {
            let lock = NSLock()
            var seconds: [Double] = []
        }
        let sleeps = Sleeps()
        try await emulator.addFaults(#"[{"operation":"GetAccount","action":"error","status":429,"code":"TooManyRequestsException"}]"#)
        // A clock that stands still (a quarter past a second, so no send rate is measured yet) and
        // sleeps that return at once: the limiter's waits follow from its rules alone.
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down) + 0.25)
        let ses = try session(environment: ["AWS_RETRY_MODE": "adaptive"], clock: { now }, sleep: { seconds in
            sleeps.lock.withLock { sleeps.seconds.append(seconds) }
        }).sesv2(region: "us-east-1")
        _ = try await ses.getAccount()
        #expect(try await emulator.requests().map(\.status) == [429, 200])
        // The backoff's 0.5 s, then the token: the bucket now refills at its minimum, 0.5 per
        // second, so the retry waits 2 s for it.
        #expect(sleeps.lock.withLock { sleeps.seconds } == [0.5, 2.0])
        // The limiter stays on for this client: the next call queues behind the retry's token.
        _ = try await ses.getAccount()
        #expect(sleeps.lock.withLock { sleeps.seconds } == [0.5, 2.0, 4.0])
    }

    @Test func hangingServerTimesOut() async throws {
        try await emulator.addFaults(#"[{"operation":"GetAccount","action":"hang","seconds":10}]"#)
        let transport = CurlTransport(configuration: .init(connectTimeout: 1, totalTimeout: 1))
        let error = await #expect(throws: TransportError.self) {
            try await session(environment: ["AWS_MAX_ATTEMPTS": "1"], transport: transport).sesv2(region: "us-east-1").getAccount()
        }
        #expect(error?.kind == .timedOut)
    }

    @Test func droppedConnectionIsRetried() async throws {
        try await emulator.addFaults(#"[{"operation":"GetAccount","action":"drop"}]"#)
        _ = try await session().sesv2(region: "us-east-1").getAccount()
        #expect(try await operations() == ["GetAccount", "GetAccount"])
    }

    @Test func paginationReachesTheEnd() async throws {
        let names = (1...5).map { "user\($0)+x@example.com" }
        try await emulator.putIdentities(region: "us-east-1",
                                         json: "[" + names.map { #"{"name":"\#($0)"}"# }.joined(separator: ",") + "]")
        let identities = try await session().sesv2(region: "us-east-1").listEmailIdentities()
        #expect(identities.map(\.identityName).sorted() == names.sorted())
        let log = try await emulator.requests()
        #expect(log.map(\.operation) == ["ListEmailIdentities", "ListEmailIdentities", "ListEmailIdentities"])
        #expect(log.allSatisfy { $0.signature_valid == true })
    }

    @Test func supportWithoutSubscription() async throws {
        try await emulator.putSettings(json: #"{"support_subscription":false}"#)
        let error = await #expect(throws: AWSServiceError.self) {
            try await session().support(region: "us-east-1").createCase(subject: "s", communicationBody: "b")
        }
        #expect(error?.code == "SubscriptionRequiredException")
        #expect(try await operations() == ["CreateCase"])
    }

    @Test func replyIsAddedToTheReviewCase() async throws {
        let session = try session()
        try await session.sesv2(region: "us-east-1").putAccountDetails(jsonBody: Array(
            #"{"MailType":"TRANSACTIONAL","WebsiteURL":"https://shop.example.org","UseCaseDescription":"Receipts."}"#.utf8))
        let display = try #require(try await session.sesv2(region: "us-east-1").getAccount().details?.review?.caseId)
        let support = try session.support(region: "us-east-1")
        let caseId = try #require(try await support.caseId(displayId: display))
        #expect(try await support.caseId(displayId: "1") == nil)
        try await support.addCommunicationToCase(caseId: caseId, communicationBody: "Our answers: …")
        let cases = try JSONSerialization.jsonObject(with: try await emulator.control("GET", "cases")) as? [String: [[String: Any]]]
        let communications = try #require(cases?["cases"]?.first?["communications"] as? [[String: Any]])
        #expect(communications.map { $0["body"] as? String } == ["Our answers: …"])
        let missing = await #expect(throws: AWSServiceError.self) {
            try await support.addCommunicationToCase(caseId: "case-123456789012-2026-0123456789abcdef", communicationBody: "x")
        }
        #expect(missing?.code == "CaseIdNotFound")
        #expect(try await operations() == ["PutAccountDetails", "GetAccount", "DescribeCases", "DescribeCases",
                                           "AddCommunicationToCase", "AddCommunicationToCase"])
    }

    @Test func aSessionActsInAnotherAccountThroughItsRole() async throws {
        try await emulator.putAccount("111122223333", region: "eu-west-1", json: #"{"production_access":true}"#)
        let other = try session().assumingRole("arn:aws:iam::111122223333:role/OrganizationAccountAccessRole")
        #expect(try await other.sesv2(region: "eu-west-1").getAccount().productionAccessEnabled)
        #expect(try await other.sesv2(region: "us-east-1").getAccount().productionAccessEnabled == false)
        #expect(try await session().sesv2(region: "eu-west-1").getAccount().productionAccessEnabled == false)
        let log = try await emulator.requests()
        #expect(log.map(\.operation) == ["AssumeRole", "GetAccount", "GetAccount", "GetAccount"])
        #expect(log.map(\.account) == ["123456789012", "111122223333", "111122223333", "123456789012"])
        #expect(log[0].body?.contains("RoleSessionName=sesame") == true)
    }

    @Test func replyWithoutSubscription() async throws {
        try await emulator.putSettings(json: #"{"support_subscription":false}"#)
        let error = await #expect(throws: AWSServiceError.self) {
            try await session().support(region: "us-east-1").addCommunicationToCase(caseId: "case-1", communicationBody: "b")
        }
        #expect(error?.code == "SubscriptionRequiredException")
    }
}

/// HTTPS against the emulator with a self-signed certificate: verification is always on,
/// and `AWS_CA_BUNDLE` is how to trust a private CA.
@Suite struct TLSIntegrationTests {
    let certificate: SelfSignedCertificate
    let emulator: EmulatorProcess
    let home: TemporaryDirectory

    init() throws {
        certificate = try SelfSignedCertificate()
        emulator = try EmulatorProcess(tls: certificate)
        home = try TemporaryDirectory()
    }

    func session(caBundle: String?) throws -> AWSSession {
        var environment = ["AWS_ACCESS_KEY_ID": EmulatorProcess.accessKeyId,
                           "AWS_SECRET_ACCESS_KEY": EmulatorProcess.secretAccessKey]
        environment["AWS_CA_BUNDLE"] = caBundle
        return try AWSSession(context: AWSContext(region: "us-east-1", endpointURL: emulator.baseURL,
                                                  environment: environment, homeDirectory: home.path, sleep: { _ in }))
    }

    @Test func untrustedCertificateIsRejected() async throws {
        #expect(emulator.baseURL.hasPrefix("https://"))
        let error = await #expect(throws: TransportError.self) { try await session(caBundle: nil).sesv2(region: "us-east-1").getAccount() }
        #expect(error?.kind == .tlsCertificate)
        #expect(error?.detail.contains("certificate") == true)
        #expect(error?.isTransient == false)
    }

    @Test func caBundleFromEnvironmentIsTrusted() async throws {
        let account = try await session(caBundle: certificate.certificatePath).sesv2(region: "us-east-1").getAccount()
        #expect(account.productionAccessEnabled == false)
    }
}
