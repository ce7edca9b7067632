import ArgumentParser
import SesameCore

extension Sesame {
    struct Validate: LocalCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            _superCommandName: Sesame.superCommandName,
            abstract: "Check profiles for completeness and the API's limits.",
            discussion: """
            Every problem is reported as `path:line:column: error: message [check]`, all of them in one run. \
            Exit status: 0 valid, 1 problems to fix, 2 a file cannot be read or is not YAML.

            Example:
              sesame validate examples/saas-transactional.yaml examples/newsletter-marketing.yaml
              sesame validate --format json profile.yaml
              sesame validate ses/profile.yaml --format gitlab > gl-code-quality-report.json
            """
        )

        @Argument(help: "Profiles to check (`-` reads standard input).", completion: .file(extensions: ["yaml", "yml"]))
        var files: [String]

        @Option(help: "Output format.")
        var format: ValidationFormat = .text

        @Option(help: .languageOfMessages) var lang: Language?

        func run(in context: CommandContext) throws {
            let language = lang.resolve(in: context)
            var reports: [FileReport] = []
            var unusable = false
            for path in files {
                do {
                    let document = try ProfileLoader.load(path: path, language: language)
                    reports.append(FileReport(path: path, diagnostics: document.diagnostics))
                } catch {
                    unusable = true
                    let diagnostics = error.diagnostic(in: language).map { [$0] } ?? []
                    if diagnostics.isEmpty { context.error.write("sesame: \(error.message(in: language))\n") }
                    reports.append(FileReport(path: path, diagnostics: diagnostics, failure: error.message(in: language)))
                }
            }
            ReportPrinter.print(reports, format: format, language: language, in: context)
            if unusable { throw CommandFailure.reported(.unusableInput) }
            if ReportSummary(reports).errors > 0 { throw CommandFailure.reported(.inputProblem) }
        }
    }
}
