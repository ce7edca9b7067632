import ArgumentParser
import SesameAWS
import SesameCore

extension SubmissionChannel: ArgumentEnum {}

extension Sesame {
    struct Submit: SesameCommand {
        static let configuration = CommandConfiguration(
            commandName: "submit",
            _superCommandName: Sesame.superCommandName,
            abstract: "Request production access, region by region.",
            discussion: """
            Validates and lints the profile first (errors stop it unless --force), reads each region's \
            account (GetAccount) and skips regions that already have production access or a pending \
            review (--force resubmits), shows what it will send and asks for confirmation on a terminal \
            (--yes skips; without a terminal it refuses unless --yes), then sends PutAccountDetails with \
            exactly the body `sesame render --format json` prints, and reports the new review status \
            and case id. Regions: --region (repeatable), else the profile's regions, else the configured \
            region, or every SES region of the partition with --all-regions (opt-in regions the account \
            has not enabled are skipped); they are processed at once, and one region's failure does not \
            stop the others. --accounts FILE submits in every account of the list (through its role) \
            where the request is still needed, asking once for all of them. \
            --via support opens one AWS Support case for the regions instead (needs a Business or \
            Enterprise support plan): a general technical case, since the Support API cannot file \
            the SES sending-limit request the console does; it has no SES review status, so follow \
            it in the Support Center. --dry-run prints the signed request(s), as JSON with --format json, and \
            sends nothing.

            Examples:
              sesame submit ses.yaml
              sesame submit ses.yaml --region us-east-1 --region eu-west-1 --yes
              sesame submit ses.yaml --dry-run
              sesame submit ses.yaml --via support --yes
              sesame submit ses.yaml --accounts accounts.yaml --all-regions
            """
        )

        @Argument(help: "The profile.", completion: .file(extensions: ["yaml", "yml"]))
        var file: String

        @OptionGroup var selection: RegionSelection

        @Option(help: "ses: the PutAccountDetails API; support: a general technical AWS Support case.")
        var via: SubmissionChannel = .ses

        @Flag(help: "Print the signed request(s) and send nothing.")
        var dryRun = false

        @Flag(name: .shortAndLong, help: "Do not ask for confirmation.")
        var yes = false

        @Flag(help: "Submit despite lint errors, production access, or a pending review.")
        var force = false

        @Option(help: "Output format.")
        var format: TextOrJSON = .text

        @Option(help: .languageOfMessages) var lang: Language?

        @OptionGroup var aws: AWSOptions

        var languageFlag: Language? { lang }

        func usageProblem() -> LocalizedText? {
            if let problem = selection.usageProblem { return problem }
            if dryRun, selection.accounts != nil { return UsageMessages.dryRunWithAccounts }
            return nil
        }

        func run(in context: CommandContext) async throws {
            let request = try ProfileInput.loadForSubmission(file, force: force, flag: lang, in: context)
            let language = lang.resolve(in: context, fallback: Language(request.profile.contactLanguage))
            if dryRun { return try await printDryRun(request, in: context) }
            let session = try aws.session(in: context, region: selection.seedRegion, language: language)
            let chosen = try selection.chosen(session: session, fallback: request.profile.regions, language: language)
            let progress = SubmissionProgress(writer: format == .text && context.terminal.errorIsTerminal ? context.error : nil, language: language)
            if let accounts = selection.accounts {
                let list = try AccountSessions.load(accounts, in: context)
                let submit = AccountsSubmit(list: list, regions: chosen, via: via, force: force, language: language) { targets in
                    try confirm(request.preview(accounts: targets, throughSupport: via == .support, in: language)
                        + SubmissionRequest.confirmation(regions: targets.map(\.regions.count).reduce(0, +), accounts: targets.count, in: language),
                        language: language, in: context)
                }
                let report = try await submit.run(request, session: session, progress: progress)
                if format == .json { context.writeJSON(report.json) } else { context.output.write(report.text(in: language)) }
                if let worst = report.worstFailure { throw CommandFailure.reported(worst) }
                return
            }
            let sender = SubmissionSender(session: session, progress: progress)
            var outcomes = await sender.plan(chosen, force: force)
            let toSubmit = outcomes.filter { $0.action == .pending }.map(\.region)
            if !toSubmit.isEmpty {
                try confirm(request.preview(regions: toSubmit, throughSupport: via == .support, in: language)
                    + SubmissionRequest.confirmation(regions: toSubmit, in: language), language: language, in: context)
                let pendingBefore = Set(outcomes.filter { $0.review?.status == .pending }.map(\.region))
                let submitted = switch via {
                case .ses: await sender.submitThroughSES(request, regions: toSubmit, pendingBefore: pendingBefore)
                case .support: await sender.openSupportCase(request, regions: toSubmit)
                }
                outcomes = outcomes.map { outcome in submitted.first { $0.region == outcome.region } ?? outcome }
            }
            let report = SubmissionReport(outcomes)
            if format == .json { context.writeJSON(report.json) } else { context.output.write(report.text(in: language)) }
            if let worst = report.worstFailure { throw CommandFailure.reported(worst) }
        }

        private func confirm(_ question: String, language: Language, in context: CommandContext) throws {
            try Confirmation.ask(question, skipped: yes, noTerminal: CommandMessages.noTerminalToConfirm,
                                 declined: CommandMessages.notSubmitted, language: language, in: context)
        }

        private func printDryRun(_ request: SubmissionRequest, in context: CommandContext) async throws {
            let capture = CapturingTransport()
            let language = lang.resolve(in: context, fallback: Language(request.profile.contactLanguage))
            let session = try aws.session(in: context, region: selection.seedRegion, language: language, transport: capture)
            let chosen = try selection.chosen(session: session, fallback: request.profile.regions, language: language)
            let captured = try await SubmissionSender.dryRun(request, regions: chosen, via: via, session: session, capture: capture, language: language)
            if format == .json {
                context.writeJSON(DryRunJSON.document(captured))
            } else {
                for request in captured {
                    context.output.write(TerminalText.sanitizedLines(
                        HTTPExchange(attempt: 1, request: request, response: nil, transportError: nil).description) + "\n")
                }
            }
            context.error.write("sesame: " + CommandMessages.dryRunSentNothing.text(in: language) + "\n")
        }
    }
}
