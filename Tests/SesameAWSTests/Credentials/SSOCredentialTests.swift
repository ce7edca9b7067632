import Foundation
import Testing
@testable import SesameAWS

@Suite struct SSOCredentialTests {
    static let sessionConfig = """
        [profile dev]
        sso_session = my-sso
        sso_account_id = 123456789012
        sso_role_name = SESAdmin
        region = eu-west-1
        [sso-session my-sso]
        sso_start_url = https://example.awsapps.com/start
        sso_region = eu-west-1
        sso_registration_scopes = sso:account:access
        [profile legacy]
        sso_start_url = https://example.awsapps.com/start
        sso_region = us-east-2
        sso_account_id = 210987654321
        sso_role_name = ReadOnly
        """

    /// The portal answering GetRoleCredentials, and SSO-OIDC answering CreateToken.
    static func services() -> FakeTransport {
        FakeTransport { request, _ in
            if request.url.contains("/token") {
                return .json(200, #"{"accessToken":"renewed-token","expiresIn":28800,"refreshToken":"next-refresh","tokenType":"Bearer"}"#)
            }
            return .json(200, #"{"roleCredentials":{"accessKeyId":"ASIASSO","secretAccessKey":"sso-secret","sessionToken":"sso-token","expiration":1900000000000}}"#)
        }
    }

    func token(expiresAt: String, refresh: Bool = true) -> String {
        var fields = [#""startUrl": "https://example.awsapps.com/start""#, #""region": "eu-west-1""#,
                      #""accessToken": "cached-token""#, #""expiresAt": "\#(expiresAt)""#]
        if refresh {
            fields += [#""clientId": "client-1""#, #""clientSecret": "client-secret""#,
                       #""registrationExpiresAt": "2027-06-01T00:00:00Z""#, #""refreshToken": "refresh-1""#]
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    func source(_ profile: String, home: TemporaryDirectory, transport: FakeTransport, clock: TestClock = TestClock())
        throws -> SSOCredentialSource {
        let config = try sharedConfig(config: Self.sessionConfig)
        return SSOCredentialSource(
            settings: credentialSettings(config: config, transport: transport, clock: clock, homeDirectory: home.path),
            profile: config.profiles[profile]!)
    }

    /// botocore's `SSOCredentialFetcher` keys, computed with Python's `json.dumps` and `hashlib`.
    @Test func roleCredentialsCacheKeysAreTheAWSCLIs() throws {
        let config = try sharedConfig(config: Self.sessionConfig)
        let dev = try #require(try SSOConfiguration(profile: config.profiles["dev"]!, sessions: config.ssoSessions))
        let legacy = try #require(try SSOConfiguration(profile: config.profiles["legacy"]!, sessions: config.ssoSessions))
        #expect(dev.roleCredentialsCacheKey == "4ddd8bc54caa2e01491e65847eae8490c245203b")
        #expect(legacy.roleCredentialsCacheKey == "d537038765d1c04818a16b201b3c5690cb3646be")
    }

    /// The role credentials go to `~/.aws/cli/cache` in the AWS CLI's layout (mode 0600); the next
    /// load takes them from there without a token or a call, until 15 minutes before they expire.
    @Test func roleCredentialsAreCachedAsTheAWSCLICachesThem() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json", token(expiresAt: "2027-01-15T12:00:00Z"))
        let clock = TestClock()
        let transport = Self.services()
        let first = try await source("dev", home: home, transport: transport, clock: clock).load()
        let path = home.path + "/.aws/cli/cache/4ddd8bc54caa2e01491e65847eae8490c245203b.json"
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == #"{"Credentials":{"AccessKeyId":"ASIASSO","AccountId":"123456789012","Expiration":"2030-03-17T17:46:40Z","#
            + #""SecretAccessKey":"sso-secret","SessionToken":"sso-token"},"ProviderType":"sso"}"#)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        try FileManager.default.removeItem(atPath: home.path + "/.aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json")
        let second = try await source("dev", home: home, transport: FakeTransport(responses: []), clock: clock).load()
        #expect(second == first)
        #expect(transport.requests.count == 1)
        clock.advance(1_900_000_000 - 1_800_000_000 - 14 * 60)  // 14 minutes left: signed in again, and the token is gone
        await #expect(throws: CredentialError.ssoSessionExpired(profile: "dev", problem: .missing)) {
            try await source("dev", home: home, transport: Self.services(), clock: clock).load()
        }
    }

    @Test func sessionProfileGetsRoleCredentialsWithTheCachedToken() async throws {
        let home = try TemporaryDirectory()
        // botocore's file name: SHA-1 of the session name.
        try home.write(".aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json", token(expiresAt: "2027-01-15T12:00:00Z"))
        let transport = Self.services()
        let credentials = try #require(try await source("dev", home: home, transport: transport).load())
        #expect(credentials == AWSCredentials(accessKeyId: "ASIASSO", secretAccessKey: "sso-secret", sessionToken: "sso-token",
                                              expiration: Date(timeIntervalSince1970: 1_900_000_000), accountId: "123456789012"))
        let request = try #require(transport.requests.first)
        #expect(transport.requests.count == 1)
        #expect(request.method == "GET")
        #expect(request.url == "https://portal.sso.eu-west-1.amazonaws.com/federation/credentials?role_name=SESAdmin&account_id=123456789012")
        #expect(request.header("x-amz-sso_bearer_token") == "cached-token")
        #expect(request.header("Authorization") == nil)
    }

    @Test func legacyProfileUsesTheStartURLsCacheFileAndItsOwnRegion() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/sso/cache/e8be5486177c5b5392bd9aa76563515b29358e6e.json",
                       token(expiresAt: "2027-01-15 12:00:00", refresh: false))
        let transport = Self.services()
        #expect(try await source("legacy", home: home, transport: transport).load()?.accountId == "210987654321")
        #expect(transport.requests.first?.url.hasPrefix("https://portal.sso.us-east-2.amazonaws.com/") == true)
    }

