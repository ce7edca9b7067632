import ArgumentParser

extension Sesame {
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show sandbox, quota and review status, region by region."
        )

        func run() async throws {
            throw CommandFailure.notBuiltYet("status")
        }
    }
}
