import Foundation
import Testing
import TestSupport

/// IAM Identity Center and MFA end to end: the real binary reads the shared config and the
/// caches in a temporary home, the emulator issues the credentials and checks every signature.
@Suite("credential sources through sesame", .serialized)
struct CredentialSourcesCommandTests {
    static let config = """
        [profile dev]
        sso_session = my-sso
        sso_account_id = 123456789012
        sso_role_name = SESAdmin
        region = us-east-1
        [sso-session my-sso]
        sso_start_url = https://example.awsapps.com/start
        sso_region = eu-west-1
        [profile legacy]
        sso_start_url = https://legacy.awsapps.com/start
        sso_region = us-west-2
        sso_account_id = 123456789012
        sso_role_name = SESAdmin
        region = us-east-1
        [profile ses]
        role_arn = arn:aws:iam::123456789012:role/ses-operator
        source_profile = dev
        region = us-east-1
        [profile mfa]
        role_arn = arn:aws:iam::123456789012:role/admin
        source_profile = base
        mfa_serial = arn:aws:iam::123456789012:mfa/alice
        region = us-east-1
        [profile base]
        aws_access_key_id = AKIAEMULATOR00000001
        aws_secret_access_key = emulator/secret/Key+1
        """
    /// SHA-1 of `my-sso` and of the legacy start URL: botocore's cache file names.
    static let sessionCacheFile = ".aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json"
    static let legacyCacheFile = ".aws/sso/cache/79e435d7a515078e81c9dffc35f38d5687ebd3a7.json"

    let home: URL
    let emulator: EmulatorProcess

    init() throws {
        home = try TestPaths.temporaryFolder()
        emulator = try EmulatorProcess()
        try Self.config.write(to: home.appendingPathComponent("config"), atomically: true, encoding: .utf8)
    }

    func writeToken(_ file: String, token: String, expiresAt: String, refresh: Bool = false) throws {
        var json = #"{"startUrl": "https://example.awsapps.com/start", "region": "eu-west-1", "accessToken": "\#(token)", "expiresAt": "\#(expiresAt)""#
        if refresh {
            json += #", "clientId": "client-1", "clientSecret": "secret-1", "registrationExpiresAt": "2099-01-01T00:00:00Z", "refreshToken": "refresh-1""#
        }
        let url = home.appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try (json + "}").write(to: url, atomically: true, encoding: .utf8)
    }

    func sesame(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.sesame(arguments, environment: environment)
    }

    var environment: [String: String] {
        ["HOME": home.path, "AWS_CONFIG_FILE": home.appendingPathComponent("config").path,
         "AWS_SHARED_CREDENTIALS_FILE": home.appendingPathComponent("credentials").path, "AWS_ENDPOINT_URL": emulator.baseURL]
    }

    /// GetAccount was signed with temporary keys the emulator issued, and the signature held.
    func expectGetAccountSignedWithIssuedKeys() async throws {
        let requests = try await emulator.requests()
        let account = try #require(requests.first { $0.operation == "GetAccount" })
        #expect(account.signature_valid == true)
        #expect(account.headers?["Authorization"]?.contains("Credential=ASIA") == true)
    }

