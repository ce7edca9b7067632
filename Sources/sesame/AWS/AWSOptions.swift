import ArgumentParser
import SesameAWS
import SesameCore

/// The options every command that calls AWS takes, as the AWS CLI spells them.
struct AWSOptions: ParsableArguments {
    @Option(name: .customLong("profile"), help: "A named profile from the AWS config and credentials files.")
    var profileName: String?

    @Option(name: .customLong("endpoint-url"), help: "Send requests to this URL instead of the service's own (e.g. a local emulator).")
    var endpointURL: String?

    @Flag(help: "Print each HTTP exchange on standard error, with every secret redacted.")
    var debug = false

    @Option(name: .customLong("cli-connect-timeout"), help: ArgumentHelp("Seconds to wait for a connection.", valueName: "seconds"))
    var connectTimeout: Double = 10

    @Option(name: .customLong("cli-read-timeout"), help: ArgumentHelp("Seconds one HTTP exchange may take.", valueName: "seconds"))
    var readTimeout: Double = 60

    func validate() throws {
        guard connectTimeout > 0, readTimeout > 0 else { throw ValidationError("Timeouts must be positive numbers of seconds.") }
    }

    /// An AWS session for this run; `region` seeds region resolution (STS, the default region).
    /// `transport` replaces the context's (the dry run's capturing one, which also keeps the
    /// credential chain off the network). A configuration that cannot work is said in `language`.
    func session(in context: CommandContext, region: String?, language: Language,
                 transport: (any HTTPTransport)? = nil) throws -> AWSSession {
        let errors = context.error
        let sink: DebugSink? = debug ? { @Sendable exchange in errors.write(TerminalText.sanitizedLines("\(exchange)") + "\n") } : nil
        var awsContext = AWSContext(
            profile: profileName, region: region, endpointURL: endpointURL,
            environment: context.environment, homeDirectory: context.homeDirectory, clock: context.clock,
            debugSink: sink, transport: transport ?? context.transport,
            connectTimeout: connectTimeout, totalTimeout: readTimeout,
            mfaCodeReader: TerminalCodeReader(terminal: context.terminal, prompts: context.error),
            userAgent: "sesame/\(Sesame.version)"
        )
        if let sleep = context.sleep { awsContext.sleep = sleep }
        if transport != nil { awsContext.networkCredentialSources = false }
        do {
            return try AWSSession(context: awsContext)
        } catch {
            throw AWSFailure.commandFailure(for: error, region: nil, in: language)
        }
    }

    /// Every SES region of the partition of the configured region (`--all-regions`).
    static func allRegions(session: AWSSession) -> [String] {
        SESRegions.partition(of: (try? session.region()) ?? "us-east-1")
    }

    /// `--region` values if given, else `fallback` (a profile's regions), else the configured region.
    static func regions(_ explicit: [String], fallback: [String] = [], session: AWSSession, language: Language) throws -> [String] {
        var seen: Set<String> = []
        let chosen = !explicit.isEmpty ? explicit : fallback
        do {
            for region in chosen {
                _ = try RegionResolver.validated(region, source: !explicit.isEmpty ? .option("--region") : .sesameProfileRegions)
            }
            if !chosen.isEmpty { return chosen.filter { seen.insert($0).inserted } }
            return [try session.region()]
        } catch {
            throw AWSFailure.commandFailure(for: error, region: nil, in: language)
        }
    }
}

/// Turns what the AWS layer throws into a short message in the user's language
/// (`AWSErrorMessages`) and the contract's category (the AWS error's own `AWSErrorCategory`,
/// mapped by `FailureCategory`).
enum AWSFailure {
    static func category(for error: any Error) -> FailureCategory {
        FailureCategory(AWSErrorCategory.of(error))
    }

    /// The error as one line for the terminal: text from AWS or the configuration (codes, messages,
    /// request ids, values) shown with control characters escaped.
    static func message(for error: any Error, in language: Language) -> String {
        TerminalText.sanitized(AWSErrorMessages.text(for: error).text(in: language))
    }

    /// The error as a Core value: its message and category.
    static func reported(_ error: any Error, in language: Language) -> ReportedFailure {
        ReportedFailure(message: message(for: error, in: language), category: category(for: error))
    }

    /// Whether `error` is how AWS answers in an opt-in region the account has not enabled: the
    /// credentials are not recognised there. Reported as "not enabled", never as a failure.
    static func isRegionNotEnabled(_ error: any Error, region: String) -> Bool {
        guard let error = error as? AWSServiceError, SESRegions.optIn.contains(region) else { return false }
        return ["UnrecognizedClientException", "InvalidClientTokenId"].contains(error.code)
    }

    static func commandFailure(for error: any Error, region: String?, in language: Language) -> CommandFailure {
        CommandFailure(category: category(for: error), message: (region.map { "\($0): " } ?? "") + message(for: error, in: language))
    }
}

/// Runs `work` for every region, at most `concurrentCalls` at once, and returns the results in
/// the regions' order.
func forEachRegion<Result: Sendable>(
    _ regions: [String], _ work: @escaping @Sendable (String) async -> Result
) async -> [Result] {
    await concurrentMap(regions, work)
}

/// How many AWS calls a command has in flight at most: enough that every SES region of a
/// partition is read in one round trip, few enough for one machine's threads and sockets.
let concurrentCalls = 32

/// `work` applied to every item, at most `limit` at once, the results in the items' order. A
/// lone item is worked in the calling task: a child task would be one more job for the
/// concurrency runtime to schedule, on another thread, for nothing to run beside it.
func concurrentMap<Item: Sendable, Result: Sendable>(
    _ items: [Item], limit: Int = concurrentCalls, _ work: @escaping @Sendable (Item) async -> Result
) async -> [Result] {
    if items.count == 1 { return [await work(items[0])] }
    return await withTaskGroup(of: (Int, Result).self) { group in
        var results: [(Int, Result)] = []
        results.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if index >= limit, let done = await group.next() { results.append(done) }
            group.addTask { (index, await work(item)) }
        }
        for await result in group { results.append(result) }
        return results.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
