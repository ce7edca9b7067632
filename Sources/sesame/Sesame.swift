import ArgumentParser
import SesameCore

/// The root command: declares the command tree. `run(_:in:)` (CommandFailure.swift) runs a
/// command line and maps its failure to the contract's exit status.
@main
struct Sesame: AsyncParsableCommand {
    static let version = "0.2.0"

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
        subcommands: [
            Init.self, Validate.self, Lint.self, Render.self, Submit.self, Status.self, Reply.self, Doctor.self, Schema.self,
        ]
    )

    /// The process's entry point: one context for the outside world, one exit status.
    static func main() async {
        let status = await run(Array(CommandLine.arguments.dropFirst()), in: .standard())
        Glibc.exit(status)
    }
}
