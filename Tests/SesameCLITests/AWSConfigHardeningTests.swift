import Foundation
import Testing
import TestSupport

/// The AWS config and credentials files as botocore reads them, and the rule that a line of
/// either file is never echoed (it may hold a secret): errors name the file and the line only.
@Suite("hardening: AWS config and credentials files")
struct AWSConfigHardeningTests {
    static let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYSECRET"

    /// Writes `config` and `credentials` into a fresh folder and returns the environment that points at them.
    private func files(config: String = "", credentials: String = "") throws -> [String: String] {
        let folder = try TestPaths.temporaryFolder()
        let configURL = folder.appendingPathComponent("config"), credentialsURL = folder.appendingPathComponent("credentials")
        try config.write(to: configURL, atomically: true, encoding: .utf8)
        try credentials.write(to: credentialsURL, atomically: true, encoding: .utf8)
        return ["AWS_CONFIG_FILE": configURL.path, "AWS_SHARED_CREDENTIALS_FILE": credentialsURL.path]
    }

    private func sesame(_ emulator: EmulatorProcess, _ arguments: [String], files: [String: String],
                        keys: Bool = true) throws -> CommandResult {
        var environment = emulator.sesameEnvironment.merging(files) { _, new in new }
        if !keys { environment["AWS_ACCESS_KEY_ID"] = ""; environment["AWS_SECRET_ACCESS_KEY"] = "" }
        return try CommandRunner.sesame(arguments, environment: environment)
    }

    /// `key: value` is botocore's too: a credentials file written that way signs real requests.
    @Test func colonSeparatedKeysAreRead() async throws {
        let emulator = try EmulatorProcess()
        let env = try files(credentials: """
            [default]
            aws_access_key_id: \(EmulatorProcess.accessKeyId)
            aws_secret_access_key: \(EmulatorProcess.secretAccessKey)
            """)
        let result = try sesame(emulator, ["status", "--region", "us-east-1"], files: env, keys: false)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try await emulator.requests().allSatisfy { $0.signature_valid == true })
    }

    /// One line that cannot be read, in a profile nobody uses, leaves every other profile working.
    @Test func aBadLineInAnUnusedProfileDisablesNothing() async throws {
        let emulator = try EmulatorProcess()
        let env = try files(config: """
            [profile broken]
            \(Self.secret)
            = \(Self.secret)
            s3 =
              \(Self.secret)
            [default]
            region = us-east-1
            s3 =
              addressing_style = path
            """)
        let result = try sesame(emulator, ["status"], files: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("REGION     ACCESS"))
    }

    /// Using the profile with the bad line fails, naming the file and the line, never the line's text.
    @Test func aBadLineInTheUsedProfileIsNamedNotEchoed() async throws {
        let emulator = try EmulatorProcess()
        let env = try files(credentials: "[default]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key \(Self.secret)\n")
        let result = try sesame(emulator, ["status", "--region", "us-east-1"], files: env, keys: false)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr == "sesame: cannot read AWS config file \(env["AWS_SHARED_CREDENTIALS_FILE"]!): line 3 is neither a [section] header nor `key = value` (in [default])\n")
        #expect(try await emulator.requests().isEmpty)
    }

    @Test func aKeyBeforeAnySectionIsNamedNotEchoed() async throws {
        let emulator = try EmulatorProcess()
        let env = try files(config: "aws_secret_access_key = \(Self.secret)\n[default]\n")
        let result = try sesame(emulator, ["status", "--region", "us-east-1"], files: env)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr == "sesame: cannot read AWS config file \(env["AWS_CONFIG_FILE"]!): line 1 sets a key before any [section] header\n")
    }

    /// A `credential_process` with an unterminated quote: its command line (and the password in it) is not shown.
    @Test func anUnterminatedQuoteInCredentialProcessHidesTheCommand() async throws {
        let emulator = try EmulatorProcess()
        let env = try files(config: "[default]\ncredential_process = /bin/fetch-keys --password \(Self.secret) 'oops\n")
        let result = try sesame(emulator, ["status", "--region", "us-east-1"], files: env, keys: false)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("unterminated quote"), "\(result.stderr)")
        #expect(!result.stderr.contains(Self.secret) && !result.stderr.contains("fetch-keys"), "\(result.stderr)")
    }
}

