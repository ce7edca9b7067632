import ArgumentParser

extension Sesame {
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check profiles for completeness and the API's limits."
        )

        func run() async throws {
            throw CommandFailure.notBuiltYet("validate")
        }
    }
}
