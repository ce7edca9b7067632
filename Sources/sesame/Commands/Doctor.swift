import ArgumentParser
import SesameAWS
import SesameCore

extension Sesame {
    struct Doctor: SesameCommand {
        static let configuration = CommandConfiguration(
            commandName: "doctor",
            _superCommandName: Sesame.superCommandName,
            abstract: "Diagnose why mail is not arriving.",
            discussion: """
            Checks one region in one run — sandbox, sending, the production-access review, every \
            identity and its verification, DKIM, the account-level suppression list, where bounce and \
            complaint notifications go, the quota — and, for each --to, whether SES would accept mail \
            to that address right now; with --from, whether the sender is verified and DKIM-signed. \
            Each finding says what to do next. --all-regions checks every SES region of the partition at \
            once. Exit status 1 when a check fails.

            Examples:
              sesame doctor --region eu-west-1 --to someone@example.com
              sesame doctor --from news@example.org --lang ja --format json
              sesame doctor --all-regions --to someone@example.com
            """
        )

        @Option(help: "The region to diagnose (default: the configured region).")
        var region: String?

        @Flag(help: "Every SES region of the partition, at once; opt-in regions the account has not enabled are shown as such.")
        var allRegions = false

        @Option(name: .customLong("to"), help: ArgumentHelp("A recipient to check (repeatable).", valueName: "address"))
        var recipients: [String] = []

        @Option(name: .customLong("from"), help: ArgumentHelp("The sender address to check.", valueName: "address"))
        var sender: String?

        @Option(help: "Language of the findings (default: from the locale).")
        var lang: Language?

        @Option(help: "Output format.")
        var format: TextOrJSON = .text

        @OptionGroup var aws: AWSOptions

        var languageFlag: Language? { lang }

        func usageProblem() -> LocalizedText? {
            allRegions && region != nil ? UsageMessages.allRegionsOrRegion : nil
        }

        func run(in context: CommandContext) async throws {
            let language = context.language(flag: lang)
            let session = try aws.session(in: context, region: region, language: language)
            let doctor = SesameCore.Doctor(language: language)
            if allRegions {
                // A region's reader has about four calls in flight: regions a quarter of `concurrentCalls` at a time.
                let report = DoctorRegionsReport(await concurrentMap(AWSOptions.allRegions(session: session), limit: concurrentCalls / 4) { region in
                    do {
                        let snapshot = try await AccountReader(client: try session.sesv2(region: region), region: region, language: language).read(recipients: recipients)
                        return .diagnosed(doctor.diagnose(snapshot, recipients: recipients, sender: sender))
                    } catch where AWSFailure.isRegionNotEnabled(error, region: region) {
                        return .notEnabled(region)
                    } catch {
                        return .failed(region, AWSFailure.reported(error, in: language))
                    }
                })
                if format == .json { context.writeJSON(report.json) }
                else { context.output.write(report.text(colors: context.terminal.outputColors, language: language)) }
                if let worst = report.failures.map(\.failure.category).max() { throw CommandFailure.reported(worst) }
                if report.hasFailure { throw CommandFailure.reported(.inputProblem) }
                return
            }
            let chosen = try AWSOptions.regions(region.map { [$0] } ?? [], session: session, language: language)[0]
            let snapshot: AccountSnapshot
            do {
                snapshot = try await AccountReader(client: try session.sesv2(region: chosen), region: chosen, language: language)
                    .read(recipients: recipients)
            } catch {
                throw AWSFailure.commandFailure(for: error, region: chosen, in: language)
            }
            let report = doctor.diagnose(snapshot, recipients: recipients, sender: sender)
            switch format {
            case .json: context.writeJSON(report.json)
            case .text: context.output.write(report.text(colors: context.terminal.outputColors))
            }
            if report.hasFailure { throw CommandFailure.reported(.inputProblem) }
        }
    }
}