    @Test func ssoSessionProfileDrivesStatus() async throws {
        try await emulator.putSSO(json: #"{"access_tokens":[{"token":"session-token","roles":[{"account_id":"123456789012","role_name":"SESAdmin"}]}]}"#)
        try writeToken(Self.sessionCacheFile, token: "session-token", expiresAt: "2099-01-01T00:00:00Z")
        let result = try sesame(["status", "--profile", "dev"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("us-east-1  sandbox  enabled"))
        let requests = try await emulator.requests()
        #expect(requests.map { $0.operation ?? "?" } == ["GetRoleCredentials", "GetAccount"])
        #expect(requests[0].path == "/federation/credentials")
        try await expectGetAccountSignedWithIssuedKeys()
    }

    /// The role credentials land in `~/.aws/cli/cache` under botocore's key, so the second run,
    /// with the SSO token gone, signs with them and asks the portal nothing.
    @Test func ssoRoleCredentialsServeTheNextRunFromTheCLICache() async throws {
        try await emulator.putSSO(json: #"{"access_tokens":[{"token":"session-token","roles":[{"account_id":"123456789012","role_name":"SESAdmin"}]}]}"#)
        try writeToken(Self.sessionCacheFile, token: "session-token", expiresAt: "2099-01-01T00:00:00Z")
        #expect(try sesame(["status", "--profile", "dev"]).status == 0)
        let cached = home.appendingPathComponent(".aws/cli/cache/4ddd8bc54caa2e01491e65847eae8490c245203b.json")
        let entry = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: cached)) as? [String: Any])
        #expect(entry["ProviderType"] as? String == "sso")
        #expect((entry["Credentials"] as? [String: String])?["AccessKeyId"]?.hasPrefix("ASIA") == true)
        #expect(try FileManager.default.attributesOfItem(atPath: cached.path)[.posixPermissions] as? Int == 0o600)
        try FileManager.default.removeItem(at: home.appendingPathComponent(Self.sessionCacheFile))
        let again = try sesame(["status", "--profile", "dev"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try await emulator.requests().map { $0.operation ?? "?" } == ["GetRoleCredentials", "GetAccount", "GetAccount"])
        let signatures = try await emulator.requests().filter { $0.operation == "GetAccount" }
        #expect(signatures.allSatisfy { $0.signature_valid == true })
    }

    @Test func everyRequestCarriesSesamesUserAgentWithTheAppId() async throws {
        try await emulator.putSSO(json: #"{"access_tokens":[{"token":"session-token"}]}"#)
        try writeToken(Self.sessionCacheFile, token: "session-token", expiresAt: "2099-01-01T00:00:00Z")
        let result = try CommandRunner.sesame(["status", "--profile", "ses"],
                                              environment: environment.merging(["AWS_SDK_UA_APP_ID": "billing"]) { $1 })
        #expect(result.status == 0, "\(result.stderr)")
        let agents = try await emulator.requests().map { $0.headers?["User-Agent"] }
        #expect(agents.count == 3)
        #expect(agents.allSatisfy { $0?.hasPrefix("sesame/") == true && $0?.hasSuffix(" app/billing") == true }, "\(agents)")
    }

    @Test func legacySSOProfileDrivesStatus() async throws {
        try await emulator.putSSO(json: #"{"access_tokens":[{"token":"legacy-token"}]}"#)
        try writeToken(Self.legacyCacheFile, token: "legacy-token", expiresAt: "2099-01-01T00:00:00Z")
        let result = try sesame(["status", "--profile", "legacy"])
        #expect(result.status == 0, "\(result.stderr)")
        try await expectGetAccountSignedWithIssuedKeys()
    }

    @Test func ssoProfileAsASourceProfileSignsAssumeRole() async throws {
        try await emulator.putSSO(json: #"{"access_tokens":[{"token":"session-token"}]}"#)
        try writeToken(Self.sessionCacheFile, token: "session-token", expiresAt: "2099-01-01T00:00:00Z")
        let result = try sesame(["status", "--profile", "ses"])
        #expect(result.status == 0, "\(result.stderr)")
        let requests = try await emulator.requests()
        #expect(requests.map { $0.operation ?? "?" } == ["GetRoleCredentials", "AssumeRole", "GetAccount"])
        #expect(requests[1].signature_valid == true)
        #expect(requests[1].headers?["Authorization"]?.contains("Credential=ASIA") == true)
        try await expectGetAccountSignedWithIssuedKeys()
    }

    @Test func tokenNearExpiryIsRefreshedThroughSSOOIDC() async throws {
        try await emulator.putSSO(json: #"{"clients":[{"client_id":"client-1","client_secret":"secret-1","refresh_token":"refresh-1"}]}"#)
        let soon = ISO8601DateFormatter().string(from: Date().addingTimeInterval(300))
        try writeToken(Self.sessionCacheFile, token: "stale-token", expiresAt: soon, refresh: true)
        let result = try sesame(["status", "--profile", "dev"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try await emulator.requests().map { $0.operation ?? "?" } == ["CreateToken", "GetRoleCredentials", "GetAccount"])
        let cache = home.appendingPathComponent(Self.sessionCacheFile)
        let rewritten = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: cache)) as? [String: String])
        let clients = try #require(try await emulator.sso()["clients"] as? [[String: String]])
        #expect(rewritten["refreshToken"] == clients.first?["refresh_token"], "the rotated refresh token was saved")
        #expect(rewritten["accessToken"]?.hasPrefix("aoa") == true)
        #expect(try FileManager.default.attributesOfItem(atPath: cache.path)[.posixPermissions] as? Int == 0o600)
    }

    @Test func expiredSessionSaysToSignInAgain() async throws {
        try writeToken(Self.sessionCacheFile, token: "old-token", expiresAt: "2020-01-01T00:00:00Z")
        let result = try sesame(["status", "--profile", "dev"])
        #expect(result.status == 3)
        #expect(result.stderr == "sesame: us-east-1: profile dev: the IAM Identity Center (SSO) session has expired or is otherwise invalid; run `aws sso login --profile dev`\n")
    }

    @Test func mfaWithoutATerminalIsAClearError() async throws {
        try await emulator.putMFARoles(json: #"[{"role_arn":"arn:aws:iam::123456789012:role/admin","serial_number":"arn:aws:iam::123456789012:mfa/alice","token_code":"123456"}]"#)
        let result = try sesame(["status", "--profile", "mfa"])
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("sesame: us-east-1: profile mfa: the role needs an MFA code for arn:aws:iam::123456789012:mfa/alice, and there is no terminal to ask for it on"))
        #expect(try await emulator.requests().isEmpty)
    }

    @Test func mfaCodeTypedOnTheTerminalServesUntilTheCredentialsExpire() async throws {
        try await emulator.putMFARoles(json: #"[{"role_arn":"arn:aws:iam::123456789012:role/admin","serial_number":"arn:aws:iam::123456789012:mfa/alice","token_code":"123456"}]"#)
        let driver = TestPaths.packageRoot.appendingPathComponent("Tests/SesameCLITests/Fixtures/pty_answer.py")
        let run = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                        ["python3", driver.path, "Enter MFA code for ", "123456", TestPaths.sesameBinary.path, "status", "--profile", "mfa"],
                                        environment: environment, timeout: 60)
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr)")
        #expect(facts["prompts"] as? Int == 1)
        let afterPrompt = (facts["screen"] as? String ?? "").components(separatedBy: "Enter MFA code for ").last?.components(separatedBy: ": ").dropFirst()
        #expect(afterPrompt?.joined().contains("123456") == false, "the code is typed without echo")
        #expect(facts["exit"] as? Int == 0, "\(facts["screen"] ?? "")")
        let assume = try #require(try await emulator.requests().first { $0.operation == "AssumeRole" })
        #expect(assume.body?.contains("SerialNumber=arn%3Aaws%3Aiam%3A%3A123456789012%3Amfa%2Falice") == true)
        #expect(assume.body?.contains("TokenCode=123456") == true)

        // The second run finds the cached role credentials: no prompt, no terminal needed.
        let again = try sesame(["status", "--profile", "mfa"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try await emulator.requests().filter { $0.operation == "AssumeRole" }.count == 1)
    }

    @Test func credentialProcessReadsSesamesStandardInput() async throws {
        let script = home.appendingPathComponent("helper.sh")
        try """
            #!/bin/sh
            read pin
            [ "$pin" = "pin-1234" ] || { echo "wrong pin: $pin" >&2; exit 1; }
            printf '{"Version": 1, "AccessKeyId": "AKIAEMULATOR00000001", "SecretAccessKey": "emulator/secret/Key+1", "Expiration": "2099-01-01 00:00:00"}'
            """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        try (Self.config + "\n[profile helper]\ncredential_process = \(script.path)\nregion = us-east-1\n")
            .write(to: home.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.sesame(["status", "--profile", "helper"], environment: environment, stdin: "pin-1234\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try await emulator.requests().first?.signature_valid == true)
    }
}
