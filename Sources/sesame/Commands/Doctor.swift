import ArgumentParser

extension Sesame {
    struct Doctor: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "doctor",
            abstract: "Diagnose why mail is not arriving."
        )

        func run() async throws {
            throw CommandFailure.notBuiltYet("doctor")
        }
    }
}
