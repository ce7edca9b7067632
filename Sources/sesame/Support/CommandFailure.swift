import ArgumentParser
import SesameAWS
import SesameCore

/// The contract's exit statuses (product.md: 0 ok, 1 the input or account has problems, 2 usage
/// or unreadable input, 3 AWS or network failure; 130 stopped by Ctrl-C, as shells report SIGINT): the mapping to numbers lives here and nowhere else.
extension FailureCategory {
    var exitStatus: Int32 {
        switch self {
        case .inputProblem: 1
        case .unusableInput: 2
        case .aws: 3
        case .interrupted: 130
        }
    }

    /// The contract's category of an AWS-layer failure.
    init(_ category: AWSErrorCategory) {
        switch category {
        case .userMustFix: self = .inputProblem
        case .unusableSetting: self = .unusableInput
        case .serviceOrNetwork, .noCredentials: self = .aws
        }
    }
}

/// A failure with a short message for the user, printed by `main` as `sesame: message`.
/// An empty message means the command has already reported why (lint findings, a table).
struct CommandFailure: Error {
    var category: FailureCategory
    var message: String

    init(category: FailureCategory, message: String) {
        self.category = category
        self.message = message
    }

    /// The command's report has said everything; only the exit status is left.
    static func reported(_ category: FailureCategory) -> CommandFailure {
        CommandFailure(category: category, message: "")
    }
}

extension Sesame {
    /// Runs the command line `arguments` in `context` and returns the exit status: the one
    /// place where failures become numbers and messages reach standard error.
    static func run(_ arguments: [String], in context: CommandContext) async -> Int32 {
        let preflight: CommandLinePreflight
        do {
            preflight = try CommandLinePreflight(arguments, subcommands: configuration.subcommands.map { $0._commandName })
        } catch {
            context.error.write("sesame: " + error.message.text(in: context.language(flag: nil)) + "\n")
            return FailureCategory.unusableInput.exitStatus
        }
        var context = context
        context.terminal.colorChoice = preflight.color
        var status: Int32
        do {
            let command = try parseAsRoot(preflight.arguments)
            if let command = command as? any SesameCommand {
                if let problem = command.usageProblem() {
                    throw CommandFailure(category: .unusableInput, message: problem.text(in: context.language(flag: command.languageFlag)))
                }
                try await command.run(in: context)
            } else {
                var command = command
                try command.run()
            }
            status = 0
        } catch let failure as CommandFailure {
            // Messages quote values from files and AWS: shown with control characters escaped.
            if !failure.message.isEmpty { context.error.write("sesame: \(TerminalText.sanitized(failure.message))\n") }
            status = failure.category.exitStatus
        } catch {
            status = argumentParserStatus(for: error, in: context)
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
