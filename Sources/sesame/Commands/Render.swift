import ArgumentParser
import SesameCore

extension Sesame {
    struct Render: LocalCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            _superCommandName: Sesame.superCommandName,
            abstract: "Render the production-access request from a profile.",
            discussion: """
            Prints the use-case description a reviewer reads, or with --format json exactly the \
            PutAccountDetails body that `sesame submit` sends. The description must fit in 5000 \
            characters; over it, render exits 1 and names the longest answers. Nothing is truncated.

            Examples:
              sesame render examples/saas-transactional.yaml
              sesame render examples/ja-transactional.yaml --lang en
              sesame render profile.yaml --format json
              sesame render profile.yaml --template my-request.mustache
            """
        )

        @Argument(help: "The profile.", completion: .file(extensions: ["yaml", "yml"]))
        var file: String

        @Option(help: "Language of the description (default: the profile's contact_language).")
        var lang: Language?

        @Option(help: "Your own Mustache template over the documented variables.", completion: .file(extensions: ["mustache"]))
        var template: String?

        @Option(help: "text: the description; json: the PutAccountDetails request body.")
        var format: TextOrJSON = .text

        func run(in context: CommandContext) throws {
            let (document, profile) = try ProfileInput.loadValid(file, flag: lang, in: context)
            let language = lang ?? Language(profile.contactLanguage)
            let messages = context.language(flag: lang, fallback: language)
            if let written = Language(writtenIn: profile.useCase), written != language {
                let note = RenderMessages.mixedLanguages(file, written: written, headings: language).text(in: messages)
                context.error.write("sesame: \(note)\n")
            }
            let description: String
            do {
                let custom = try template.map { path throws(RenderError) in try RequestTemplate.load(path: path) }
                description = try RequestRenderer.useCaseDescription(for: profile, language: language, template: custom)
            } catch {
                throw ProfileInput.failure(error, document: document, language: messages)
            }
            switch format {
            case .text:
                context.output.write(description + "\n")
            case .json:
                let body = AccountDetailsRequest.bytes(for: profile, useCaseDescription: description)
                context.output.write(String(decoding: body, as: UTF8.self) + "\n")
            }
        }
    }
}
