import ArgumentParser

extension Sesame {
    struct Lint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Review a profile or a hand-written draft the way an SES reviewer would."
        )

        func run() async throws {
            throw CommandFailure.notBuiltYet("lint")
        }
    }
}
