import ArgumentParser
import Dispatch
import SesameCore

/// The root command: declares the command tree. `launch(_:in:)` (CommandLaunch.swift) parses a
/// command line, runs it and maps its failure to the contract's exit status.
///
/// A plain `ParsableCommand` with a synchronous `main`: the commands that need no network
/// (`LocalCommand`s, help, usage errors) run on the main thread before the concurrency runtime
/// starts any thread; only the AWS commands start a task.
@main
struct Sesame: ParsableCommand {
    static let version = "0.2.0"

    /// The subcommands, in the order `--help` lists them.
    static let commands: [any SesameCommand.Type] = [
        Init.self, Validate.self, Lint.self, Render.self, Submit.self, Status.self, Reply.self, Doctor.self, Schema.self,
    ]

    /// Every subcommand's `_superCommandName`. ArgumentParser reads it only where the
    /// subcommand is the root of a parse, which is only `parsedSubcommand`'s (help, usage
    /// errors, completion scripts and dump-help come from the parse from `Sesame`, which reads
    /// `Sesame`'s): there it skips the check for `--generate-completion-script`, which builds
    /// and parses two throwaway commands, more than a third of `status`'s parse. A command
    /// line that asks for a completion script never takes that parse (`parsedSubcommand`).
    static let superCommandName = "sesame"

    static let configuration = CommandConfiguration(
        commandName: "sesame",
        abstract: "Get an AWS account out of the Amazon SES sandbox, and find out why mail is not arriving.",
        discussion: """
        Start with `sesame init` to write a profile, then `sesame lint` and `sesame submit` it.

        --color auto|always|never, before or after any subcommand, chooses colour: auto (the \
        default) colours a terminal unless NO_COLOR is set or TERM is dumb; always colours pipes \
        and CI logs too.
        """,
        version: version,
        subcommands: commands.map { $0 as any ParsableCommand.Type }
    )

    /// The process's entry point: one context for the outside world, one exit status.
    static func main() {
        switch launch(Array(CommandLine.arguments.dropFirst()), in: .standard(), warmingUp: true) {
        case let .finished(status):
            Glibc.exit(status)
        case let .pending(work):
            // Detached: started on the global executor rather than on the main actor, it does not
            // hop to another thread at its first `await` (one thread fewer for `status`).
            Task.detached { Glibc.exit(await work()) }
            dispatchMain()
        }
    }
}
