import ArgumentParser
import SesameCore

extension Sesame {
    struct Init: SesameCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            _superCommandName: Sesame.superCommandName,
            abstract: "Write a profile by answering questions, one at a time.",
            discussion: """
            Asks everything the request needs, explaining why AWS asks it, with an example \
            answer. Each answer is checked as it is given, free-text answers get the reviewer's \
            advice at once, and a draft is saved after every answer: stop with Ctrl-C or EOF and \
            run the command it names to resume. On a terminal, pick lists use the arrow keys, \
            ↑ on an empty line or `:b` goes back a question, answers are edited as in a shell, \
            Ctrl-Z suspends, `:e` opens $VISUAL or $EDITOR, and a last screen writes \
            the profile, edits an answer or cancels; with piped input every answer is one line, \
            in the order the questions are asked, and lint advice is shown without waiting for \
            a reply.

            --from FILE takes a profile, complete or partial, as the answers: on a terminal only \
            what it leaves out or answers invalidly is asked, its values offered as defaults; \
            without a terminal nothing is asked, and the profile is written when the file is \
            complete and valid, else every missing or invalid answer is listed as \
            path:line:column (exit 1). --edit FILE does the same and writes the result back to \
            FILE.

            Examples:
              sesame init
              sesame init --output ses-profile.yaml --lang ja
              sesame init --output p.yaml < answers.txt
              sesame init --from partial.yaml --output ses.yaml
              sesame init --edit ses.yaml
            """
        )

        @Option(name: .shortAndLong, help: "Where to write the profile (default: sesame.yaml).", completion: .file(extensions: ["yaml", "yml"]))
        var output: String?

        @Option(help: "A profile, complete or partial, to take the answers from.", completion: .file(extensions: ["yaml", "yml"]))
        var from: String?

        @Option(help: "A profile to complete or correct in place (--from FILE --output FILE --force).", completion: .file(extensions: ["yaml", "yml"]))
        var edit: String?

        @Option(help: "Language of the questions and of the request (default: from the locale).")
        var lang: Language?

        @Flag(help: "Overwrite the output file without asking.")
        var force = false

        func run(in context: CommandContext) async throws {
            let environment = context.environment
            let language = context.language(flag: lang)
            let console = TerminalConsole(context: context)
            if edit != nil, from != nil || output != nil {
                throw CommandFailure(category: .unusableInput, message: CommandMessages.editNamesBothFiles.text(in: language))
            }
            let output = edit ?? self.output ?? "sesame.yaml"
            if let problem = Self.outputProblem(output) { throw CommandFailure(category: .unusableInput, message: problem.text(in: language)) }
            let answersFile = try (edit ?? from).map { try loadAnswers($0, interactive: console.isInteractive, in: context) }
            var defaults = [ProfileKey.contactLanguage.path: language == .ja ? "JA" : "EN"]
            // A region set in the environment is the default; else, in Japanese, Tokyo.
            if let region = [environment["AWS_REGION"], environment["AWS_DEFAULT_REGION"]].compactMap({ $0 }).first(where: { !$0.isBlank }) {
                defaults[ProfileKey.regions.path] = region
            } else if language == .ja {
                defaults[ProfileKey.regions.path] = "ap-northeast-1"
            }
            let resume = Self.resumeCommand(output: output, isDefault: edit == nil && self.output == nil, language: lang, edit: edit != nil)
            let wizard = Wizard(console: console, language: language, outputPath: output, force: force || edit != nil,
                                advisor: LintAdvisor(), defaults: defaults, fileSystem: context.fileSystem,
                                answersFile: answersFile, resumeCommand: resume)
            let lock = try takeLock(for: output, in: context)
            defer {
                lock.release()
                TerminalState.keepOnInterrupt(lock.path)
            }
            let outcome: WizardOutcome
            do {
                outcome = try console.holdingTerminal { try wizard.run() }
            } catch let error as FileError {
                throw CommandFailure(category: .unusableInput, message: CommandMessages.cannotWrite(error.path, error.reason.text(in: language)).text(in: language))
            }
            guard case .written = outcome else { throw CommandFailure.reported(.inputProblem) }
        }

        /// The profile given as the answers. Without a terminal nothing can be asked, so an
        /// incomplete or invalid one is refused here with every problem at its path:line:column.
        private func loadAnswers(_ path: String, interactive: Bool, in context: CommandContext) throws -> ProfileDocument {
            let document: ProfileDocument
            let language = context.language(flag: lang)
            do {
                document = try ProfileLoader.load(path: path, language: language)
            } catch {
                throw CommandFailure(category: .unusableInput, message: error.message(in: language))
            }
            let problems = document.answerProblems(language: language)
            guard interactive || problems.isEmpty else {
                let reporter = TextReporter(colors: context.terminal.errorColors)
                for diagnostic in problems { context.error.write(reporter.line(for: diagnostic) + "\n") }
                throw CommandFailure(category: .inputProblem,
                                     message: CommandMessages.answersIncomplete(path).text(in: context.language(flag: lang)))
            }
            return document
        }
    }
}
