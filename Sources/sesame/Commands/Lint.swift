import ArgumentParser
import SesameCore

extension MailType: ArgumentEnum {}
extension DraftKind: ArgumentEnum {}
extension StandardInputKind: ArgumentEnum {}

extension Sesame {
    struct Lint: LocalCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            _superCommandName: Sesame.superCommandName,
            abstract: "Review a profile or a hand-written draft the way an SES reviewer would.",
            discussion: """
            FILE is a YAML profile (.yaml/.yml: each use_case answer and the rendered whole are checked) \
            or a draft as plain text (any other extension), in English, Japanese or both. - reads \
            standard input: a profile when it has a top-level `use_case:` key, else a draft \
            (--stdin-kind chooses). Settings come from --disable, a .sesame-lint.yaml in the current folder \
            (or --config), and a profile's own `lint:` section. In a plain draft, a line containing \
            `sesame-lint: disable RULE` silences that rule for the file (remove it before pasting). \
            A draft whose opening lines thank the reviewer or answer their questions is read as a \
            reply on the support case (no 5000-character limit; judged on the four questions); \
            --kind chooses. Exit status: 0 no errors, 1 errors, 2 a file cannot be read.

            Examples:
              sesame lint examples/newsletter-marketing.yaml
              sesame lint draft.txt --mail-type MARKETING
              sesame lint answer-to-reviewer.txt --kind reply
              pbpaste | sesame lint - --format json
              cat ses/profile.yaml | sesame lint - --stdin-kind profile
              sesame lint --list-rules --format json
              sesame lint ses/profile.yaml --format github
              sesame lint ses/profile.yaml --format gitlab > gl-code-quality-report.json
              sesame lint --list-rules
            """
        )

        @Argument(help: "Profiles or drafts (`-` reads standard input).", completion: .file())
        var files: [String] = []

        @Option(help: "Output format.")
        var format: ReportFormat = .text

        @Option(name: .customLong("mail-type"), help: "The mail type a plain draft is for (default: inferred from the text).")
        var mailType: MailType?

        @Option(help: "What a plain draft is: request or reply (default: a reply when its opening lines answer the reviewer).")
        var kind: DraftKind?

        @Option(name: .customLong("disable"), help: ArgumentHelp("A rule to switch off (repeatable).", valueName: "rule"))
        var disabled: [String] = []

        @Option(name: .customLong("stdin-kind"), help: "What `-` reads: profile or draft (default: a profile when it has a top-level use_case: key).")
        var standardInputKind: StandardInputKind?

        @Option(help: "Lint settings file (default: ./.sesame-lint.yaml when present).", completion: .file(extensions: ["yaml"]))
        var config: String?

        @Flag(help: "List the rules and exit.")
        var listRules = false

        @Option(help: .languageOfMessages) var lang: Language?

        func validate() throws {
            if !disabled.isEmpty, let first = Linter().unknownRuleIDs(disabled).first { throw ValidationError("--disable: \(first.message). `sesame lint --list-rules` lists them.") }
        }

        func run(in context: CommandContext) throws {
            let catalogue = RuleCatalogue.standard
            let asked = lang.explicit(in: context)
            if listRules {
                context.output.write(format == .json ? RuleListJSON.render(catalogue.metadata) : catalogue.listText(in: asked ?? .en))
                return
            }
            // Checked here rather than in validate(), which ArgumentParser runs before it reports an unknown option.
            if files.isEmpty { throw CommandFailure(category: .unusableInput, message: CommandMessages.nothingToLint.text(in: lang.resolve(in: context))) }
            var reports: [FileReport] = []
            var linter = FileLinter(catalogue: catalogue, settings: LintSettings(disabled: disabled), mailType: mailType, kind: kind,
                                    fileSystem: context.fileSystem, language: asked, renderedLength: RequestRenderer.useCaseLength)
            if let configuration = try loadConfiguration(context.fileSystem, language: asked ?? .en) {
                linter.settings = configuration.settings.merging(linter.settings)
                if !configuration.diagnostics.isEmpty {
                    reports.append(FileReport(path: configuration.path, diagnostics: configuration.diagnostics))
                }
            }
            var unusable = false
            for path in files {
                let outcome = linter.lint(path: path, standardInput: standardInputKind)
                if let failure = outcome.failure {
                    unusable = true
                    if outcome.report.diagnostics.isEmpty { context.error.write("sesame: \(failure)\n") }
                }
                if format == .text { for note in outcome.notes { context.error.write("sesame: \(note)\n") } }
                reports.append(outcome.report)
            }
            context.output.write(format.render(reports, rules: catalogue.metadata, toolVersion: Sesame.version,
                                               colors: context.terminal.outputColors, language: asked ?? .en))
            if unusable { throw CommandFailure.reported(.unusableInput) }
            if ReportSummary(reports).errors > 0 { throw CommandFailure.reported(.inputProblem) }
        }

        private func loadConfiguration(_ fileSystem: any FileSystem, language: Language) throws -> LintConfiguration? {
            let path = config ?? LintConfiguration.fileName
            guard config != nil || fileSystem.exists(path) else { return nil }
            do {
                return try LintConfiguration.load(path: path, from: fileSystem, language: language)
            } catch {
                throw CommandFailure(category: .unusableInput, message: error.message(in: language))
            }
        }
    }
}
