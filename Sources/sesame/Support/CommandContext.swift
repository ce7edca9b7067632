import ArgumentParser
import SesameAWS
import SesameCore

/// Everything a command takes from the outside world, built once in `main` (`standard(…)`) and
/// passed to every command, so that a test runs a command in process with a scripted input,
/// captured output and a fake transport.
struct CommandContext: Sendable {
    /// Standard output: reports, the rendered request, JSON.
    var output: any TextWriter
    /// Standard error: `sesame: …` messages, progress, notes.
    var error: any TextWriter
    /// Standard input, a line at a time (confirmations, the wizard's answers).
    var input: any LineReader
    var terminal: TerminalFacts
    /// The environment; its locale (LC_ALL, LC_MESSAGES, LANG) is read by `language(flag:fallback:)`.
    var environment: [String: String]
    var fileSystem: any FileSystem
    /// The home folder: `HOME`, else the password database's entry.
    var homeDirectory: String
    var clock: @Sendable () -> Date
    /// The transport for AWS calls; nil is the real one (libcurl).
    var transport: (any HTTPTransport)?
    /// How the AWS layer waits between retries; nil is a real sleep.
    var sleep: (@Sendable (Double) async throws -> Void)?
    /// True for the real process: commands may install signal handlers (the wizard's Ctrl-C).
    /// False when a test runs a command inside its own process.
    var ownsProcess: Bool

    /// The context of this process: its standard streams, environment, terminal and files.
    static func standard() -> CommandContext {
        let environment = ProcessFacts.environment()
        return CommandContext(
            output: DescriptorWriter.standardOutput, error: DescriptorWriter.standardError,
            input: StandardInput(), terminal: TerminalFacts.probe(environment: environment),
            environment: environment, fileSystem: LocalFileSystem(),
            homeDirectory: ProcessFacts.homeDirectory(environment), clock: { Date() }, transport: nil, sleep: nil,
            ownsProcess: true)
    }

    /// The language to speak: `--lang` when given, else the locale's, else `fallback`, else English.
    func language(flag: Language?, fallback: Language? = nil) -> Language {
        Language.resolve(flag: flag, environment: environment, fallback: fallback)
    }
}

/// A subcommand: its options, and a `run` that is handed the outside world.
protocol SesameCommand: AsyncParsableCommand {
    /// Options that do not go together, said in the user's language before anything runs (exit 2);
    /// nil when the command line is usable. (`validate()` cannot know the language.)
    func usageProblem() -> LocalizedText?

    /// The command's `--lang`, if it has one and it was given: the language of its usage problem.
    var languageFlag: Language? { get }

    func run(in context: CommandContext) async throws

    /// `parsed` (which ArgumentParser made of this type) as work to run in `context`: async work
    /// here, on the calling thread for a `LocalCommand` (both given by the extensions below).
    static func work(for parsed: any ParsableCommand, in context: CommandContext) -> CommandWork
}

/// A command that needs neither the network nor the concurrency runtime (validate, lint,
/// render, schema): `main` runs it on the main thread, so the process starts no thread for it.
protocol LocalCommand: SesameCommand {
    func run(in context: CommandContext) throws
}

extension SesameCommand {
    func usageProblem() -> LocalizedText? { nil }
    var languageFlag: Language? { nil }

    /// `main` calls `run(in:)`; this is only for ArgumentParser's own entry points.
    func run() async throws {
        try await run(in: .standard())
    }

    static func work(for parsed: any ParsableCommand, in context: CommandContext) -> CommandWork {
        let command = parsed as! Self
        return .later {
            try command.checkUsage(in: context)
            try await command.run(in: context)
        }
    }

    /// Throws the usage problem, if any, as the contract's usage failure (exit 2).
    func checkUsage(in context: CommandContext) throws(CommandFailure) {
        if let problem = usageProblem() {
            throw CommandFailure(category: .unusableInput, message: problem.text(in: context.language(flag: languageFlag)))
        }
    }
}

extension LocalCommand {
    static func work(for parsed: any ParsableCommand, in context: CommandContext) -> CommandWork {
        let command = parsed as! Self
        return .now {
            try command.checkUsage(in: context)
            try command.run(in: context)
        }
    }
}