    @Test func tokenNearExpiryIsRenewedAndTheCacheRewritten() async throws {
        let home = try TemporaryDirectory()
        let path = try home.write(".aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json",
                                  token(expiresAt: "2027-01-15T08:05:00Z"))  // 5 minutes left
        let transport = Self.services()
        _ = try await source("dev", home: home, transport: transport).load()
        #expect(transport.requests.count == 2)
        let create = transport.requests[0]
        #expect(create.method == "POST")
        #expect(create.url == "https://oidc.eu-west-1.amazonaws.com/token")
        let body = try JSONSerialization.jsonObject(with: Data(create.body)) as? [String: String]
        #expect(body == ["clientId": "client-1", "clientSecret": "client-secret", "grantType": "refresh_token",
                         "refreshToken": "refresh-1"])
        #expect(transport.requests[1].header("x-amz-sso_bearer_token") == "renewed-token")

        let rewritten = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: String]
        #expect(rewritten == [
            "startUrl": "https://example.awsapps.com/start", "region": "eu-west-1", "accessToken": "renewed-token",
            "expiresAt": "2027-01-15T16:00:00Z", "clientId": "client-1", "clientSecret": "client-secret",
            "registrationExpiresAt": "2027-06-01T00:00:00Z", "refreshToken": "next-refresh",
        ])
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func expiredTokenThatCannotBeRenewedAsksToSignInAgain() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json", token(expiresAt: "2027-01-15T07:00:00Z"))
        let transport = FakeTransport(responses: [.json(400, #"{"error":"invalid_grant"}"#,
                                                        headers: [("x-amzn-ErrorType", "InvalidGrantException")])])
        await #expect(throws: CredentialError.ssoSessionExpired(profile: "dev", problem: .expired)) {
            try await source("dev", home: home, transport: transport).load()
        }
    }

    @Test func missingTokenAndRefusedTokenBothNameTheLoginCommand() async throws {
        let home = try TemporaryDirectory()
        await #expect(throws: CredentialError.ssoSessionExpired(profile: "legacy", problem: .missing)) {
            try await source("legacy", home: home, transport: Self.services()).load()
        }
        try home.write(".aws/sso/cache/e8be5486177c5b5392bd9aa76563515b29358e6e.json", token(expiresAt: "2027-01-15T12:00:00Z"))
        let refusing = FakeTransport(responses: [.json(401, #"{"message":"Session token not found or invalid"}"#,
                                                       headers: [("x-amzn-ErrorType", "UnauthorizedException")])])
        await #expect(throws: CredentialError.ssoSessionExpired(profile: "legacy", problem: .refused)) {
            try await source("legacy", home: home, transport: refusing).load()
        }
    }

    @Test(arguments: [
        ("[profile p]\nsso_session = nope\nsso_account_id = 1\nsso_role_name = r\n", ProfileProblem.ssoSessionNotFound("nope")),
        ("[profile p]\nsso_account_id = 1\nsso_region = us-east-1\n", .ssoKeysMissing(["sso_role_name", "sso_start_url"])),
        ("[profile p]\nsso_session = s\nsso_account_id = 1\nsso_role_name = r\nsso_region = eu-west-1\n[sso-session s]\nsso_start_url = https://x\nsso_region = us-east-1\n",
         .ssoSettingDiffers(key: "sso_region", profileValue: "eu-west-1", sessionValue: "us-east-1", session: "s")),
    ])
    func incompleteProfilesAreClearErrors(config: String, reason: ProfileProblem) async throws {
        let parsed = try sharedConfig(config: config)
        let source = SSOCredentialSource(settings: credentialSettings(config: parsed), profile: parsed.profiles["p"]!)
        await #expect(throws: CredentialError.invalidProfile(profile: "p", reason: reason)) { try await source.load() }
    }

    @Test func profileWithoutSSOKeysIsNotConfigured() async throws {
        let parsed = try sharedConfig(config: "[profile p]\nsso_start_url = https://x\nsso_region = us-east-1\n")
        #expect(try await SSOCredentialSource(settings: credentialSettings(config: parsed), profile: parsed.profiles["p"]!).load() == nil)
    }

    @Test func ssoProfileServesAsASourceProfile() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json", token(expiresAt: "2027-01-15T12:00:00Z"))
        let config = try sharedConfig(config: Self.sessionConfig + "\n[profile ses]\nrole_arn = arn:aws:iam::123456789012:role/ses\nsource_profile = dev\n")
        let transport = FakeTransport { request, _ in
            if request.url.contains("/federation/") {
                return .json(200, #"{"roleCredentials":{"accessKeyId":"ASIASSO","secretAccessKey":"s","sessionToken":"t","expiration":1900000000000}}"#)
            }
            return HTTPResponse(status: 200, body: Array(stsCredentialsXML("AssumeRole", keyId: "ASIAROLE").utf8))
        }
        let source = AssumeRoleCredentialSource(
            settings: credentialSettings(config: config, transport: transport, homeDirectory: home.path), profile: config.profiles["ses"]!)
        #expect(try await source.load()?.accessKeyId == "ASIAROLE")
        #expect(transport.requests.map(\.method) == ["GET", "POST"])
        #expect(transport.requests[1].header("Authorization")?.contains("Credential=ASIASSO/") == true)
    }
}
