import ArgumentParser
import SesameCore
#if canImport(Glibc)
import Glibc
#endif

/// The root command: declares the command tree and maps failures to the exit statuses
/// of the contract (0 ok, 1 the input or account has problems, 2 usage or unreadable input,
/// 3 AWS or network failure).
@main
struct Sesame: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "sesame",
        abstract: "Get an AWS account out of the Amazon SES sandbox, and find out why mail is not arriving.",
        discussion: """
        Start with `sesame init` to write a profile, then `sesame lint` and `sesame submit` it.
        """,
        version: version,
        subcommands: [
            Init.self, Validate.self, Lint.self, Render.self, Submit.self, Status.self, Doctor.self, Schema.self,
        ]
    )

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            Terminal.standardError.write("sesame: \(TerminalText.sanitized(failure.message))\n")
            Glibc.exit(failure.category.exitStatus)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Glibc.exit(0)
            }
            if !message.isEmpty { Terminal.standardError.write(message + "\n") }
            // ArgumentParser's usage errors exit 64 (EX_USAGE); the contract says 2.
            Glibc.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
