import Testing
@testable import SesameAWS

@Suite struct EnvironmentAndFileCredentialTests {
    @Test func environmentKeysWithLegacyTokenFirst() async throws {
        let source = EnvironmentCredentialSource(environment: [
            "AWS_ACCESS_KEY_ID": "AKID", "AWS_SECRET_ACCESS_KEY": "SECRET", "AWS_SESSION_TOKEN": "new",
            "AWS_SECURITY_TOKEN": "legacy", "AWS_CREDENTIAL_EXPIRATION": "2030-01-01T00:00:00Z", "AWS_ACCOUNT_ID": "123",
        ])
        let credentials = try #require(try await source.load())
        #expect(credentials == AWSCredentials(accessKeyId: "AKID", secretAccessKey: "SECRET", sessionToken: "legacy",
                                              expiration: ISO8601.parse("2030-01-01T00:00:00Z"), accountId: "123"))
    }

    @Test func environmentEmptyValuesAreUnset() async throws {
        #expect(try await EnvironmentCredentialSource(environment: ["AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": ""]).load() == nil)
    }

    @Test func environmentPartialIsAnError() async {
        await #expect(throws: CredentialError.partialCredentials(source: .environment, missing: "AWS_SECRET_ACCESS_KEY")) {
            try await EnvironmentCredentialSource(environment: ["AWS_ACCESS_KEY_ID": "AKID"]).load()
        }
    }

    @Test func credentialsAndConfigFilesAreSeparateSources() async throws {
        let config = try sharedConfig(
            config: "[profile p]\naws_access_key_id = CONFIG\naws_secret_access_key = s1\n",
            credentials: "[p]\naws_access_key_id = CRED\naws_secret_access_key = s2\naws_session_token = t\naws_security_token = legacy\n")
        let profile = try #require(config.profiles["p"])
        #expect(try await ProfileKeysCredentialSource.credentialsFile(profile).load()
            == AWSCredentials(accessKeyId: "CRED", secretAccessKey: "s2", sessionToken: "legacy"))
        #expect(try await ProfileKeysCredentialSource.configFile(profile).load()
            == AWSCredentials(accessKeyId: "CONFIG", secretAccessKey: "s1"))
    }

    @Test func filePartialIsAnError() async throws {
        let profile = try #require(try sharedConfig(credentials: "[default]\naws_secret_access_key = s\n").profiles["default"])
        await #expect(throws: CredentialError.partialCredentials(source: .credentialsFile, missing: "aws_access_key_id")) {
            try await ProfileKeysCredentialSource.credentialsFile(profile).load()
        }
    }
}
