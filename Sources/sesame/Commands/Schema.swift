import ArgumentParser

extension Sesame {
    struct Schema: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Print the JSON Schema of the profile, for editors."
        )

        func run() async throws {
            throw CommandFailure.notBuiltYet("schema")
        }
    }
}