/// A region is part of the host name: anything that cannot be a region is a usage error before
/// any request, from every place a region comes from.
@Suite("hardening: regions are checked before any request")
struct RegionHardeningTests {
    private func run(_ emulator: EmulatorProcess, _ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.sesame(arguments, environment: emulator.sesameEnvironment.merging(environment) { _, new in new })
    }

    @Test func fromTheCommandLine() async throws {
        let emulator = try EmulatorProcess()
        for command in [["status"], ["doctor"], ["submit", "examples/saas-transactional.yaml", "--dry-run"]] {
            let result = try run(emulator, command + ["--region", "x@127.0.0.1:40444/"])
            #expect(result.status == 2, "\(command): \(result.stderr)")
            #expect(result.stderr == "sesame: invalid region \"x@127.0.0.1:40444/\" (from --region): a region is lower-case letters, digits and hyphens, such as us-east-1\n",
                    "\(command)")
        }
        #expect(try await emulator.requests().isEmpty)
    }

    @Test func aSecondRegionIsCheckedToo() async throws {
        let emulator = try EmulatorProcess()
        let result = try run(emulator, ["status", "--region", "us-east-1", "--region", "eu-west-1.evil.example"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("invalid region \"eu-west-1.evil.example\" (from --region)"))
        #expect(try await emulator.requests().isEmpty)
    }

    @Test func fromTheEnvironmentAndTheProfile() async throws {
        let emulator = try EmulatorProcess()
        let environment = try run(emulator, ["status"], environment: ["AWS_REGION": "", "AWS_DEFAULT_REGION": "us-east-1\u{1B}]0;pwned\u{07}"])
        #expect(environment.status == 2)
        #expect(environment.stderr == "sesame: invalid region \"us-east-1\\u{1B}]0;pwned\\u{7}\" (from AWS_DEFAULT_REGION): a region is lower-case letters, digits and hyphens, such as us-east-1\n")

        let config = try TestPaths.temporaryFolder().appendingPathComponent("config")
        try "[default]\nregion = us-east-1.attacker.example:443/#\n".write(to: config, atomically: true, encoding: .utf8)
        let profile = try run(emulator, ["status"], environment: ["AWS_REGION": "", "AWS_CONFIG_FILE": config.path])
        #expect(profile.status == 2)
        #expect(profile.stderr.contains("invalid region \"us-east-1.attacker.example:443/#\" (from the region of profile default)"), "\(profile.stderr)")
        #expect(try await emulator.requests().isEmpty)
    }
}

