import Foundation
import Testing
import TestSupport

/// The real binary against an endpoint that answers with escape sequences, forged workflow
/// commands, numeric XML entities, repeated page tokens and huge credential bodies
/// (`HostileServer`): nothing it sends reaches the terminal as it is, and nothing hangs.
@Suite("hardening: a hostile endpoint")
struct HostileEndpointTests {
    let server: HostileServer

    init() throws { server = try HostileServer() }

    /// Runs sesame with static keys and the SES endpoint in `mode`.
    private func sesame(_ arguments: [String], mode: String, environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.sesame(arguments, environment: [
            "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_REGION": "us-east-1",
            "AWS_ENDPOINT_URL_SESV2": server.url(mode), "AWS_MAX_ATTEMPTS": "1",
        ].merging(environment) { _, new in new }, timeout: 30)
    }

    /// Characters that steer a terminal: C0 (but the line feed), DEL, C1, bidi controls.
    private func rawControls(_ text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    private func expectClean(_ result: CommandResult, _ command: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for (name, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
            #expect(rawControls(text).isEmpty, "\(command) \(name): \(rawControls(text))", sourceLocation: sourceLocation)
            #expect(!text.split(separator: "\n").contains { $0.hasPrefix("::") }, "\(command) \(name) starts a line with ::", sourceLocation: sourceLocation)
        }
    }

    /// The hostile suffix as the sanitiser shows it.
    static let shown = #"\u{1B}[2J\u{1B}]52;c;cHduZWQ=\u{7}\u{1B}]0;pwned\u{1B}\\u{9B}31m\u{202E}\n::error::forged"#

    @Test func statusShowsStatusesAndCaseIdsEscaped() throws {
        let result = try sesame(["status"], mode: "escapes")
        #expect(result.status == 0, "\(result.stderr)")
        expectClean(result, "status")
        #expect(result.stdout.contains("HEALTHY\(Self.shown)  PENDING\(Self.shown) (case case-1\(Self.shown))"), "\(result.stdout)")
        let json = try sesame(["status", "--format", "json"], mode: "escapes")
        #expect(json.stdout.contains(#""enforcement_status": "HEALTHY\u001b[2J"#), "JSON keeps the value, escaped by the encoder")
    }

    @Test func doctorShowsNamesAndStatusesEscaped() throws {
        let result = try sesame(["doctor", "--lang", "en"], mode: "escapes")
        expectClean(result, "doctor")
        #expect(result.stdout.contains("DKIM is not working for: evil.example\(Self.shown) (SUCCESS\(Self.shown))"), "\(result.stdout)")
    }

    @Test func submitShowsTheReviewEscaped() throws {
        let result = try sesame(["submit", "examples/saas-transactional.yaml", "--region", "us-east-1", "--yes"], mode: "escapes")
        expectClean(result, "submit")
        #expect(result.stdout.contains("review PENDING\(Self.shown), case case-1\(Self.shown)"), "\(result.stdout)\(result.stderr)")
    }

    @Test func errorCodesMessagesAndRequestIdsAreEscaped() throws {
        let result = try sesame(["status"], mode: "error-escapes")
        #expect(result.status == 3, "an unknown error code is an AWS failure: \(result.stderr)")
        expectClean(result, "status")
        #expect(result.stderr.contains("you lose\(Self.shown)"), "\(result.stderr)")
        let debug = try sesame(["status", "--debug"], mode: "error-escapes")
        expectClean(debug, "status --debug")
        #expect(debug.stderr.contains("< x-amzn-ErrorType: BadRequestException\\u{1B}[2J"), "\(debug.stderr)")
    }

    @Test func aRedirectsLocationIsEscaped() throws {
        let result = try sesame(["status"], mode: "redirect")
        #expect(result.status == 3, "\(result.stderr)")
        expectClean(result, "status")
        #expect(result.stderr.contains("a redirect to http://elsewhere.example/\\u{1B}[2J"), "\(result.stderr)")
    }

    /// STS errors are XML: `&#27;` decodes to ESC, which must then be shown escaped.
    @Test func stsXMLEntitiesAreDecodedThenEscaped() throws {
        let config = try TestPaths.temporaryFolder().appendingPathComponent("config")
        try "[default]\nrole_arn = arn:aws:iam::123456789012:role/x\nsource_profile = base\n[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n"
            .write(to: config, atomically: true, encoding: .utf8)
        let result = try sesame(["status"], mode: "escapes", environment: [
            "AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "", "AWS_CONFIG_FILE": config.path, "AWS_ENDPOINT_URL_STS": server.url("sts-entities"),
        ])
        #expect(result.status == 3, "\(result.stderr)")
        expectClean(result, "status")
        #expect(result.stderr.contains(#"denied\u{1B}[2J\u{1B}]0;pwned\u{7}\u{9B}31m\u{202E}\n::error::forged"#), "\(result.stderr)")
    }

    /// botocore's rule: a NextToken the service already gave is an error, not another page.
    @Test func aRepeatedNextTokenStopsDoctor() throws {
        let result = try sesame(["doctor", "--lang", "en"], mode: "repeat-token")
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("returned an unreadable response: the same NextToken came back for a second page; stopping rather than asking for it again"),
                "\(result.stderr)")
        let counts = try server.requests()
        #expect(counts["/repeat-token/v2/email/identities"].map { $0 <= 2 } ?? true, "\(counts)")
        #expect(counts["/repeat-token/v2/email/configuration-sets"].map { $0 <= 2 } ?? true, "\(counts)")
    }

    @Test func aHugeContainerCredentialsBodyIsRefused() throws {
        let result = try sesame(["status"], mode: "escapes", environment: [
            "AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "", "AWS_CONTAINER_CREDENTIALS_FULL_URI": server.url("huge/50000000"),
        ])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("credentials from container credentials failed: response from \(server.url("huge/50000000")) exceeds"), "\(result.stderr)")
    }
}
