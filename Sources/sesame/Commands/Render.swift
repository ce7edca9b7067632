import ArgumentParser

extension Sesame {
    struct Render: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "Render the production-access request from a profile."
        )

        func run() async throws {
            throw CommandFailure.notBuiltYet("render")
        }
    }
}
