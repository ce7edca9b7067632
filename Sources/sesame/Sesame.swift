import ArgumentParser

@main
struct Sesame: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sesame",
        abstract: "Get an AWS account out of the Amazon SES sandbox."
    )
}
