/// `credential_process`: the command is split shell-style and run without a shell, with
/// sesame's standard input; its standard output is JSON `{"Version": 1, "AccessKeyId", "SecretAccessKey",
/// "SessionToken"?, "Expiration"?, "AccountId"?}` (botocore `ProcessProvider`).
struct ProcessCredentialSource: CredentialSource {
    let commandLine: String?
    let environment: [String: String]
    var name: CredentialSourceName { .process }

    init(profile: SharedConfig.Profile, environment: [String: String]) {
        self.commandLine = profile["credential_process"]
        self.environment = environment
    }

    /// How much of a failing command's standard error its error message shows.
    static let shownErrorBytes = 2_000

    func load() async throws -> AWSCredentials? {
        guard let commandLine else { return nil }
        let arguments: [String]
        do {
            arguments = try ShellWords.split(commandLine)
        } catch {
            throw CredentialError.sourceFailed(source: name, reason: .unterminatedQuote)
        }
        let result: ChildProcess.Result
        do {
            let child = ChildProcess(arguments: arguments, environment: environment)
            guard let outcome = await DedicatedThread.run({ Swift.Result { try child.runBlocking() } }) else {
                throw ChildProcess.LaunchError(description: "could not start a thread")
            }
            result = try outcome.get()
        } catch {
            throw CredentialError.sourceFailed(source: name, reason: .couldNotRun(reason: "\(error)"))
        }
        guard result.status == 0 else {
            // Only the start of what it said: enough to explain, never a flood.
            var standardError = String(decoding: result.standardError.prefix(Self.shownErrorBytes), as: UTF8.self)
                .trimmingCharacters(while: \.isWhitespace)
            if result.standardError.count > Self.shownErrorBytes { standardError += " …" }
            throw CredentialError.sourceFailed(source: name, reason: .exited(status: result.status, standardError: standardError))
        }
        return try Self.parse(result.standardOutput, source: name)
    }

    private struct Output: Decodable {
        let Version: Int?
        let AccessKeyId: String?
        let SecretAccessKey: String?
        let SessionToken: String?
        let Expiration: String?
        let AccountId: String?
    }

    static func parse(_ bytes: [UInt8], source: CredentialSourceName) throws -> AWSCredentials {
        guard let output = try? JSONDecoder().decode(Output.self, from: Data(bytes)) else {
            throw CredentialError.sourceFailed(source: source, reason: .outputNotJSON)
        }
        guard output.Version == 1 else {
            throw CredentialError.sourceFailed(source: source, reason: .unsupportedVersion(output.Version))
        }
        guard let keyId = output.AccessKeyId else { throw CredentialError.sourceFailed(source: source, reason: .missingMember("AccessKeyId")) }
        guard let secret = output.SecretAccessKey else {
            throw CredentialError.sourceFailed(source: source, reason: .missingMember("SecretAccessKey"))
        }
        var expiration: Date?
        if let text = output.Expiration {
            guard let date = ISO8601.parse(text) else {
                throw CredentialError.sourceFailed(source: source, reason: .expirationNotISO8601(field: "Expiration", value: text))
            }
            expiration = date
        }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: output.SessionToken,
                              expiration: expiration, accountId: output.AccountId)
    }
}