/// The shipped GitHub Actions workflow passes a free-text `regions` input to the action's submit
/// mode (scripts/github-action), which checks and quotes every word. Run that script with a
/// stand-in `sesame`.
@Suite("hardening: the GitHub Actions example's regions input")
struct WorkflowRegionInputTests {
    /// Runs the action's submit step with `REGIONS` and a `sesame` that prints its arguments one per line.
    static func run(regions: String) throws -> CommandResult {
        let folder = try TestPaths.temporaryFolder()
        let stub = folder.appendingPathComponent("sesame")
        try "#!/bin/sh\nprintf '[%s]' \"$@\"; echo\n".write(to: stub, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: stub.path)
        try "x".write(to: folder.appendingPathComponent("us-east-1x"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("ses"), withIntermediateDirectories: true)
        try "version: 1\n".write(to: folder.appendingPathComponent("ses/profile.yaml"), atomically: true, encoding: .utf8)
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/github-action").path
        return try CommandRunner.run(URL(fileURLWithPath: "/bin/bash"), [script, "run"],
                                     environment: ["REGIONS": regions, "MODE": "submit", "SESAME": stub.path,
                                                   "PATH": "/usr/bin:/bin"], currentDirectory: folder)
    }

    @Test func regionsArePassedQuoted() throws {
        let result = try Self.run(regions: " us-east-1  eu-west-1 ")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            [submit][ses/profile.yaml][--region][us-east-1][--region][eu-west-1][--yes]
            [status][--region][us-east-1][--region][eu-west-1][--format][json]

            """)
        #expect(try Self.run(regions: "").stdout == "[submit][ses/profile.yaml][--yes]\n[status][--format][json]\n")
    }

    @Test(arguments: ["x@127.0.0.1:40444/", "us-east-1x*", "--yes", "us-east-1;id", "$(id)"])
    func anythingElseStopsTheStep(regions: String) throws {
        let result = try Self.run(regions: "us-east-1 " + regions)
        #expect(result.status == 2)
        #expect(!result.stdout.contains("[submit]"), "sesame must not run: \(result.stdout)")
        #expect(result.stderr == "sesame action: the regions input must be region names such as us-east-1, separated by spaces\n")
    }
}

/// A password in `--endpoint-url` never reaches the screen; a credential that would inject a
/// header is refused before any request.
@Suite("hardening: secrets in URLs and headers")
struct URLAndHeaderSecretTests {
    static let password = "hunter2-Pa55"

    private func run(_ emulator: EmulatorProcess, _ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.sesame(arguments, environment: emulator.sesameEnvironment.merging(environment) { _, new in new })
    }

    private func withPassword(_ url: String) -> String {
        url.replacingOccurrences(of: "://", with: "://me:\(Self.password)@")
    }

    @Test func debugAndDryRunRedactThePassword() async throws {
        let emulator = try EmulatorProcess()
        let endpoint = withPassword(emulator.baseURL)
        let debug = try run(emulator, ["status", "--region", "us-east-1", "--debug", "--endpoint-url", endpoint])
        #expect(debug.status == 0, "\(debug.stderr)")
        #expect(debug.stderr.contains("> GET \(emulator.baseURL.replacingOccurrences(of: "://", with: "://me:<redacted>@"))/v2/email/account (attempt 1)"), "\(debug.stderr)")
        let dryRun = try run(emulator, ["submit", "examples/saas-transactional.yaml", "--dry-run", "--region", "us-east-1", "--endpoint-url", endpoint])
        #expect(dryRun.status == 0, "\(dryRun.stderr)")
        #expect(dryRun.stdout.contains("://me:<redacted>@"), "\(dryRun.stdout)")
        for output in [debug.stdout, debug.stderr, dryRun.stdout, dryRun.stderr] {
            #expect(!output.contains(Self.password))
        }
    }

    @Test func networkErrorsRedactThePassword() throws {
        let port = try BoundPort()
        let result = try CommandRunner.sesame(["status", "--region", "us-east-1", "--endpoint-url", "http://me:\(Self.password)@127.0.0.1:\(port.number)/"],
                                              environment: ["AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_MAX_ATTEMPTS": "1"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("http://me:<redacted>@127.0.0.1:\(port.number)/v2/email/account"), "\(result.stderr)")
        #expect(!result.stderr.contains(Self.password))
    }

    @Test func aSessionTokenWithALineBreakIsRefused() async throws {
        let emulator = try EmulatorProcess()
        let result = try run(emulator, ["status", "--region", "us-east-1"], environment: ["AWS_SESSION_TOKEN": "TOKEN\r\nX-Injected: yes"])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("credentials from environment variables failed: the session token contains a line break (CR or LF), which would inject an HTTP header; refusing it"),
                "\(result.stderr)")
        #expect(try await emulator.requests().isEmpty)
    }

    /// A config file that is there but cannot be read is a clear error (exit 2, before any
    /// request), never taken for a missing file. (The tests run as root, for whom a mode-0000
    /// file is readable, so a folder stands for the unreadable file; the code path is the same.)
    @Test func anUnreadableConfigFileIsAnErrorNotAMissingFile() throws {
        let folder = try TestPaths.temporaryFolder()
        for variable in ["AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"] {
            let result = try CommandRunner.sesame(["status", "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:9"],
                                                  environment: [variable: folder.path, "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret"])
            #expect(result.status == 2, "\(variable): \(result.stderr)")
            #expect(result.stderr == "sesame: cannot read \(folder.path): is a directory, not a file\n", "\(variable)")
        }
    }
}
