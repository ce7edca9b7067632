import ArgumentParser
import SesameAWS
import SesameCore

extension Sesame {
    struct Status: SesameCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            _superCommandName: Sesame.superCommandName,
            abstract: "Show sandbox, quota and review status, region by region.",
            discussion: """
            Reads GetAccount in every region at once. Regions: --region (repeatable), else the \
            configured region (AWS_REGION, AWS_DEFAULT_REGION, the profile).

            Examples:
              sesame status --region us-east-1 --region eu-west-1
              sesame status --profile prod --format json
            """
        )

        @OptionGroup var selection: RegionSelection

        @Flag(help: "Wait until each region's review leaves PENDING: exit 0 all GRANTED, 1 any DENIED, 3 on AWS failure.")
        var watch = false

        @Option(help: ArgumentHelp("With --watch: seconds between reads of a region (±10% jitter, at least 1; default 180).", valueName: "seconds"))
        var interval: Double?

        @Option(help: ArgumentHelp("With --watch: stop waiting after this many seconds (exit 1 while still pending).", valueName: "seconds"))
        var timeout: Double?

        @Option(help: "Output format.")
        var format: TextOrJSON = .text

        @Option(help: .languageOfMessages) var lang: Language?

        @OptionGroup var aws: AWSOptions

        var languageFlag: Language? { lang }

        func usageProblem() -> LocalizedText? {
            if let problem = selection.usageProblem { return problem }
            if !watch, interval != nil || timeout != nil { return UsageMessages.watchOptionsWithoutWatch }
            if let interval, PollSchedule(interval: interval) == nil { return UsageMessages.intervalTooShort(Int(PollSchedule.minimumInterval)) }
            if let timeout, !(timeout > 0 && timeout.isFinite) { return UsageMessages.timeoutNotPositive }
            return nil
        }

        func run(in context: CommandContext) async throws {
            let language = lang.resolve(in: context)
            let session = try aws.session(in: context, region: selection.seedRegion, language: language)
            let chosen = try selection.chosen(session: session, language: language)
            let list = try selection.accounts.map { try AccountSessions.load($0, in: context) }
            if watch { return try await runWatch(session: session, regions: chosen, accounts: list, in: context) }
            if let list {
                return try await AccountsStatus(list: list, regions: chosen).run(session: session, format: format, language: language, in: context)
            }
            let report = StatusReport(await forEachRegion(chosen) { region in await Self.read(region, with: session, language: language) })
            switch format {
            case .json: context.writeJSON(report.json)
            case .text: context.output.write(report.table(in: language))
            }
            try Self.reportFailures(report, in: context)
        }

        /// GetAccount in `region`; an opt-in region answering as AWS does where the account has
        /// not enabled it (the credentials are not recognised there) is `notEnabled`.
        static func read(_ region: String, with session: AWSSession, language: Language) async -> StatusReport.Row {
            do {
                return .account(region, try await session.sesv2(region: region).accountStatus())
            } catch where AWSFailure.isRegionNotEnabled(error, region: region) {
                return .notEnabled(region)
            } catch {
                return .failed(region, AWSFailure.reported(error, in: language))
            }
        }

        /// Each region that could not be read, on standard error; the worst failure decides the exit.
        static func reportFailures(_ report: StatusReport, in context: CommandContext, prefix: String = "") throws {
            let failures = report.failures
            guard let worst = failures.map(\.failure.category).max() else { return }
            for (region, failure) in failures { context.error.write("sesame: \(prefix)\(region): \(failure.message)\n") }
            throw CommandFailure.reported(worst)
        }
    }
}
