import ArgumentParser

extension Sesame {
    struct Submit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "submit",
            abstract: "Request production access, region by region."
        )

        func run() async throws {
            throw CommandFailure.notBuiltYet("submit")
        }
    }
}
