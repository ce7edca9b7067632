import ArgumentParser
import SesameAWS
import SesameCore

extension Sesame {
    struct Doctor: SesameCommand {
        static let configuration = CommandConfiguration(
            commandName: "doctor",
            abstract: "Diagnose why mail is not arriving.",
            discussion: """
            Checks one region in one run — sandbox, sending, the production-access review, every
            identity and its verification, DKIM, the account-level suppression list, where bounce and
            complaint notifications go, the quota — and, for each --to, whether SES would accept mail
            to that address right now; with --from, whether the sender is verified and DKIM-signed.
            Each finding says what to do next. Exit status 1 when a check fails.

            Examples:
              sesame doctor --region eu-west-1 --to someone@example.com
              sesame doctor --from news@example.org --lang ja --format json
            """
        )

        @Option(help: "The region to diagnose (default: the configured region).")
        var region: String?

        @Option(name: .customLong("to"), help: ArgumentHelp("A recipient to check (repeatable).", valueName: "address"))
        var recipients: [String] = []

        @Option(name: .customLong("from"), help: ArgumentHelp("The sender address to check.", valueName: "address"))
        var sender: String?

        @Option(help: "Language of the findings (default: from the locale).")
        var lang: Language?

        @Option(help: "Output format.")
        var format: TextOrJSON = .text

        @OptionGroup var aws: AWSOptions

        func run(in context: CommandContext) async throws {
            let session = try aws.session(in: context, region: region)
            let chosen = try AWSOptions.regions(region.map { [$0] } ?? [], session: session)[0]
            let snapshot: AccountSnapshot
            do {
                snapshot = try await AccountReader(client: try session.sesv2(region: chosen), region: chosen)
                    .read(recipients: recipients)
            } catch {
                throw AWSFailure.commandFailure(for: error, region: chosen)
            }
            let language = context.language(flag: lang)
            let report = SesameCore.Doctor(language: language).diagnose(snapshot, recipients: recipients, sender: sender)
            switch format {
            case .json: context.writeJSON(report.json)
            case .text: context.output.write(report.text(colors: context.terminal.outputColors))
            }
            if report.hasFailure { throw CommandFailure.reported(.inputProblem) }
        }
    }
}
