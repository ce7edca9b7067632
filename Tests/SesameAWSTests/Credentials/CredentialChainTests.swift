import Testing
@testable import SesameAWS

@Suite struct CredentialChainTests {
    static let allSources: [CredentialSourceName] = [
        .environment, .assumeRole(profile: nil), .webIdentity, .sso(profile: nil), .credentialsFile,
        .loginSession, .process, .configFile, .container, .instanceMetadata,
    ]

    func chain(environment: [String: String], config: SharedConfig, explicit: String? = nil) throws -> CredentialChain {
        let settings = credentialSettings(
            environment: environment.merging(["AWS_EC2_METADATA_DISABLED": "true"]) { $1 }, config: config,
            explicitProfile: explicit)
        return CredentialChain(settings: settings, profile: try settings.selection.profile(in: config))
    }

    @Test func orderIsTheAWSCLIs() throws {
        #expect(try chain(environment: [:], config: SharedConfig()).sources.map(\.name) == Self.allSources)
        #expect(try chain(environment: [:], config: SharedConfig(), explicit: "default").sources.map(\.name)
            == Array(Self.allSources.dropFirst()))
    }

    static let files = try! sharedConfig(
        config: "[profile p]\naws_access_key_id = CONFIGKEY\naws_secret_access_key = s\ncredential_process = /bin/false\n",
        credentials: "[p]\naws_access_key_id = CREDKEY\naws_secret_access_key = s\n")

    @Test func environmentBeatsAProfileFromAWSProfile() async throws {
        let environment = ["AWS_PROFILE": "p", "AWS_ACCESS_KEY_ID": "ENVKEY", "AWS_SECRET_ACCESS_KEY": "s"]
        #expect(try await chain(environment: environment, config: Self.files).resolve().credentials.accessKeyId == "ENVKEY")
    }

    @Test func explicitProfileSkipsEnvironment() async throws {
        let environment = ["AWS_ACCESS_KEY_ID": "ENVKEY", "AWS_SECRET_ACCESS_KEY": "s"]
        let resolved = try await chain(environment: environment, config: Self.files, explicit: "p").resolve()
        #expect(resolved.credentials.accessKeyId == "CREDKEY")
        #expect(resolved.source.name == .credentialsFile)
    }

    @Test func brokenConfiguredSourceIsReportedNotSkipped() async throws {
        let config = try sharedConfig(config: "[default]\ncredential_process = /bin/false\naws_access_key_id = K\naws_secret_access_key = s\n")
        await #expect(throws: CredentialError.sourceFailed(source: .process, reason: .exited(status: 1, standardError: ""))) {
            try await chain(environment: [:], config: config).resolve()
        }
    }

    @Test func configFileKeysComeAfterProcess() async throws {
        let config = try sharedConfig(config: "[default]\naws_access_key_id = CONFIGKEY\naws_secret_access_key = s\n")
        #expect(try await chain(environment: [:], config: config).resolve().source.name == .configFile)
    }

    @Test func nothingConfiguredListsEverySourceTried() async throws {
        await #expect(throws: CredentialError.noCredentials(tried: Self.allSources)) {
            try await chain(environment: [:], config: SharedConfig()).resolve()
        }
    }
}

/// A source that counts its loads and returns keys expiring one hour after each load, or
/// fails when told to.
final class CountingSource: CredentialSource, @unchecked Sendable {
    let name = CredentialSourceName.process
    let clock: TestClock
    var loads = 0
    var failing = false

    init(clock: TestClock) { self.clock = clock }

    func load() async throws -> AWSCredentials? {
        loads += 1
        if failing { throw CredentialError.sourceFailed(source: name, reason: .noCredentialsFound) }
        return AWSCredentials(accessKeyId: "KEY\(loads)", secretAccessKey: "s", sessionToken: "t",
                              expiration: clock.now.addingTimeInterval(3600))
    }
}

@Suite struct RefreshingCredentialProviderTests {
    @Test func advisoryAndMandatoryRefresh() async throws {
        let clock = TestClock()
        let source = CountingSource(clock: clock)
        let provider = RefreshingCredentialProvider(chain: CredentialChain(sources: [source]), clock: clock.function)

        #expect(try await provider.credentials().accessKeyId == "KEY1")
        clock.advance(44 * 60)  // 16 minutes left: reuse
        #expect(try await provider.credentials().accessKeyId == "KEY1")
        clock.advance(2 * 60)  // 14 minutes left: advisory refresh
        #expect(try await provider.credentials().accessKeyId == "KEY2")

        clock.advance(46 * 60)  // 14 minutes left on KEY2, source failing: keep KEY2
        source.failing = true
        #expect(try await provider.credentials().accessKeyId == "KEY2")
        clock.advance(5 * 60)  // 9 minutes left: mandatory, and the failure surfaces
        await #expect(throws: CredentialError.sourceFailed(source: .process, reason: .noCredentialsFound)) {
            try await provider.credentials()
        }
        #expect(source.loads == 4)
    }

    @Test func longTermKeysAreLoadedOnce() async throws {
        let provider = RefreshingCredentialProvider(
            chain: CredentialChain(sources: [EnvironmentCredentialSource(environment: ["AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "s"])]),
            clock: TestClock().function)
        #expect(try await provider.credentials().accessKeyId == "A")
        #expect(try await provider.credentials().accessKeyId == "A")
    }
}
