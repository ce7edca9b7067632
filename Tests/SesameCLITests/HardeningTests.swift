import Foundation
import Testing
import TestSupport

// Hardening: the real binary against the emulator when things go wrong — untrusted or bad
// certificates, every fault the emulator can inject, hostile values in responses — and the
// guarantee that no secret ever reaches the screen or the disk.

/// Runs `sesame` against `emulator` with its credentials (and `environment` on top).
private func sesame(_ emulator: EmulatorProcess, _ arguments: [String], environment: [String: String] = [:],
                    currentDirectory: URL? = nil, timeout: TimeInterval = 30) throws -> CommandResult {
    try CommandRunner.sesame(arguments, environment: emulator.sesameEnvironment.merging(environment) { _, new in new },
                             currentDirectory: currentDirectory, timeout: timeout)
}

/// The emulator's request log as `Operation:status` (or `Operation:fault` when a fault answered).
private func attempts(_ emulator: EmulatorProcess) async throws -> [String] {
    try await emulator.requests().map { "\($0.operation ?? "?"):\($0.fault ?? $0.status.map(String.init) ?? "?")" }
}

// MARK: - Values in responses

/// Numbers that are valid JSON but do not fit an `Int`: they used to trap the process
/// (`Int(Double)` on 1e20) in `status` and `doctor`.
@Suite("hardening: hostile values in responses")
struct HostileValueTests {
    @Test func hugeQuotaNumbersArePrintedNotTrapped() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccount(region: "us-east-1", json: #"{"max_24_hour_send":1e20,"sent_last_24_hours":1e19,"max_send_rate":1e300}"#)
        let status = try sesame(emulator, ["status", "--region", "us-east-1"])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout == """
        REGION     ACCESS   SENDING  QUOTA/24H  RATE/S  SENT/24H  ENFORCEMENT  REVIEW
        us-east-1  sandbox  enabled  1e+20      1e+300  1e+19     HEALTHY      —

        """)
        let doctor = try sesame(emulator, ["doctor", "--region", "us-east-1", "--format", "json", "--lang", "en"])
        #expect(doctor.status == 1, "\(doctor.stderr)")
        #expect(doctor.stdout.contains(#""message": "Sent 1e+19 of 1e+20 messages in the last 24 hours; maximum rate 1e+300 per second.""#),
                "\(doctor.stdout)")
    }
}

// MARK: - Real TLS

/// HTTPS with a certificate authority made for the test: trusted through `AWS_CA_BUNDLE`
/// only, and refused — before any request is sent — when untrusted, for another host, or expired.
@Suite("hardening: real TLS")
struct TLSTests {
    let authority: TestCertificateAuthority

    init() throws { authority = try TestCertificateAuthority() }

    private func loopbackLeaf(expired: Bool = false) throws -> TestCertificateAuthority.Leaf {
        try authority.issue(commonName: "127.0.0.1", subjectAltNames: ["IP:127.0.0.1", "DNS:localhost"], expired: expired)
    }

    @Test func trustedThroughTheCABundle() async throws {
        let emulator = try EmulatorProcess(tls: try loopbackLeaf())
        #expect(emulator.baseURL.hasPrefix("https://127.0.0.1:"))
        let result = try sesame(emulator, ["status", "--region", "us-east-1"], environment: ["AWS_CA_BUNDLE": authority.certificatePath])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("REGION     ACCESS   SENDING  QUOTA/24H  RATE/S  SENT/24H  ENFORCEMENT  REVIEW\nus-east-1  sandbox  enabled  200"))
        #expect(try await attempts(emulator) == ["GetAccount:200"])
    }

    /// The certificate is refused with exit 3 and OpenSSL's reason, as libcurl words it; neither `status` nor
    /// `submit` gets a single request through (so no PutAccountDetails body either).
    private func expectRefused(_ leaf: any TLSServerIdentity, caBundle: String?, reason: String) async throws {
        let emulator = try EmulatorProcess(tls: leaf)
        let environment = caBundle.map { ["AWS_CA_BUNDLE": $0] } ?? [:]
        let url = emulator.baseURL

        let status = try sesame(emulator, ["status", "--region", "us-east-1"], environment: environment)
        #expect(status.status == 3)
        #expect(status.stderr == "sesame: us-east-1: TLS certificate of \(url)/v2/email/account rejected: \(reason)\n")

        let submit = try sesame(emulator, ["submit", "examples/saas-transactional.yaml", "--yes", "--region", "us-east-1"],
                                environment: environment)
        #expect(submit.status == 3)
        #expect(submit.stdout == "us-east-1: failed — TLS certificate of \(url)/v2/email/account rejected: \(reason)\n")

        #expect(try await emulator.requests().isEmpty, "a request got through the TLS failure")
        #expect(try await emulator.account(region: "us-east-1")["last_details_body"] is NSNull)
    }

    @Test func untrustedWithoutTheCABundle() async throws {
        try await expectRefused(try loopbackLeaf(), caBundle: nil, reason: "SSL certificate problem: unable to get local issuer certificate")
    }

    @Test func certificateForAnotherHostName() async throws {
        let leaf = try authority.issue(commonName: "email.example.net", subjectAltNames: ["DNS:email.example.net"])
        try await expectRefused(leaf, caBundle: authority.certificatePath,
                                reason: "SSL: no alternative certificate subject name matches target host name '127.0.0.1'")
    }

    @Test func expiredCertificate() async throws {
        try await expectRefused(try loopbackLeaf(expired: true), caBundle: authority.certificatePath, reason: "SSL certificate problem: certificate has expired")
    }
}

