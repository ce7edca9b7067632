import ArgumentParser
import SesameAWS
import SesameCore

extension Sesame {
    struct Status: SesameCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show sandbox, quota and review status, region by region.",
            discussion: """
            Reads GetAccount in every region at once. Regions: --region (repeatable), else the
            configured region (AWS_REGION, AWS_DEFAULT_REGION, the profile).

            Examples:
              sesame status --region us-east-1 --region eu-west-1
              sesame status --profile prod --format json
            """
        )

        @Option(name: .customLong("region"), help: ArgumentHelp("A region to show (repeatable).", valueName: "region"))
        var regions: [String] = []

        @Flag(help: "Every SES region of the partition; opt-in regions the account has not enabled are shown as such.")
        var allRegions = false

        @Option(help: ArgumentHelp("A YAML list of accounts (id, role, regions) to show, each through its role.", valueName: "file"),
                completion: .file(extensions: ["yaml", "yml"]))
        var accounts: String?

        @Flag(help: "Wait until each region's review leaves PENDING: exit 0 all GRANTED, 1 any DENIED, 3 on AWS failure.")
        var watch = false

        @Option(help: ArgumentHelp("With --watch: seconds between reads of a region (±10% jitter, at least 1; default 180).", valueName: "seconds"))
        var interval: Double?

        @Option(help: ArgumentHelp("With --watch: stop waiting after this many seconds (exit 1 while still pending).", valueName: "seconds"))
        var timeout: Double?

        @Option(help: "Output format.")
        var format: TextOrJSON = .text

        @OptionGroup var aws: AWSOptions

        func validate() throws {
            if allRegions, !regions.isEmpty { throw ValidationError("--all-regions and --region exclude each other.") }
            if !watch, interval != nil || timeout != nil { throw ValidationError("--interval and --timeout are used with --watch.") }
            if watch, accounts != nil { throw ValidationError("--watch follows the regions of one account; run it without --accounts.") }
            if let interval, PollSchedule(interval: interval) == nil {
                throw ValidationError("--interval must be at least \(Int(PollSchedule.minimumInterval)) second: SES allows one account read a second.")
            }
            if let timeout, !(timeout > 0 && timeout.isFinite) { throw ValidationError("--timeout must be a positive number of seconds.") }
        }

        func run(in context: CommandContext) async throws {
            let session = try aws.session(in: context, region: regions.first)
            let chosen = allRegions ? SESRegions.partition(of: (try? session.region()) ?? "us-east-1")
                : try AWSOptions.regions(regions, session: session)
            if let accounts {
                try await AccountsStatus(list: try AccountsStatus.load(accounts, in: context), regions: chosen, allRegions: allRegions)
                    .run(session: session, format: format, in: context)
                return
            }
            if watch {
                try await runWatch(session: session, regions: chosen, in: context)
                return
            }
            let results = await forEachRegion(chosen) { region in await RegionStatus.read(region, with: session) }
            switch format {
            case .json: context.output.write(RegionStatus.json(results).serialized(pretty: true) + "\n")
            case .text: context.output.write(RegionStatus.table(results))
            }
            try RegionStatus.reportFailures(results, in: context)
        }

        private func runWatch(session: AWSSession, regions: [String], in context: CommandContext) async throws {
            let language = context.language(flag: nil)
            let watcher = StatusWatch(session: session, regions: regions, schedule: PollSchedule(interval: interval ?? PollSchedule.defaultInterval)!,
                                      timeout: timeout, language: language, context: context, shows: format == .text)
            let (accounts, waits, stopped) = await watcher.run()
            if format == .json {
                let results = zip(regions, waits).map { region, wait -> RegionStatus in
                    if let account = accounts[region] { return .account(region, account) }
                    if case let .unavailable(message, _) = wait { return .unreadable(region, message) }
                    return .unreadable(region, "no answer")
                }
                context.output.write(RegionStatus.json(results).serialized(pretty: true) + "\n")
            }
            switch stopped {
            case .timedOut?: context.error.write("sesame: \(WatchMessages.timedOut(Language.en.format(count: timeout ?? 0)).text(in: language))\n")
            case .interrupted?:
                context.error.write("sesame: \(WatchMessages.interrupted.text(in: language))\n")
                throw ExitCode(130)
            case .settled?, nil: break
            }
            let status = RegionWait.exitStatus(waits)
            if status != 0 { throw ExitCode(status) }
        }
    }
}

