import Foundation
import Testing
import TestSupport
@testable import SesameAWS

@Suite struct LoginSessionCredentialTests {
    static let session = "arn:aws:iam::123456789012:user/dev"
    /// SHA-256 of `session`, computed with Python's `hashlib` (botocore `generate_login_cache_key`).
    static let cacheFile = ".aws/login/cache/893f13863f68a08133e541260597f1d60f5bf9b326625782990032cbad201e26.json"
    static let config = """
        [profile dev]
        login_session = \(session)
        region = eu-west-1
        [profile role]
        role_arn = arn:aws:iam::123456789012:role/SESAdmin
        source_profile = dev
        """
    static let keyPEM = fixture("dpop-key.pem")
    /// The fixture key's public coordinates, base64url, from Python's `cryptography`.
    static let jwkX = "pfJuNtJQIghZKQKC4zzV3Nronnejp4hqBIAvFMjJ9KA"
    static let jwkY = "xz4hTng9N-u1duIEfxRm58ng_hfujZApL27LOEgKXKI"

    static func fixture(_ name: String) -> String {
        (try? String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Tests/SesameAWSTests/Fixtures/login/\(name)"),
                     encoding: .utf8)) ?? ""
    }

    /// A cache file as `aws login` writes it, its credentials expiring at `expiresAt`.
    static func token(expiresAt: String, dpopKey: String = keyPEM) -> String {
        let key = String(decoding: try! JSONEncoder().encode(dpopKey), as: UTF8.self)
        return #"{"accessToken": {"accessKeyId": "ASIACACHED", "secretAccessKey": "cached-secret", "sessionToken": "cached-token", "#
            + #""accountId": "123456789012", "expiresAt": "\#(expiresAt)"}, "refreshToken": "refresh-1", "#
            + #""clientId": "arn:aws:signin:::devtools/same-device", "dpopKey": \#(key), "idToken": "id-1"}"#
    }

    /// AWS Sign-In answering `CreateOAuth2Token`.
    static let signinAnswer = HTTPResponse.json(
        200, #"{"accessToken":{"accessKeyId":"ASIALOGIN","secretAccessKey":"login-secret","sessionToken":"login-token"},"#
            + #""tokenType":"aws_sigv4","expiresIn":900,"refreshToken":"refresh-2"}"#)

    static func signin() -> FakeTransport { FakeTransport(responses: [signinAnswer]) }

    func source(_ profile: String = "dev", home: TemporaryDirectory, transport: FakeTransport, clock: TestClock = TestClock(),
                region: String? = "eu-west-1") throws -> LoginSessionCredentialSource {
        let config = try sharedConfig(config: Self.config)
        return LoginSessionCredentialSource(
            settings: credentialSettings(config: config, transport: transport, clock: clock, homeDirectory: home.path, region: region),
            profile: config.profiles[profile]!)
    }

    @Test func cacheKeyIsTheSHA256OfTheSessionName() {
        #expect(LoginSessionToken.cacheKey(session: Self.session)
            == "893f13863f68a08133e541260597f1d60f5bf9b326625782990032cbad201e26")
        #expect(LoginSessionToken.cacheKey(session: "ログイン")
            == "9ba14a4f95787046d99906cd6a2b6341f135b1cdb435d849570dc17b5e402bb5")
        let elsewhere = LoginSessionToken.cache(environment: ["AWS_LOGIN_CACHE_DIRECTORY": "~/login"], homeDirectory: "/home/u")
        #expect(elsewhere.path("k") == "/home/u/login/k.json")
        #expect(LoginSessionToken.cache(environment: [:], homeDirectory: "/home/u").path("k") == "/home/u/.aws/login/cache/k.json")
    }

    /// The proof's header and claims are byte for byte botocore's `_build_dpop_header`, and its
    /// signature verifies with the emulator's checker (Python `cryptography`).
    @Test func dpopProofIsBotocoresAndItsSignatureVerifies() throws {
        let key = try LoginSessionToken(bytes: Array(Self.token(expiresAt: "2027-01-15T08:00:00Z").utf8)).signingKey()
        let url = "https://eu-west-1.signin.aws.amazon.com/v1/token"
        let proof = try #require(DPoPProof.signed(with: key, url: url, issuedAt: 1_800_000_000,
                                                  id: "0f8fad5b-d9cb-469f-a165-70867728950e"))
        let parts = proof.split(separator: ".").map(String.init)
        #expect(parts.count == 3)
        #expect(base64URLDecoded(parts[0]) == #"{"typ":"dpop+jwt","alg":"ES256","jwk":{"kty":"EC","x":"\#(Self.jwkX)","#
            + #""y":"\#(Self.jwkY)","crv":"P-256"}}"#)
        #expect(base64URLDecoded(parts[1]) == #"{"htm":"POST","htu":"\#(url)","iat":1800000000,"#
            + #""jti":"0f8fad5b-d9cb-469f-a165-70867728950e"}"#)
        #expect(base64URLBytes(parts[2]).count == 64)
        #expect(try verifyWithEmulatorChecker(proof: proof, url: url, now: 1_800_000_000) == "ok")
        #expect(try verifyWithEmulatorChecker(proof: proof, url: url + "x", now: 1_800_000_000).contains("htu"))
    }

    @Test func pkcs8KeysAreReadToo() throws {
        let token = try LoginSessionToken(bytes: Array(Self.token(expiresAt: "2027-01-15T08:00:00Z",
                                                                  dpopKey: Self.fixture("dpop-key-pkcs8.pem")).utf8))
        let coordinates = try #require(try token.signingKey().publicCoordinates)
        #expect(DPoPProof.base64URL(coordinates.x) == Self.jwkX)
        #expect(DPoPProof.base64URL(coordinates.y) == Self.jwkY)
    }

    @Test func derSignaturesBecomeThirtyTwoByteHalves() {
        let r = [UInt8](repeating: 0xAB, count: 32), s = [UInt8](repeating: 0x01, count: 31)
        let der: [UInt8] = [0x30, 68, 0x02, 33, 0x00] + r + [0x02, 31] + s
        #expect(DPoPProof.joseSignature(der: der) == r + [0] + s)
        #expect(DPoPProof.joseSignature(der: Array(der.dropLast())) == nil)
        #expect(DPoPProof.joseSignature(der: [0x30, 2, 0x02, 0]) == nil)
        #expect(DPoPProof.joseSignature(der: [0x31] + der.dropFirst()) == nil)
    }

    /// More than five minutes left: the cached credentials, no call.
    @Test func cachedCredentialsServeWhileMoreThanFiveMinutesRemain() async throws {
        let home = try TemporaryDirectory()
        try home.write(Self.cacheFile, Self.token(expiresAt: "2027-01-15T08:05:01Z"))
        let transport = FakeTransport(responses: [])
        let credentials = try await source(home: home, transport: transport).load()
        #expect(credentials == AWSCredentials(accessKeyId: "ASIACACHED", secretAccessKey: "cached-secret", sessionToken: "cached-token",
                                              expiration: Date(timeIntervalSince1970: 1_800_000_301), accountId: "123456789012"))
        #expect(transport.requests.isEmpty)
    }

    /// Five minutes or less: CreateOAuth2Token with a DPoP proof, and the cache rewritten
    /// (mode 0600) with every other member kept.
    @Test func refreshInsideTheWindowRewritesTheCache() async throws {
        let home = try TemporaryDirectory()
        try home.write(Self.cacheFile, Self.token(expiresAt: "2027-01-15T08:05:00Z"))
        let transport = Self.signin()
        let credentials = try await source(home: home, transport: transport).load()
        #expect(credentials == AWSCredentials(accessKeyId: "ASIALOGIN", secretAccessKey: "login-secret", sessionToken: "login-token",
                                              expiration: Date(timeIntervalSince1970: 1_800_000_900), accountId: "123456789012"))
        let request = try #require(transport.requests.first)
        #expect(transport.requests.count == 1)
        #expect(request.url == "https://eu-west-1.signin.aws.amazon.com/v1/token")
        #expect(request.header("Authorization") == nil)
        #expect(request.header("DPoP")?.split(separator: ".").count == 3)
        #expect(try JSONDecoder().decode([String: String].self, from: Data(request.body))
            == ["clientId": "arn:aws:signin:::devtools/same-device", "refreshToken": "refresh-1", "grantType": "refresh_token"])
        let path = home.path + "/" + Self.cacheFile
        let key = String(decoding: try JSONEncoder().encode(Self.keyPEM), as: UTF8.self).replacingOccurrences(of: "\\/", with: "/")
        #expect(try String(contentsOfFile: path, encoding: .utf8)
            == #"{"accessToken":{"accessKeyId":"ASIALOGIN","accountId":"123456789012","expiresAt":"2027-01-15T08:15:00Z","#
            + #""secretAccessKey":"login-secret","sessionToken":"login-token"},"clientId":"arn:aws:signin:::devtools/same-device","#
            + #""dpopKey":\#(key),"idToken":"id-1","refreshToken":"refresh-2"}"#)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        let again = FakeTransport(responses: [])
        let clock = TestClock()
        clock.advance(5 * 60)
        #expect(try await source(home: home, transport: again, clock: clock).load() == credentials)
        #expect(again.requests.isEmpty)
    }

    /// A refresh retried after a 5xx and then after a network error sends a new proof with each
    /// attempt: a new `jti` and `iat` the attempt's time, each proof valid on its own. A server
    /// may refuse a proof it has seen (RFC 9449 §11.1); the one proof of the first attempt was
    /// sent three times before.
    @Test func aRetriedRefreshSendsANewProofWithEachAttempt() async throws {
        let home = try TemporaryDirectory()
        try home.write(Self.cacheFile, Self.token(expiresAt: "2027-01-15T07:00:00Z"))
        let clock = TestClock()
        let transport = FakeTransport { request, index in
            defer { clock.advance(1) }
            switch index {
            case 0: return .json(500, #"{"message":"internal error"}"#, headers: [("x-amzn-ErrorType", "InternalServerException")])
            case 1: throw TransportError(kind: .connectionReset, url: request.url, detail: "Connection reset by peer")
            default: return Self.signinAnswer
            }
        }
        let config = try sharedConfig(config: Self.config)
        let source = LoginSessionCredentialSource(
            settings: credentialSettings(config: config, transport: transport, clock: clock, homeDirectory: home.path,
                                         region: "eu-west-1", maxAttempts: 3),
            profile: config.profiles["dev"]!)
        #expect(try await source.load()?.accessKeyId == "ASIALOGIN")
        let proofs = transport.requests.compactMap { $0.header("DPoP") }
        #expect(proofs.count == 3)
        struct Claims: Decodable { var iat: Int; var jti: String }
        let claims = try proofs.map { try JSONDecoder().decode(Claims.self, from: base64URLBytes(String($0.split(separator: ".")[1]))) }
        #expect(claims.map(\.iat) == [1_800_000_000, 1_800_000_001, 1_800_000_002])
        #expect(Set(claims.map(\.jti)).count == 3, "\(claims.map(\.jti))")
        for (proof, claim) in zip(proofs, claims) {
            #expect(try verifyWithEmulatorChecker(proof: proof, url: "https://eu-west-1.signin.aws.amazon.com/v1/token", now: claim.iat) == "ok")
        }
    }

    /// `aws login` rewrote the session while the refresh was on its way: its file is kept.
    @Test func aSessionWrittenDuringTheRefreshIsNotClobbered() async throws {
        let home = try TemporaryDirectory()
        try home.write(Self.cacheFile, Self.token(expiresAt: "2027-01-15T07:00:00Z"))
        let newer = Self.token(expiresAt: "2027-01-15T20:00:00Z")
        let transport = FakeTransport { _, _ in
            try home.write(Self.cacheFile, newer)
            return Self.signinAnswer
        }
        #expect(try await source(home: home, transport: transport).load()?.accessKeyId == "ASIALOGIN")
        #expect(try String(contentsOfFile: home.path + "/" + Self.cacheFile, encoding: .utf8) == newer)
    }

    @Test(arguments: [
        (401, "TOKEN_EXPIRED", CredentialError.LoginSessionProblem.refreshRequired("TOKEN_EXPIRED")),
        (403, "USER_CREDENTIALS_CHANGED", .refreshRequired("USER_CREDENTIALS_CHANGED")),
        (403, "INSUFFICIENT_PERMISSIONS", .insufficientPermissions),
    ])
    func signinRefusalsAreTyped(status: Int, code: String, problem: CredentialError.LoginSessionProblem) async throws {
        let home = try TemporaryDirectory()
        try home.write(Self.cacheFile, Self.token(expiresAt: "2027-01-15T07:00:00Z"))
        let transport = FakeTransport(responses: [.json(status, #"{"error":"\#(code)","message":"denied"}"#,
                                                        headers: [("x-amzn-ErrorType", "AccessDeniedException")])])
        await #expect(throws: CredentialError.loginSessionInvalid(profile: "dev", problem: problem)) {
            try await source(home: home, transport: transport).load()
        }
    }

    @Test func otherSigninErrorsNameTheSource() async throws {
        let home = try TemporaryDirectory()
        try home.write(Self.cacheFile, Self.token(expiresAt: "2027-01-15T07:00:00Z"))
        let error = AWSServiceError(service: "Signin", code: "AccessDeniedException", message: "denied", status: 401,
                                    oauthError: "AUTHCODE_EXPIRED")
        let transport = FakeTransport(responses: [.json(401, #"{"error":"AUTHCODE_EXPIRED","message":"denied"}"#,
                                                        headers: [("x-amzn-ErrorType", "AccessDeniedException")])])
        await #expect(throws: CredentialError.sourceFailed(source: .loginSession, reason: .failed(AnyAWSError(error)))) {
            try await source(home: home, transport: transport).load()
        }
    }

    @Test func brokenCachesAreTyped() async throws {
        let home = try TemporaryDirectory()
        let none = FakeTransport(responses: [])
        await #expect(throws: CredentialError.loginSessionInvalid(profile: "dev", problem: .missing)) {
            try await source(home: home, transport: none).load()
        }
        try home.write(Self.cacheFile, "not json")
        await #expect(throws: CredentialError.loginSessionInvalid(profile: "dev", problem: .unreadable)) {
            try await source(home: home, transport: none).load()
        }
        try home.write(Self.cacheFile, #"{"accessToken": {}, "clientId": "c"}"#)
        await #expect(throws: CredentialError.loginSessionInvalid(profile: "dev", problem: .membersMissing(["refreshToken", "dpopKey"]))) {
            try await source(home: home, transport: none).load()
        }
        try home.write(Self.cacheFile, Self.token(expiresAt: "2027-01-15T07:00:00Z", dpopKey: "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n"))
        await #expect(throws: CredentialError.loginSessionInvalid(profile: "dev", problem: .keyUnusable)) {
            try await source(home: home, transport: none).load()
        }
        try home.write(Self.cacheFile, Self.token(expiresAt: "2027-01-15T07:00:00Z"))
        await #expect(throws: ConfigurationError.missingRegion) {
            try await source(home: home, transport: none, region: nil).load()
        }
        #expect(none.requests.isEmpty)
    }

    /// A login profile as a role's `source_profile`: its credentials sign `AssumeRole`.
    @Test func loginSessionProfileWorksAsASourceProfile() async throws {
        let home = try TemporaryDirectory()
        try home.write(Self.cacheFile, Self.token(expiresAt: "2027-01-15T09:00:00Z"))
        let transport = FakeTransport(responses: [HTTPResponse(status: 200, headers: [],
                                                               body: Array(stsCredentialsXML("AssumeRole", keyId: "ASIAROLE").utf8))])
        let config = try sharedConfig(config: Self.config)
        let role = AssumeRoleCredentialSource(
            settings: credentialSettings(config: config, transport: transport, homeDirectory: home.path, region: "eu-west-1"),
            profile: config.profiles["role"]!)
        #expect(try await role.load()?.accessKeyId == "ASIAROLE")
        #expect(transport.requests.first?.header("Authorization")?.contains("Credential=ASIACACHED/") == true)
    }

    private func base64URLBytes(_ text: String) -> Data {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64) ?? Data()
    }

    private func base64URLDecoded(_ text: String) -> String { String(decoding: base64URLBytes(text), as: UTF8.self) }

    /// `sesemu.dpop.verify` on the proof, with the fixture key as the session's: "ok" or its complaint.
    private func verifyWithEmulatorChecker(proof: String, url: String, now: Int) throws -> String {
        let script = """
            import sys
            sys.path.insert(0, sys.argv[1])
            from sesemu import dpop
            try:
                dpop.verify(sys.argv[2], "POST", sys.argv[3], int(sys.argv[4]), set(), dpop.public_key_from_pem(sys.stdin.read()))
                print("ok")
            except dpop.ProofError as error:
                print(error)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, TestPaths.packageRoot.appendingPathComponent("Tests/Emulator").path,
                             proof, url, String(now)]
        let output = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(Self.keyPEM.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