// MARK: - The fault matrix

/// Every fault the emulator injects, through the real binary: the exit status, what a person
/// reads, and how many attempts reached the emulator.
@Suite("hardening: faults through status")
struct StatusFaultTests {
    private let table = "REGION     ACCESS   SENDING  QUOTA/24H  RATE/S  SENT/24H  ENFORCEMENT  REVIEW\nus-east-1  sandbox  enabled  200        1       0         HEALTHY      —\n"
    private let failedTable = "REGION     ACCESS  SENDING  QUOTA/24H  RATE/S  SENT/24H  ENFORCEMENT  REVIEW\nus-east-1  error                                                      see below\n"

    private func status(_ faults: String, environment: [String: String] = [:], extra: [String] = [])
        async throws -> (result: CommandResult, attempts: [String], url: String, seconds: TimeInterval) {
        let emulator = try EmulatorProcess()
        try await emulator.addFaults(faults)
        let started = Date()
        let result = try sesame(emulator, ["status", "--region", "us-east-1"] + extra, environment: environment, timeout: 60)
        return (result, try await attempts(emulator), emulator.baseURL, Date().timeIntervalSince(started))
    }

    @Test func throttlingThenSuccess() async throws {
        let (result, attempts, _, _) = try await status(#"[{"operation":"GetAccount","count":2,"action":"error","status":429,"code":"TooManyRequestsException","message":"slow down"}]"#)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == table)
        #expect(result.stderr == "")
        #expect(attempts == ["GetAccount:error", "GetAccount:error", "GetAccount:200"])
    }

    @Test func serverErrorsUntilAttemptsRunOut() async throws {
        let (result, attempts, _, _) = try await status(#"[{"operation":"GetAccount","count":10,"action":"error","status":500,"code":"InternalFailure","message":"boom"}]"#,
                                                     environment: ["AWS_MAX_ATTEMPTS": "3"])
        #expect(result.status == 3)
        #expect(result.stdout == failedTable)
        #expect(result.stderr.hasPrefix("sesame: us-east-1: SESv2 InternalFailure: boom (request id "), "\(result.stderr)")
        #expect(attempts == Array(repeating: "GetAccount:error", count: 3))
    }

    @Test func connectionResetMidResponseIsRetried() async throws {
        let (result, attempts, _, _) = try await status(#"[{"operation":"GetAccount","action":"reset-mid-body"}]"#)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == table)
        #expect(attempts == ["GetAccount:reset-mid-body", "GetAccount:200"])
    }

    @Test func connectionResetEveryTime() async throws {
        let (result, attempts, url, _) = try await status(#"[{"operation":"GetAccount","count":10,"action":"reset-mid-body"}]"#)
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("sesame: us-east-1: connection to \(url)/v2/email/account failed: "), "\(result.stderr)")
        #expect(attempts == Array(repeating: "GetAccount:reset-mid-body", count: 3))
    }

    @Test func droppedConnectionIsRetried() async throws {
        let (result, attempts, _, _) = try await status(#"[{"operation":"GetAccount","action":"drop"}]"#)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(attempts == ["GetAccount:drop", "GetAccount:200"])
    }

    @Test func responseThatNeverCompletesIsBoundedByTheReadTimeout() async throws {
        let (result, attempts, url, seconds) = try await status(#"[{"operation":"GetAccount","count":10,"action":"hang","seconds":120}]"#,
                                                                environment: ["AWS_MAX_ATTEMPTS": "2"], extra: ["--cli-read-timeout", "1"])
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("sesame: us-east-1: request to \(url)/v2/email/account timed out: Operation timed out after "), "\(result.stderr)")
        #expect(result.stderr.hasSuffix(" milliseconds with 0 bytes received\n"), "\(result.stderr)")
        #expect(attempts == ["GetAccount:hang", "GetAccount:hang"])
        // Two 1-second attempts and a back-off of at most a second; a loaded machine gets slack,
        // but nowhere near the 120-second hang.
        #expect(seconds < 40, "took \(seconds) s")
    }

    @Test func bodyThatIsNotJSON() async throws {
        let (result, attempts, _, _) = try await status(#"[{"operation":"GetAccount","action":"not-json"}]"#)
        #expect(result.status == 3)
        #expect(result.stdout == failedTable)
        #expect(result.stderr.hasPrefix("sesame: us-east-1: SESv2 GetAccount returned an unreadable response: the body is not JSON (it begins “<html>"),
                "\(result.stderr)")
        #expect(attempts == ["GetAccount:not-json"])
    }

    @Test func successWithMissingFields() async throws {
        let (result, attempts, _, _) = try await status(#"[{"operation":"GetAccount","action":"missing-fields"}]"#)
        #expect(result.status == 3)
        #expect(result.stderr == "sesame: us-east-1: SESv2 GetAccount returned an unreadable response: it has none of GetAccount's members (ProductionAccessEnabled, SendingEnabled, SendQuota, EnforcementStatus, Details)\n")
        #expect(attempts == ["GetAccount:missing-fields"])
    }

    @Test func redirectIsNotFollowed() async throws {
        let (result, attempts, _, _) = try await status(#"[{"operation":"GetAccount","action":"redirect","status":307,"location":"http://127.0.0.1:1/elsewhere"}]"#)
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("sesame: us-east-1: SESv2 307: the endpoint answered with a redirect to http://127.0.0.1:1/elsewhere, which is not followed; check the endpoint URL (--endpoint-url, AWS_ENDPOINT_URL) (request id "),
                "\(result.stderr)")
        #expect(attempts == ["GetAccount:redirect"])
    }

    @Test func oversizedBodyIsCapped() async throws {
        let (result, attempts, url, _) = try await status(#"[{"operation":"GetAccount","action":"oversized","bytes":12000000}]"#)
        #expect(result.status == 3)
        #expect(result.stderr == "sesame: us-east-1: response from \(url)/v2/email/account exceeds 10485760 bytes\n")
        #expect(attempts == ["GetAccount:oversized"])
    }
}

/// The same faults during `submit`, which must also leave the profile and its folder untouched.
@Suite("hardening: faults through submit")
struct SubmitFaultTests {
    /// Every file under `folder` (relative path → bytes; folders as empty data).
    private func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey])
        while let url = enumerator?.nextObject() as? URL {
            let relative = String(url.path.dropFirst(folder.path.count))
            let isDirectory = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            files[relative] = isDirectory ? Data() : try Data(contentsOf: url)
        }
        return files
    }

    /// Submits a copy of the example profile from its own folder (also the working folder)
    /// with `faults` queued; checks that nothing on disk changed.
    private func submit(_ faults: String, environment: [String: String] = [:], extra: [String] = [])
        async throws -> (result: CommandResult, attempts: [String], url: String, body: Any?) {
        let emulator = try EmulatorProcess()
        try await emulator.addFaults(faults)
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("examples/saas-transactional.yaml"),
                                         to: folder.appendingPathComponent("ses.yaml"))
        let before = try snapshot(folder)
        let result = try sesame(emulator, ["submit", "ses.yaml", "--yes", "--region", "us-east-1"] + extra,
                                environment: environment, currentDirectory: folder)
        #expect(try snapshot(folder) == before, "submit changed files in the profile's folder")
        return (result, try await attempts(emulator), emulator.baseURL, try await emulator.account(region: "us-east-1")["last_details_body"])
    }