/// One region's answer to GetAccount, or why there is none.
enum RegionStatus: Sendable {
    case account(String, SESAccount)
    case failed(String, any Error)
    /// An opt-in region the account has not enabled (AWS does not recognise its credentials there).
    case notEnabled(String)
    /// A region `status --watch` could not read, with the message it printed.
    case unreadable(String, String)

    var error: (any Error)? {
        if case let .failed(_, error) = self { return error }
        return nil
    }

    /// GetAccount in `region`; an opt-in region that answers as AWS answers where it is not enabled is `notEnabled`.
    static func read(_ region: String, with session: AWSSession) async -> RegionStatus {
        do {
            return .account(region, try await session.sesv2(region: region).getAccount())
        } catch let error as AWSServiceError
            where SESRegions.optIn.contains(region) && ["UnrecognizedClientException", "InvalidClientTokenId"].contains(error.code) {
            return .notEnabled(region)
        } catch {
            return .failed(region, error)
        }
    }

    /// Each failed region on standard error, and the worst failure's exit status.
    static func reportFailures(_ results: [RegionStatus], in context: CommandContext, prefix: String = "") throws {
        let failures = results.compactMap(\.error)
        guard let worst = failures.map(AWSFailure.category(for:)).max() else { return }
        for case let .failed(region, error) in results {
            context.error.write("sesame: \(prefix)\(region): \(AWSFailure.message(for: error))\n")
        }
        throw CommandFailure.reported(worst)
    }

    var region: String {
        switch self {
        case let .account(region, _), let .failed(region, _), let .notEnabled(region), let .unreadable(region, _): region
        }
    }

    /// `{"regions":[…]}` as product.md describes it; a failed region carries `"error"`.
    static func json(_ results: [RegionStatus]) -> JSONValue {
        .object([("regions", .array(results.map { result in
            switch result {
            case let .account(region, account):
                let quota = account.sendQuota
                return .object([
                    ("region", .string(region)),
                    ("production_access", .bool(account.productionAccessEnabled)),
                    ("sending_enabled", .bool(account.sendingEnabled)),
                    ("max_24_hour_send", .double(quota?.max24HourSend ?? 0)),
                    ("max_send_rate", .double(quota?.maxSendRate ?? 0)),
                    ("sent_last_24_hours", .double(quota?.sentLast24Hours ?? 0)),
                    ("enforcement_status", account.enforcementStatus.map(JSONValue.string) ?? .null),
                    ("review", review(account)),
                ])
            case let .failed(region, error):
                return .object([("region", .string(region)), ("error", .string(AWSFailure.message(for: error)))])
            case let .unreadable(region, message):
                return .object([("region", .string(region)), ("error", .string(message))])
            case let .notEnabled(region):
                return .object([("region", .string(region)), ("enabled", .bool(false))])
            }
        }))])
    }

    static func review(_ account: SESAccount) -> JSONValue {
        guard let review = account.details?.review, review.status != nil || review.caseId != nil else { return .null }
        return .object([
            ("status", review.status.map(JSONValue.string) ?? .null),
            ("case_id", review.caseId.map(JSONValue.string) ?? .null),
        ])
    }

    /// An aligned table, one row a region.
    static func table(_ results: [RegionStatus]) -> String {
        var rows = [["REGION", "ACCESS", "SENDING", "QUOTA/24H", "RATE/S", "SENT/24H", "ENFORCEMENT", "REVIEW"]]
        for result in results {
            switch result {
            case let .account(region, account):
                let quota = account.sendQuota
                var review = account.details?.review?.status ?? "—"
                if let caseId = account.details?.review?.caseId { review += " (case \(caseId))" }
                rows.append([
                    region, account.productionAccessEnabled ? "production" : "sandbox", account.sendingEnabled ? "enabled" : "PAUSED",
                    number(quota?.max24HourSend), number(quota?.maxSendRate), number(quota?.sentLast24Hours),
                    account.enforcementStatus ?? "—", review,
                ])
            case let .failed(region, _), let .unreadable(region, _):
                rows.append([region, "error", "", "", "", "", "", "see below"])
            case let .notEnabled(region):
                rows.append([region, "not enabled", "", "", "", "", "", "opt-in region"])
            }
        }
        return aligned(rows)
    }

    /// Rows as columns two spaces apart, the first row the header.
    static func aligned(_ rows: [[String]]) -> String {
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).map { $0.padding(toLength: $1) }.joined(separator: "  ").trimmed
        }.joined(separator: "\n") + "\n"
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "—" }
        return Language.en.format(count: value)
    }
}

extension String {
    /// The string padded with spaces to `length` characters.
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
