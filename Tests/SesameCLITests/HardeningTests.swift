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

/// `--cli-read-timeout 1e300` and `--cli-connect-timeout inf` trapped converting them to
/// milliseconds for libcurl; they are now simply very long.
@Suite("hardening: hostile command-line values")
struct HostileOptionTests {
    @Test func hugeAndInfiniteTimeoutsAreClamped() async throws {
        let emulator = try EmulatorProcess()
        let result = try sesame(emulator, ["status", "--region", "us-east-1", "--cli-read-timeout", "1e300", "--cli-connect-timeout", "inf"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("REGION     ACCESS   SENDING"))
        #expect(try await attempts(emulator) == ["GetAccount:200"])
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

// MARK: - Secrets

/// Every command, with canary credentials and `--debug` wherever it is accepted: the secret
/// keys and session tokens appear nowhere in what is printed or written.
@Suite("hardening: secrets never leak")
struct SecretsTests {
    static let staticKeyId = "AKIACANARY0000000042"
    static let staticSecret = "CanaryStaticSecret/3fQ9+never-print-me"

    /// Piped answers for `init`, one a line (the wizard's fifteen questions).
    static let answers = [
        "2", "https://harborlanebooks.co.uk", "", "hello@harborlanebooks.co.uk", "eu-west-2",
        "Harbor Lane Books is a two-person online shop in Bristol selling second-hand art books.",
        "Newsletter subscribers who confirmed their address, and customers for their orders.",
        "Double opt-in: a confirmation link is sent and only confirmed subscribers are added. We never buy lists.",
        "Bounce notifications arrive through SNS; a hard bounce is removed at once and never mailed again.",
        "Complaints arrive through SNS; the person is unsubscribed immediately.",
        "A one-click unsubscribe link and List-Unsubscribe headers in every newsletter; no login needed.",
        "5,000", "5",
        "4,300 subscribers get a newsletter every two weeks plus order emails; 5,000 a day leaves room to grow.",
        "A fortnightly newsletter of new arrivals with photos and links.",
    ].joined(separator: "\n") + "\n"

    struct SessionCredentials: Decodable {
        var AccessKeyId: String
        var SecretAccessKey: String
        var SessionToken: String
    }

    /// Temporary credentials from the emulator's STS, asked for with botocore (the emulator's
    /// own dependency), signed with the static canary key.
    static func assumeRole(_ emulator: EmulatorProcess) throws -> SessionCredentials {
        let script = """
        import json, sys, botocore.session
        client = botocore.session.Session().create_client(
            "sts", region_name="us-east-1", endpoint_url=sys.argv[1],
            aws_access_key_id=sys.argv[2], aws_secret_access_key=sys.argv[3])
        credentials = client.assume_role(RoleArn="arn:aws:iam::123456789012:role/canary", RoleSessionName="canary")["Credentials"]
        print(json.dumps({key: credentials[key] for key in ("AccessKeyId", "SecretAccessKey", "SessionToken")}))
        """
        // The test's own environment: python3 is the one the emulator runs on, with botocore.
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                           ["python3", "-c", script, emulator.baseURL, staticKeyId, staticSecret],
                                           environment: ProcessInfo.processInfo.environment, timeout: 30)
        try #require(result.status == 0, "AssumeRole with botocore failed: \(result.stderr) \(result.stdout)")
        return try JSONDecoder().decode(SessionCredentials.self, from: Data(result.stdout.utf8))
    }

    /// The canaries and pieces of them (a leak may be partial: a prefix, a suffix).
    static func needles(_ secrets: [String]) -> [String] {
        secrets.flatMap { [$0, String($0.prefix(16)), String($0.suffix(16))] }
    }

    static func leaks(in text: String, of needles: [String]) -> [String] {
        needles.filter { text.contains($0) }
    }

    @Test func noCommandPrintsOrWritesASecret() async throws {
        let folder = try TestPaths.temporaryFolder()
        let settings = try TestPaths.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: settings)
        }
        let credentialsList = settings.appendingPathComponent("emulator-credentials.json")
        try #"[{"access_key_id":"\#(Self.staticKeyId)","secret_access_key":"\#(Self.staticSecret)"}]"#
            .write(to: credentialsList, atomically: true, encoding: .utf8)
        let emulator = try EmulatorProcess(arguments: ["--credentials", credentialsList.path])
        let session = try Self.assumeRole(emulator)
        #expect(session.AccessKeyId.hasPrefix("ASIA"))
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("examples/saas-transactional.yaml"),
                                         to: folder.appendingPathComponent("profile.yaml"))

        let environment = [
            "AWS_ACCESS_KEY_ID": session.AccessKeyId, "AWS_SECRET_ACCESS_KEY": session.SecretAccessKey,
            "AWS_SESSION_TOKEN": session.SessionToken, "AWS_ENDPOINT_URL": emulator.baseURL, "AWS_REGION": "us-east-1",
        ]
        func run(_ arguments: [String], stdin: String? = nil, environment extra: [String: String] = [:]) throws -> CommandResult {
            try CommandRunner.sesame(arguments, environment: environment.merging(extra) { _, new in new }, stdin: stdin,
                                     currentDirectory: folder, timeout: 30)
        }

