import Foundation
import Testing
@testable import SesameAWS

/// Answers every prompt with the same line and records the prompts.
final class ScriptedCodeReader: MFACodeReader, @unchecked Sendable {
    private let lock = NSLock()
    private var asked: [String] = []
    let answer: String?

    init(_ answer: String?) { self.answer = answer }

    var prompts: [String] { lock.withLock { asked } }

    func readCode(prompt: String) async throws -> String? {
        lock.withLock { asked.append(prompt) }
        return answer
    }
}

@Suite struct MFACredentialTests {
    static let config = """
        [profile admin]
        role_arn = arn:aws:iam::123456789012:role/admin
        source_profile = base
        mfa_serial = arn:aws:iam::123456789012:mfa/alice
        [profile base]
        aws_access_key_id = BASEKEY
        aws_secret_access_key = basesecret
        """

    func source(home: TemporaryDirectory, transport: FakeTransport, reader: (any MFACodeReader)?) throws -> AssumeRoleCredentialSource {
        let config = try sharedConfig(config: Self.config)
        return AssumeRoleCredentialSource(
            settings: credentialSettings(config: config, transport: transport, homeDirectory: home.path, mfaCodeReader: reader),
            profile: config.profiles["admin"]!)
    }

    @Test func codeIsPromptedSentAndTheCredentialsCachedForTheNextRun() async throws {
        let home = try TemporaryDirectory()
        let transport = RoleCredentialTests.sts()
        let reader = ScriptedCodeReader(" 123456\n")
        #expect(try await source(home: home, transport: transport, reader: reader).load()?.accessKeyId == "ASIA-admin")
        #expect(reader.prompts == ["Enter MFA code for arn:aws:iam::123456789012:mfa/alice: "])
        let fields = formFields(try #require(transport.requests.first))
        #expect(fields["SerialNumber"] == "arn:aws:iam::123456789012:mfa/alice")
        #expect(fields["TokenCode"] == "123456")

        // The AWS CLI's file: SHA-1 of {"RoleArn": …, "SerialNumber": …} as Python writes it.
        let path = home.path + "/.aws/cli/cache/c08bbcd61d2960e17757c33319b79219a44dea4e.json"
        let entry = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: [String: String]]
        #expect(entry?["Credentials"]?["AccessKeyId"] == "ASIA-admin")
        #expect(entry?["Credentials"]?["Expiration"] == "2030-01-01T00:00:00+00:00")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)

        let second = ScriptedCodeReader(nil)
        let again = RoleCredentialTests.sts()
        #expect(try await source(home: home, transport: again, reader: second).load()?.accessKeyId == "ASIA-admin")
        #expect(second.prompts.isEmpty)
        #expect(again.requests.isEmpty)
    }

    @Test func withoutATerminalTheErrorSaysMFANeedsOne() async throws {
        let home = try TemporaryDirectory()
        let transport = RoleCredentialTests.sts()
        await #expect(throws: CredentialError.mfaNeedsTerminal(profile: "admin", serial: "arn:aws:iam::123456789012:mfa/alice")) {
            try await source(home: home, transport: transport, reader: nil).load()
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func aCodeThatIsNotSixDigitsIsRefusedBeforeSTS() async throws {
        let transport = RoleCredentialTests.sts()
        await #expect(throws: CredentialError.mfaCodeInvalid(profile: "admin")) {
            try await source(home: try TemporaryDirectory(), transport: transport, reader: ScriptedCodeReader("12345")).load()
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func cacheKeyMatchesTheAWSCLIs() throws {
        var profile = SharedConfig.Profile(name: "p")
        profile.values = ["role_arn": "arn:aws:iam::123456789012:role/admin", "mfa_serial": "arn:aws:iam::123456789012:mfa/alice",
                          "duration_seconds": "3600", "role_session_name": "sesame-é"]
        // botocore: AssumeRoleCredentialFetcher(...)._create_cache_key() for the same arguments.
        #expect(try AssumeRoleRequest(profile: profile).cacheKey == "27ff94ecfc1c46bfa33a77f25bed33cfd1ac81bd")
    }

    @Test func expiringCachedCredentialsAreNotUsed() async throws {
        let home = try TemporaryDirectory()
        try home.write(".aws/cli/cache/c08bbcd61d2960e17757c33319b79219a44dea4e.json",
                       #"{"Credentials": {"AccessKeyId": "OLD", "SecretAccessKey": "s", "SessionToken": "t", "Expiration": "2027-01-15T08:10:00UTC"}}"#)
        let reader = ScriptedCodeReader("654321")
        #expect(try await source(home: home, transport: RoleCredentialTests.sts(), reader: reader).load()?.accessKeyId == "ASIA-admin")
        #expect(reader.prompts.count == 1)
    }
}

@Suite struct LenientTimestampTests {
    @Test(arguments: [
        ("2027-01-15T08:00:00Z", 1_800_000_000.0), ("2027-01-15 08:00:00", 1_800_000_000), ("2027-01-15T08:00:00", 1_800_000_000),
        ("2027-01-15T08:00:00UTC", 1_800_000_000), ("2027-01-15T09:30:00+01:30", 1_800_000_000),
        ("2027-01-15T03:00:00-0500", 1_800_000_000), ("2027-01-15T08:00:00.250Z", 1_800_000_000.25),
    ])
    func acceptedForms(text: String, seconds: Double) {
        #expect(ISO8601.parse(text) == Date(timeIntervalSince1970: seconds))
    }

    @Test(arguments: ["", "2027-01-15", "2027-13-01T00:00:00Z", "2027-01-15T08:00:00+5", "tomorrow", "2027-01-15T08:00:00 PST"])
    func refusedForms(text: String) {
        #expect(ISO8601.parse(text) == nil)
    }
}
