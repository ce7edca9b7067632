import Foundation
import Testing
import TestSupport

/// `submit` and `status` end to end: the real binary, the real transport, the emulator
/// checking every signature with botocore. What the commands decide and print in each case is
/// tested in process (`SubmitInProcessTests`, `StatusInProcessTests`).
@Suite("sesame submit and status", .serialized)
struct SubmitCommandTests {
    private let profile = "examples/saas-transactional.yaml"   // regions: us-east-1, eu-west-1

    private func sesame(_ emulator: EmulatorProcess, _ arguments: [String], environment: [String: String] = [:],
                        timeout: TimeInterval = 60) throws -> CommandResult {
        try CommandRunner.sesame(arguments, environment: emulator.sesameEnvironment.merging(environment) { _, new in new },
                                 timeout: timeout)
    }

    @Test func submitsEveryRegionWithTheRenderedBody() async throws {
        let emulator = try EmulatorProcess()
        let result = try sesame(emulator, ["submit", profile, "--yes"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("us-east-1: submitted — production access requested; review PENDING, case "))
        #expect(lines[1].hasPrefix("eu-west-1: submitted — production access requested; review PENDING, case "))

        let requests = try await emulator.requests()
        #expect(requests.allSatisfy { $0.signature_valid == true })
        let puts = requests.filter { $0.operation == "PutAccountDetails" }
        #expect(Set(puts.compactMap(\.region)) == ["us-east-1", "eu-west-1"])
        let rendered = try CommandRunner.sesame(["render", profile, "--format", "json"]).stdout
        #expect(puts.allSatisfy { ($0.body ?? "") + "\n" == rendered }, "the body sent is exactly what render prints")

        let again = try sesame(emulator, ["submit", profile, "--yes", "--format", "json"])
        #expect(again.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(results.map { $0["action"] as? String } == ["skipped", "skipped"])
        #expect((results[0]["review"] as? [String: Any])?["status"] as? String == "PENDING")
        #expect((results[0]["reason"] as? String)?.hasPrefix("a review is already pending (case ") == true)
    }

    @Test func aFailedReviewIsSubmittedAgainAndForceTriesAfterADenial() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccount(region: "us-east-1", json: #"{"review":{"status":"FAILED","case_id":"5550100"}}"#)
        try await emulator.putAccount(region: "eu-west-1", json: #"{"review":{"status":"DENIED","case_id":"5550123"}}"#)
        let result = try sesame(emulator, ["submit", profile, "--yes", "--force"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("us-east-1: submitted — production access requested; review PENDING, case "))
        #expect(!lines[0].contains("5550100"))
        #expect(lines[1].hasPrefix("eu-west-1: failed — AWS refused a new request (ConflictException: The last review of your account details ended DENIED (case 5550123)"), "\(lines[1])")
        #expect(try await emulator.requests().filter { $0.operation == "PutAccountDetails" }.compactMap(\.status).sorted() == [200, 409], "the regions run at once, in either order")
    }

    @Test func dryRunSendsNothing() async throws {
        let emulator = try EmulatorProcess()
        let result = try sesame(emulator, ["submit", profile, "--dry-run"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("> POST \(emulator.baseURL)/v2/email/account/details (attempt 1)\n"))
        #expect(result.stdout.contains("Credential=AKIAEMULATOR00000001/"))
        #expect(result.stdout.contains("/us-east-1/ses/aws4_request") && result.stdout.contains("/eu-west-1/ses/aws4_request"))
        #expect(result.stdout.contains("Signature=<redacted>"))
        #expect(result.stderr.hasSuffix("sesame: dry run: nothing was sent\n"))
        #expect(try await emulator.requests().isEmpty)
    }

    @Test func dryRunAsJSONListsTheRedactedRequests() async throws {
        let emulator = try EmulatorProcess()
        let result = try sesame(emulator, ["submit", profile, "--dry-run", "--format", "json", "--region", "us-east-1"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{\n  \"schema_version\": 1,\n  \"dry_run\": true,\n  \"requests\": [\n    {\n      \"method\": \"POST\",\n      \"url\": \"\(emulator.baseURL)/v2/email/account/details\","), "\(result.stdout)")
        #expect(result.stdout.contains("Signature=<redacted>"))
        #expect(result.stdout.contains(#""body": "{\n  \"MailType\": \"TRANSACTIONAL\","#), "the body is the PutAccountDetails JSON, as a string")
        #expect(!result.stdout.contains("> POST"))
        #expect(result.stderr == "sesame: dry run: nothing was sent\n")
        #expect(try await emulator.requests().isEmpty)
    }

    @Test func retriesThrottlingThenSucceeds() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.addFaults(#"[{"operation":"PutAccountDetails","region":"us-east-1","count":2,"action":"error","status":429,"code":"TooManyRequestsException","message":"slow down"}]"#)
        let result = try sesame(emulator, ["submit", profile, "--yes", "--region", "us-east-1"])
        #expect(result.status == 0, "\(result.stderr)")
        let puts = try await emulator.requests().filter { $0.operation == "PutAccountDetails" }
        #expect(puts.map(\.status) == [429, 429, 200])
    }

    @Test func aRetryThatMeetsItsOwnReviewIsASubmission() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.addFaults(#"[{"operation":"PutAccountDetails","action":"drop","after":true}]"#)
        let result = try sesame(emulator, ["submit", profile, "--yes", "--region", "us-east-1"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("us-east-1: submitted — production access requested (a retry met the review the first attempt opened); review PENDING, case "))
        let puts = try await emulator.requests().filter { $0.operation == "PutAccountDetails" }
        #expect(puts.map(\.error_code) == [nil, "ConflictException"])
    }


    @Test func givesUpAfterMaxAttemptsOnUnavailable() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.addFaults(#"[{"operation":"GetAccount","count":10,"action":"error","status":503,"code":"ServiceUnavailable","message":"try later"}]"#)
        let result = try sesame(emulator, ["status", "--region", "us-east-1"], environment: ["AWS_MAX_ATTEMPTS": "4"])
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("sesame: us-east-1: SESv2 ServiceUnavailable: try later"))
        #expect(try await emulator.requests().count == 4)
    }

    @Test func aHangingResponseTimesOut() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.addFaults(#"[{"operation":"GetAccount","count":10,"action":"hang"}]"#)
        let result = try sesame(emulator, ["status", "--region", "us-east-1", "--cli-read-timeout", "2"],
                                environment: ["AWS_MAX_ATTEMPTS": "1"], timeout: 30)
        #expect(result.status == 3)
        #expect(result.stderr.contains("timed out"), "\(result.stderr)")
    }

    @Test func regionsAreAskedAtTheSameTime() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.addFaults(#"[{"operation":"GetAccount","count":3,"action":"delay","seconds":1.5}]"#)
        let result = try sesame(emulator, ["status", "--region", "us-east-1", "--region", "eu-west-1", "--region", "ap-northeast-1"])
        #expect(result.status == 0)
        let arrivals = try await emulator.requests().compactMap(\.time)
        #expect(arrivals.count == 3)
        // Each request arrived before the first delayed answer could have come back.
        #expect((arrivals.max() ?? 0) - (arrivals.min() ?? 0) < 1.0)
    }


    @Test func debugNeverPrintsTheSecret() async throws {
        let emulator = try EmulatorProcess()
        let result = try sesame(emulator, ["submit", profile, "--yes", "--debug", "--region", "us-east-1"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("> POST \(emulator.baseURL)/v2/email/account/details"))
        #expect(result.stderr.contains("< HTTP 200"))
        #expect(!result.stderr.contains(EmulatorProcess.secretAccessKey))
        #expect(!result.stdout.contains(EmulatorProcess.secretAccessKey))
        #expect(result.stderr.contains("Signature=<redacted>"))
    }

    @Test func supportCaseAndASupportPlanMissing() async throws {
        let emulator = try EmulatorProcess()
        let opened = try sesame(emulator, ["submit", profile, "--yes", "--via", "support"])
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stdout.hasPrefix("us-east-1: submitted — AWS Support case case-"))
        #expect(opened.stdout.contains(" opened: a general technical case") && !opened.stdout.contains("; review "))
        let cases = try await emulator.requests().filter { $0.operation == "CreateCase" }
        #expect(cases.count == 1, "one case covers every region")
        #expect(cases[0].body?.contains(#""severityCode":"low""#) == true && cases[0].body?.contains(#""issueType":"technical""#) == true)
        #expect(cases[0].body?.contains("in these regions: us-east-1, eu-west-1") == true)

        try await emulator.putSettings(json: #"{"support_subscription":false}"#)
        let refused = try sesame(emulator, ["submit", profile, "--yes", "--via", "support", "--region", "ap-northeast-1"])
        #expect(refused.status == 1)
        #expect(refused.stdout.hasPrefix("ap-northeast-1: failed — AWS Support's API is only open to accounts with a Business, Enterprise On-Ramp or Enterprise support plan"))
    }


}