        var results: [(command: String, result: CommandResult)] = []
        for (arguments, stdin) in [
            (["init", "--output", "ses.yaml", "--lang", "en"], Self.answers),
            (["validate", "ses.yaml", "profile.yaml"], nil),
            (["lint", "ses.yaml", "profile.yaml", "--format", "json"], nil),
            (["render", "profile.yaml", "--format", "json"], nil),
            (["schema"], nil),
            (["submit", "profile.yaml", "--dry-run", "--debug"], nil),
            (["submit", "profile.yaml", "--yes", "--debug"], nil),
            (["submit", "ses.yaml", "--yes", "--debug", "--via", "support"], nil),
            (["status", "--debug", "--region", "us-east-1", "--region", "eu-west-1", "--format", "json"], nil),
            (["doctor", "--debug", "--region", "us-east-1", "--to", "someone@example.org", "--from", "hello@harborlanebooks.co.uk"], nil),
        ] as [([String], String?)] {
            let result = try run(arguments, stdin: stdin)
            results.append((arguments.joined(separator: " "), result))
            #expect([0, 1].contains(result.status), "sesame \(arguments.joined(separator: " ")): \(result.stderr)")
        }

        // The same through sesame's own AssumeRole (an assume-role profile over the static canary
        // key): the STS answer carries a fresh secret and token, and --debug prints that answer.
        let config = settings.appendingPathComponent("config")
        try """
        [profile canary-role]
        role_arn = arn:aws:iam::123456789012:role/canary
        source_profile = canary-base
        [profile canary-base]
        region = us-east-1
        """.write(to: config, atomically: true, encoding: .utf8)
        let sharedCredentials = settings.appendingPathComponent("credentials")
        try "[canary-base]\naws_access_key_id = \(Self.staticKeyId)\naws_secret_access_key = \(Self.staticSecret)\n"
            .write(to: sharedCredentials, atomically: true, encoding: .utf8)
        try await emulator.control("DELETE", "requests")
        let assumed = try run(["status", "--debug", "--profile", "canary-role", "--region", "us-east-1"], environment: [
            "AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "", "AWS_SESSION_TOKEN": "",
            "AWS_CONFIG_FILE": config.path, "AWS_SHARED_CREDENTIALS_FILE": sharedCredentials.path,
        ])
        #expect(assumed.status == 0, "\(assumed.stderr)")
        results.append(("status --profile canary-role", assumed))
        #expect(assumed.stderr.contains("<SecretAccessKey><redacted></SecretAccessKey>"), "the STS answer was printed, redacted")
        let log = try await emulator.requests()
        #expect(log.map { $0.operation ?? "?" } == ["AssumeRole", "GetAccount"])
        let issuedToken = try #require(log.last?.headers?.first { $0.key.lowercased() == "x-amz-security-token" }?.value)

        // Secrets were really in play: every request was signed with them and accepted.
        #expect(log.allSatisfy { $0.signature_valid == true })
        let debugOutput = results.map(\.result.stderr).joined()
        #expect(debugOutput.contains("X-Amz-Security-Token: <redacted>"))
        #expect(results.first { $0.command.hasPrefix("submit profile.yaml --dry-run") }?.result.stdout
            .contains("X-Amz-Security-Token: <redacted>") == true)

        let needles = Self.needles([Self.staticSecret, session.SecretAccessKey, session.SessionToken, issuedToken])
        for (command, result) in results {
            #expect(Self.leaks(in: result.stdout, of: needles).isEmpty, "sesame \(command) printed a secret on stdout")
            #expect(Self.leaks(in: result.stderr, of: needles).isEmpty, "sesame \(command) printed a secret on stderr")
            // Every session token the emulator issues starts with this; none may show.
            #expect(!(result.stdout + result.stderr).contains("IQoJb3JpZ2luX2VtdWxhdG9y"), "sesame \(command) printed a session token")
        }

        // Nothing written in the working folder holds one either (init wrote ses.yaml there).
        var written: [String] = []
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard let data = try? Data(contentsOf: url) else { continue }
            written.append(url.lastPathComponent)
            #expect(Self.leaks(in: String(decoding: data, as: UTF8.self), of: needles).isEmpty, "\(url.lastPathComponent) holds a secret")
        }
        #expect(written.sorted() == ["profile.yaml", "ses.yaml"])
    }
}

// MARK: - Inputs the fuzzers found

@Suite("hardening: inputs the fuzzers found")
struct FuzzFindingTests {
    /// ProfileFuzzer: a daily figure in the text too large for an `Int` (`Int(Double)` trapped
    /// in the volume-inconsistent rule, killing `lint`, `init`'s live review and `submit`'s check).
    @Test func aFigureTooLargeForAnIntInAProfile() throws {
        let path = "Tests/SesameCLITests/Fixtures/fuzz-profile-huge-figure.yaml"
        let result = try CommandRunner.sesame(["lint", path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("\(path):8:1: error: a peak of 5/s sends at most 432,000 a day, less than the 5.000666666666666e+90 a day requested; raise the rate or lower the daily figure so they agree [volume-inconsistent]\n"))
        #expect(result.stdout.hasSuffix("\(path): 6 errors, 2 warnings\n"))
    }

    @Test func aFigureTooLargeForAnIntInADraft() throws {
        let draft = "We have 3,000 subscribers. We send about 5,000666666666666666666666666 emails a day, at most 5 per second.\n"
        let result = try CommandRunner.sesame(["lint", "-", "--mail-type", "MARKETING"], stdin: draft)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("-:1:1: error: a peak of 5/s sends at most 432,000 a day, less than the 5.000666666666667e+27 a day requested; raise the rate or lower the daily figure so they agree [volume-inconsistent]\n"))
        #expect(result.stdout.contains("-:1:1: warning: 5.000666666666667e+27 a day is more than 10 messages a day for each of the 3,000 recipients described;"))
    }
}
