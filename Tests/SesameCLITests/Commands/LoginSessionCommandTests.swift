import Foundation
import Testing
import TestSupport

/// `aws login` sessions end to end: the real binary reads the session from `~/.aws/login/cache`
/// in a temporary home and refreshes it through the emulator's AWS Sign-In, which checks the DPoP
/// proof's ES256 signature and claims; the credentials it issues then sign SES and STS calls.
@Suite("aws login sessions through sesame", .serialized)
struct LoginSessionCommandTests {
    static let config = """
        [profile login]
        login_session = arn:aws:iam::123456789012:user/dev
        region = us-east-1
        [profile ses]
        role_arn = arn:aws:iam::123456789012:role/ses-operator
        source_profile = login
        region = us-east-1
        """
    /// SHA-256 of the session name: botocore's cache file name.
    static let cacheFile = ".aws/login/cache/893f13863f68a08133e541260597f1d60f5bf9b326625782990032cbad201e26.json"
    static let keyPEM = (try? String(contentsOf: TestPaths.packageRoot.appendingPathComponent(
        "Tests/SesameAWSTests/Fixtures/login/dpop-key.pem"), encoding: .utf8)) ?? ""

    let home: URL
    let emulator: EmulatorProcess

    init() throws {
        home = try TestPaths.temporaryFolder()
        emulator = try EmulatorProcess()
        try Self.config.write(to: home.appendingPathComponent("config"), atomically: true, encoding: .utf8)
    }

    var environment: [String: String] {
        ["HOME": home.path, "AWS_CONFIG_FILE": home.appendingPathComponent("config").path,
         "AWS_SHARED_CREDENTIALS_FILE": home.appendingPathComponent("credentials").path, "AWS_ENDPOINT_URL": emulator.baseURL]
    }

