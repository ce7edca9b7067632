import ArgumentParser
import SesameCore

extension Sesame {
    struct Init: SesameCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Write a profile by answering questions, one at a time.",
            discussion: """
            Asks everything the request needs, explaining why AWS asks it, with an example answer.
            Each answer is checked as it is given, free-text answers get the reviewer's advice at once,
            and a draft is saved after every answer: stop with Ctrl-C or EOF and run `sesame init`
            again to resume. On a terminal, pick lists use the arrow keys and `:e` opens $VISUAL or
            $EDITOR; with piped input every answer is one line.

            Examples:
              sesame init
              sesame init --output ses-profile.yaml --lang ja
              sesame init --output p.yaml < answers.txt
            """
        )

        @Option(name: .shortAndLong, help: "Where to write the profile.", completion: .file(extensions: ["yaml", "yml"]))
        var output = "sesame.yaml"

        @Option(help: "Language of the questions and of the request (default: from the locale).")
        var lang: Language?

        @Flag(help: "Overwrite the output file without asking.")
        var force = false

        func run(in context: CommandContext) async throws {
            let environment = context.environment
            let language = context.language(flag: lang)
            let console = TerminalConsole(context: context)
            var defaults = ["contact_language": language == .ja ? "JA" : "EN"]
            if let region = [environment["AWS_REGION"], environment["AWS_DEFAULT_REGION"]].compactMap({ $0 }).first(where: { !$0.isBlank }) {
                defaults["regions"] = region
            }
            let wizard = Wizard(console: console, language: language, outputPath: output, force: force,
                                advisor: LintAdvisor(), defaults: defaults, fileSystem: context.fileSystem)
            TerminalState.interruptMessage = Array("\nsesame: stopped; your answers are saved in \(wizard.draftPath). Run `sesame init` again to resume.\n".utf8)
            switch try wizard.run() {
            case .written:
                return
            case .interrupted, .declinedOverwrite:
                throw CommandFailure.reported(.inputProblem)
            }
        }
    }
}
