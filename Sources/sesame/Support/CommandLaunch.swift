import ArgumentParser
import SesameCore

/// A parsed command's work: run on the calling thread (a `LocalCommand`, help, `--version`),
/// or async work for the commands that talk to AWS.
enum CommandWork {
    case now(() throws -> Void)
    case later(() async throws -> Void)
}

extension Sesame {
    /// What `launch(_:in:)` leaves: the exit status, or the async work that will return it.
    enum Launch {
        case finished(Int32)
        case pending(() async -> Int32)
    }

    /// Runs the command line `arguments` in `context` and returns the exit status: what the
    /// binary's `main` does, for tests that run commands in process.
    static func run(_ arguments: [String], in context: CommandContext) async -> Int32 {
        switch launch(arguments, in: context) {
        case let .finished(status): status
        case let .pending(work): await work()
        }
    }

    /// Parses `arguments` and runs the command at once when it needs no concurrency; an AWS
    /// command is returned as pending work. The one place where failures become numbers and
    /// messages reach standard error. With `warmingUp` (the binary's `main`), what the command
    /// line is going to need is built on a second thread while the arguments are parsed
    /// (`StartupWarmUp`); that thread has ended before the status is returned.
    static func launch(_ arguments: [String], in context: CommandContext, warmingUp: Bool = false) -> Launch {
        let preflight: CommandLinePreflight
        do {
            preflight = try CommandLinePreflight(arguments, subcommands: configuration.subcommands.map { $0._commandName })
        } catch {
            context.error.write("sesame: " + error.message.text(in: context.language(flag: nil)) + "\n")
            return .finished(FailureCategory.unusableInput.exitStatus)
        }
        let warmUp = warmingUp ? StartupWarmUp.start(for: preflight.arguments) : nil
        var context = context
        context.terminal.colorChoice = preflight.color
        let work: CommandWork
        do {
            work = try parsedWork(preflight.arguments, in: context)
        } catch {
            return .finished(joined(warmUp, finish(failure: error, in: context)))
        }
        switch work {
        case let .now(run):
            do {
                try run()
                return .finished(joined(warmUp, finish(failure: nil, in: context)))
            } catch {
                return .finished(joined(warmUp, finish(failure: error, in: context)))
            }
        case let .later(run):
            warmUp?.argumentsParsed()
            return .pending {
                do {
                    try await run()
                    return joined(warmUp, finish(failure: nil, in: context))
                } catch {
                    return joined(warmUp, finish(failure: error, in: context))
                }
            }
        }
    }

    /// `status`, once the warm-up thread (if any) has ended: the process may exit then. A command
    /// that needed what it built has already waited for it; one that ended early (a usage error,
    /// a check that failed before any request) waits here, a few milliseconds at most, rather
    /// than exit while libraries are being loaded and initialised.
    private static func joined(_ warmUp: StartupWarmUp.Started?, _ status: Int32) -> Int32 {
        warmUp?.join()
        return status
    }

    /// The parsed command's work. A subcommand is found by its type in `commands` rather than
    /// by a dynamic cast, which would scan the binary's protocol conformances at every start.
    private static func parsedWork(_ arguments: [String], in context: CommandContext) throws -> CommandWork {
        if let (command, parsed) = parsedSubcommand(arguments) {
            return command.work(for: parsed, in: context)
        }
        let parsed = try parseAsRoot(arguments)
        if let command = commands.first(where: { $0 == type(of: parsed) }) {
            return command.work(for: parsed, in: context)
        }
        return .now {
            var command = parsed
            try command.run()
        }
    }

    /// The subcommand the first argument names, parsed from the arguments after it as if it
    /// were the root; nil unless that parse yields the subcommand itself. What the root parse
    /// does beyond it costs every start about a parse of its own: it reflects `Sesame`, and
    /// builds the subcommand's argument set twice more to learn that it takes no pass-through
    /// arguments. Anything else — help, `--version`, a usage error, a completion script — is left
    /// to the root parse (`parsedWork`), so it is worded and answered exactly as before. This
    /// parse does not look for `--generate-completion-script` (`Sesame.superCommandName`): a
    /// command line that has the word goes to the root parse straight away.
    private static func parsedSubcommand(_ arguments: [String]) -> (any SesameCommand.Type, any ParsableCommand)? {
        guard !arguments.contains(where: { $0.hasPrefix("--generate-completion-script") }),
              let name = arguments.first, let command = commands.first(where: { $0._commandName == name }),
              let parsed = try? command.parseAsRoot(Array(arguments.dropFirst())), type(of: parsed) == command
        else { return nil }
        return (command, parsed)
    }

    /// The exit status of a command that ended with `failure` (nil: it succeeded), after its
    /// message, and after checking that standard output took everything.
    private static func finish(failure: (any Error)?, in context: CommandContext) -> Int32 {
        var status: Int32 = 0
        if let failure = failure as? CommandFailure {
            // Messages quote values from files and AWS: shown with control characters escaped.
            if !failure.message.isEmpty { context.error.write("sesame: \(TerminalText.sanitized(failure.message))\n") }
            status = failure.category.exitStatus
        } else if let failure {
            status = argumentParserStatus(for: failure, in: context)
        }
        do {
            try context.output.checkWritten()
        } catch {
            let language = context.language(flag: nil)
            context.error.write("sesame: " + CommandMessages.cannotWrite(error.stream.text(in: language), error.reason).text(in: language) + "\n")
            status = max(status, FailureCategory.unusableInput.exitStatus)
        }
        return status
    }

    /// Help, `--version` and usage errors, as ArgumentParser words them; usage is exit 2
    /// (ArgumentParser's own EX_USAGE, 64, is not in the contract).
    private static func argumentParserStatus(for error: any Error, in context: CommandContext) -> Int32 {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { context.output.write(message + "\n") }
            return 0
        }
        if !message.isEmpty { context.error.write(message + "\n") }
        return code == .validationFailure ? FailureCategory.unusableInput.exitStatus : code.rawValue
    }
}