    @Test func throttlingThenAccepted() async throws {
        let (result, attempts, _, body) = try await submit(#"[{"operation":"PutAccountDetails","count":2,"action":"error","status":429,"code":"TooManyRequestsException","message":"slow down"}]"#)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("us-east-1: submitted — production access requested; review PENDING, case "), "\(result.stdout)")
        #expect(attempts == ["GetAccount:200", "PutAccountDetails:error", "PutAccountDetails:error", "PutAccountDetails:200", "GetAccount:200"])
        #expect(body is String)
    }

    @Test func serverErrorsUntilAttemptsRunOut() async throws {
        let (result, attempts, _, body) = try await submit(#"[{"operation":"PutAccountDetails","count":10,"action":"error","status":503,"code":"ServiceUnavailable","message":"try later"}]"#)
        #expect(result.status == 3)
        #expect(result.stdout.hasPrefix("us-east-1: failed — SESv2 ServiceUnavailable: try later (request id "), "\(result.stdout)")
        #expect(attempts == ["GetAccount:200"] + Array(repeating: "PutAccountDetails:error", count: 3))
        #expect(body is NSNull)
    }

    @Test func connectionResetMidResponseIsRetried() async throws {
        let (result, attempts, _, _) = try await submit(#"[{"operation":"PutAccountDetails","action":"reset-mid-body"}]"#)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("us-east-1: submitted — production access requested; review PENDING"), "\(result.stdout)")
        #expect(attempts == ["GetAccount:200", "PutAccountDetails:reset-mid-body", "PutAccountDetails:200", "GetAccount:200"])
    }

    @Test func responseThatNeverCompletes() async throws {
        let (result, attempts, url, body) = try await submit(#"[{"operation":"PutAccountDetails","count":10,"action":"hang","seconds":60}]"#,
                                                             environment: ["AWS_MAX_ATTEMPTS": "2"], extra: ["--cli-read-timeout", "1"])
        #expect(result.status == 3)
        #expect(result.stdout.hasPrefix("us-east-1: failed — request to \(url)/v2/email/account/details timed out: "), "\(result.stdout)")
        #expect(attempts == ["GetAccount:200", "PutAccountDetails:hang", "PutAccountDetails:hang"])
        #expect(body is NSNull)
    }

    @Test func accountAnswerThatIsNotJSONStopsBeforeSending() async throws {
        let (result, attempts, _, body) = try await submit(#"[{"operation":"GetAccount","action":"not-json"}]"#)
        #expect(result.status == 3)
        #expect(result.stdout.hasPrefix("us-east-1: failed — SESv2 GetAccount returned an unreadable response: the body is not JSON (it begins “<html>"),
                "\(result.stdout)")
        #expect(attempts == ["GetAccount:not-json"])
        #expect(body is NSNull)
    }

    @Test func accountAnswerWithMissingFieldsStopsBeforeSending() async throws {
        let (result, attempts, _, body) = try await submit(#"[{"operation":"GetAccount","action":"missing-fields"}]"#)
        #expect(result.status == 3)
        #expect(result.stdout == "us-east-1: failed — SESv2 GetAccount returned an unreadable response: it has none of GetAccount's members (ProductionAccessEnabled, SendingEnabled, SendQuota, EnforcementStatus, Details)\n")
        #expect(attempts == ["GetAccount:missing-fields"])
        #expect(body is NSNull)
    }

    /// The request was accepted; only the read-back afterwards fails. That is not a failed
    /// submission (saying so would invite a second one).
    @Test func unreadableAccountAfterAnAcceptedRequest() async throws {
        let (result, attempts, _, body) = try await submit(#"[{"operation":"GetAccount","action":"delay","seconds":0},{"operation":"GetAccount","action":"missing-fields"}]"#)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "us-east-1: submitted — production access requested; its review status could not be read (SESv2 GetAccount returned an unreadable response: it has none of GetAccount's members (ProductionAccessEnabled, SendingEnabled, SendQuota, EnforcementStatus, Details)), `sesame status` shows it\n")
        #expect(attempts == ["GetAccount:delay", "PutAccountDetails:200", "GetAccount:missing-fields"])
        #expect(body is String)
    }

    @Test func redirectIsNotFollowed() async throws {
        let (result, attempts, _, body) = try await submit(#"[{"operation":"PutAccountDetails","action":"redirect"}]"#)
        #expect(result.status == 3)
        #expect(result.stdout.hasPrefix("us-east-1: failed — SESv2 307: the endpoint answered with a redirect to http://127.0.0.1:1/, which is not followed; check the endpoint URL (--endpoint-url, AWS_ENDPOINT_URL) (request id "),
                "\(result.stdout)")
        #expect(attempts == ["GetAccount:200", "PutAccountDetails:redirect"])
        #expect(body is NSNull)
    }

    @Test func oversizedBodyIsCapped() async throws {
        let (result, attempts, url, _) = try await submit(#"[{"operation":"PutAccountDetails","action":"oversized","bytes":12000000}]"#)
        #expect(result.status == 3)
        #expect(result.stdout == "us-east-1: failed — response from \(url)/v2/email/account/details exceeds 10485760 bytes\n")
        #expect(attempts == ["GetAccount:200", "PutAccountDetails:oversized"])
    }
}
