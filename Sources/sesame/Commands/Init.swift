import ArgumentParser

extension Sesame {
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Write a profile by answering questions, one at a time."
        )

        func run() async throws {
            throw CommandFailure.notBuiltYet("init")
        }
    }
}
