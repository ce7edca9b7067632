import Testing
@testable import SesameAWS

@Suite struct ProcessCredentialTests {
    func source(_ script: String, arguments: String = "", environment: [String: String] = [:]) throws -> (ProcessCredentialSource, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        let path = try directory.write("creds tool.sh", "#!/bin/sh\n" + script, executable: true)
        var profile = SharedConfig.Profile(name: "p")
        profile.values = ["credential_process": "'\(path)' \(arguments)"]
        return (ProcessCredentialSource(profile: profile, environment: environment), directory)
    }

    @Test func runsWithoutAShellAndParsesVersion1() async throws {
        let (source, directory) = try source(#"""
            printf '{"Version": 1, "AccessKeyId": "AKID-%s", "SecretAccessKey": "S", "SessionToken": "T", "Expiration": "2030-01-01T00:00:00Z", "AccountId": "%s"}' "$1" "$ACCOUNT"
            """#, arguments: #""two words" $HOME"#, environment: ["ACCOUNT": "123456789012", "PATH": "/usr/bin:/bin"])
        _ = directory
        #expect(try await source.load() == AWSCredentials(
            accessKeyId: "AKID-two words", secretAccessKey: "S", sessionToken: "T",
            expiration: ISO8601.parse("2030-01-01T00:00:00Z"), accountId: "123456789012"))
    }

    @Test func nonZeroExitCarriesStandardError() async throws {
        let (source, directory) = try source("echo 'token expired, run login' >&2\nexit 3\n")
        _ = directory
        await #expect(throws: CredentialError.sourceFailed(source: .process, reason: .exited(status: 3, standardError: "token expired, run login"))) {
            try await source.load()
        }
    }

    @Test(arguments: [
        (#"{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "S"}"#, CredentialProblem.unsupportedVersion(2)),
        (#"{"Version": 1, "SecretAccessKey": "S"}"#, .missingMember("AccessKeyId")),
        (#"{"Version": 1, "AccessKeyId": "A"}"#, .missingMember("SecretAccessKey")),
        ("not json", .outputNotJSON),
    ])
    func badOutputIsAnError(output: String, reason: CredentialProblem) async throws {
        let (source, directory) = try source("cat <<'EOF'\n\(output)\nEOF\n")
        _ = directory
        await #expect(throws: CredentialError.sourceFailed(source: .process, reason: reason)) {
            try await source.load()
        }
    }

    @Test func missingProgramIsAnError() async throws {
        var profile = SharedConfig.Profile(name: "p")
        profile.values = ["credential_process": "no-such-program-sesame --x"]
        let source = ProcessCredentialSource(profile: profile, environment: ["PATH": "/nonexistent"])
        await #expect(throws: CredentialError.self) { try await source.load() }
    }

    @Test(arguments: [
        (#"a "b c" 'd e' f\ g"#, ["a", "b c", "d e", "f g"]),
        (#"x "q\"uote" 'lit\eral'"#, ["x", "q\"uote", #"lit\eral"#]),
        ("  spaced   out  ", ["spaced", "out"]),
    ])
    func shellSplitting(line: String, words: [String]) throws {
        #expect(try ShellWords.split(line) == words)
    }
}