    /// Registers the session with the emulator and caches it with credentials long expired.
    func signIn(sessionOptions: String = "") async throws {
        let key = String(decoding: try JSONEncoder().encode(Self.keyPEM), as: UTF8.self)
        _ = try await emulator.control("PUT", "login", json: #"{"sessions":[{"client_id":"arn:aws:signin:::devtools/same-device","#
            + #""refresh_token":"refresh-1","dpop_key":\#(key),"account_id":"123456789012"\#(sessionOptions)}]}"#)
        let url = home.appendingPathComponent(Self.cacheFile)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try (#"{"accessToken": {"accessKeyId": "ASIAEXPIRED", "secretAccessKey": "old", "sessionToken": "old", "#
            + #""accountId": "123456789012", "expiresAt": "2020-01-01T00:00:00Z"}, "refreshToken": "refresh-1", "#
            + #""clientId": "arn:aws:signin:::devtools/same-device", "dpopKey": \#(key), "idToken": "id-1"}"#)
            .write(to: url, atomically: true, encoding: .utf8)
    }

    func cachedSession() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: home.appendingPathComponent(Self.cacheFile))) as? [String: Any])
    }

    /// An expired cached login is refreshed (one CreateOAuth2Token with a proof the emulator
    /// accepted), the cache rewritten with mode 0600 and the rotated refresh token, and the
    /// second run signs with the cached credentials without refreshing.
    @Test func expiredLoginIsRefreshedAndTheNextRunUsesTheCache() async throws {
        try await signIn()
        let result = try CommandRunner.sesame(["status", "--profile", "login"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("us-east-1  sandbox  enabled"))
        var requests = try await emulator.requests()
        #expect(requests.map { $0.operation ?? "?" } == ["CreateOAuth2Token", "GetAccount"])
        #expect(requests[0].status == 200)
        #expect(requests[0].headers?["DPoP"] != nil)
        #expect(requests[1].signature_valid == true)
        #expect(requests[1].headers?["Authorization"]?.contains("Credential=ASIA") == true)
        let session = try cachedSession()
        let state = try #require(try JSONSerialization.jsonObject(with: try await emulator.control("GET", "login")) as? [String: Any])
        let registered = try #require((state["sessions"] as? [[String: String]])?.first)
        #expect(session["refreshToken"] as? String == registered["refresh_token"], "the rotated refresh token was saved")
        #expect(state["dpop_proofs_accepted"] as? Int == 1)
        let access = try #require(session["accessToken"] as? [String: String])
        #expect(access["accessKeyId"]?.hasPrefix("ASIA") == true && access["accessKeyId"] != "ASIAEXPIRED")
        #expect(access["accountId"] == "123456789012")
        #expect(session["idToken"] as? String == "id-1")
        #expect(try FileManager.default.attributesOfItem(atPath: home.appendingPathComponent(Self.cacheFile).path)[.posixPermissions] as? Int == 0o600)

        let again = try CommandRunner.sesame(["status", "--profile", "login"], environment: environment)
        #expect(again.status == 0, "\(again.stderr)")
        requests = try await emulator.requests()
        #expect(requests.map { $0.operation ?? "?" } == ["CreateOAuth2Token", "GetAccount", "GetAccount"])
        #expect(requests[2].signature_valid == true)
        #expect(requests[2].headers?["Authorization"]?.contains("Credential=\(access["accessKeyId"] ?? "?")/") == true)
    }

    /// AWS Sign-In failing once with a 500: the retry carries a proof of its own (another
    /// `jti`), which the emulator accepts, and the command goes on.
    @Test func aRefreshRetriedAfterA5xxSendsAFreshProof() async throws {
        try await signIn()
        try await emulator.addFaults(#"[{"operation":"CreateOAuth2Token","action":"error","status":500}]"#)
        let result = try CommandRunner.sesame(["status", "--profile", "login"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let requests = try await emulator.requests()
        #expect(requests.map { "\($0.operation ?? "?"):\($0.status ?? 0)" } == ["CreateOAuth2Token:500", "CreateOAuth2Token:200", "GetAccount:200"])
        let proofs = requests.prefix(2).compactMap { $0.headers?["DPoP"] }
        #expect(proofs.count == 2)
        let ids = proofs.map { proof -> String? in
            let claims = String(proof.split(separator: ".")[1]).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            let padded = claims + String(repeating: "=", count: (4 - claims.count % 4) % 4)
            let object = Data(base64Encoded: padded).flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
            return object?["jti"] as? String
        }
        #expect(ids.count == 2 && ids[0] != nil && ids[0] != ids[1], "\(ids)")
    }

    /// `--debug` shows the refresh exchange with no secret: not the refresh tokens, the DPoP
    /// proof or the issued secret key and session token.
    @Test func debugOutputOfTheRefreshHidesItsSecrets() async throws {
        try await signIn()
        let result = try CommandRunner.sesame(["status", "--profile", "login", "--debug"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("/v1/token"))
        #expect(result.stderr.contains("DPoP: <redacted>"))
        let session = try cachedSession()
        let access = try #require(session["accessToken"] as? [String: String])
        let proof = try #require(try await emulator.requests().first?.headers?["DPoP"])
        for secret in ["refresh-1", session["refreshToken"] as? String, access["secretAccessKey"], access["sessionToken"], proof] {
            let secret = try #require(secret)
            #expect(!result.stderr.contains(secret), "\(secret.prefix(8))… is in the debug output")
        }
    }

    /// An expired refresh token: exit 3 and the README's message, in English and Japanese.
    @Test func expiredRefreshTokenSaysToLogInAgain() async throws {
        try await signIn(sessionOptions: #","refresh_token_expires_in_seconds":-1"#)
        let result = try CommandRunner.sesame(["status", "--profile", "login"], environment: environment)
        #expect(result.status == 3)
        #expect(result.stderr == "sesame: us-east-1: profile login: the `aws login` session has expired or its credentials have changed (TOKEN_EXPIRED); run `aws login --profile login`\n")
        let japanese = try CommandRunner.sesame(["status", "--profile", "login"],
                                                environment: environment.merging(["LANG": "ja_JP.UTF-8"]) { $1 })
        #expect(japanese.status == 3)
        #expect(japanese.stderr.hasSuffix("プロファイル login の `aws login` のセッションが期限切れか、認証情報が変更されました（TOKEN_EXPIRED）。`aws login --profile login` を実行してください\n"), "\(japanese.stderr)")
        #expect(try await emulator.requests().map { $0.operation ?? "?" } == ["CreateOAuth2Token", "CreateOAuth2Token"])
    }

    /// A login profile as a role's `source_profile`, with signin reached through
    /// `AWS_ENDPOINT_URL_SIGNIN`: its refreshed credentials sign AssumeRole.
    @Test func loginProfileAsASourceProfileSignsAssumeRole() async throws {
        try await signIn()
        let result = try CommandRunner.sesame(["status", "--profile", "ses"], environment: environment.merging([
            "AWS_ENDPOINT_URL_SIGNIN": emulator.baseURL + "/", "AWS_ENDPOINT_URL": "http://127.0.0.1:1",
            "AWS_ENDPOINT_URL_STS": emulator.baseURL, "AWS_ENDPOINT_URL_SESV2": emulator.baseURL,
        ]) { $1 })
        #expect(result.status == 0, "\(result.stderr)")
        let requests = try await emulator.requests()
        #expect(requests.map { $0.operation ?? "?" } == ["CreateOAuth2Token", "AssumeRole", "GetAccount"])
        #expect(requests[1].signature_valid == true)
        #expect(requests[2].signature_valid == true)
    }
}
