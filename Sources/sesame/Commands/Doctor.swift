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

        /// Identities looked at in detail (DKIM, feedback forwarding); more are only counted.
        static let detailLimit = 200

        func run(in context: CommandContext) async throws {
            let session = try aws.session(in: context, region: region)
            let chosen = try AWSOptions.regions(region.map { [$0] } ?? [], session: session)[0]
            let snapshot: AccountSnapshot
            do {
                snapshot = try await AccountReader(client: try session.sesv2(region: chosen), region: chosen).read()
            } catch {
                throw AWSFailure.commandFailure(for: error, region: chosen)
            }
            let language = context.language(flag: lang)
            let report = SesameCore.Doctor(language: language).diagnose(snapshot, recipients: recipients, sender: sender)
            switch format {
            case .json: context.output.write(report.json.serialized(pretty: true) + "\n")
            case .text: context.output.write(report.text(colors: context.terminal.outputColors))
            }
            if report.hasFailure { throw CommandFailure.reported(.inputProblem) }
        }
    }
}

/// Gathers what `doctor` judges, with the independent calls made at once.
struct AccountReader: Sendable {
    let client: SESv2Client
    let region: String

    func read() async throws -> AccountSnapshot {
        async let account = client.getAccount()
        async let summaries = client.listEmailIdentities()
        async let setNames = client.listConfigurationSets()
        let (identities, sets) = try await (details(for: summaries), destinations(for: setNames))
        let current = try await account
        let quota = current.sendQuota
        return AccountSnapshot(
            region: region, productionAccess: current.productionAccessEnabled, sendingEnabled: current.sendingEnabled,
            enforcementStatus: current.enforcementStatus, max24HourSend: quota?.max24HourSend ?? 0,
            maxSendRate: quota?.maxSendRate ?? 0, sentLast24Hours: quota?.sentLast24Hours ?? 0,
            reviewStatus: current.details?.review?.status, caseID: current.details?.review?.caseId,
            suppressedReasons: current.suppressedReasons, identities: identities, configurationSets: sets)
    }

    /// Each identity with its DKIM and feedback settings (GetEmailIdentity), eight calls at a time.
    private func details(for summaries: [EmailIdentitySummary]) async throws -> [AccountSnapshot.Identity] {
        let detailed = Array(summaries.prefix(Sesame.Doctor.detailLimit))
        var byName: [String: EmailIdentity] = [:]
        for batch in stride(from: 0, to: detailed.count, by: 8).map({ Array(detailed[$0..<min($0 + 8, detailed.count)]) }) {
            let found = await withTaskGroup(of: (String, EmailIdentity?).self) { group in
                for summary in batch {
                    group.addTask { (summary.identityName, try? await client.getEmailIdentity(summary.identityName)) }
                }
                var found: [(String, EmailIdentity?)] = []
                for await item in group { found.append(item) }
                return found
            }
            for case let (name, identity?) in found { byName[name] = identity }
        }
        return summaries.map { summary in
            let detail = byName[summary.identityName]
            return AccountSnapshot.Identity(
                type: summary.identityType ?? detail?.identityType ?? "EMAIL_ADDRESS", name: summary.identityName,
                verificationStatus: summary.verificationStatus ?? detail?.verificationStatus ?? "NOT_STARTED",
                verifiedForSending: detail?.verifiedForSendingStatus ?? (summary.sendingEnabled ?? false),
                dkimStatus: detail?.dkim?.status, dkimSigningEnabled: detail?.dkim?.signingEnabled,
                feedbackForwarding: detail?.feedbackForwardingStatus)
        }
    }

    private func destinations(for names: [String]) async throws -> [AccountSnapshot.ConfigurationSet] {
        try await withThrowingTaskGroup(of: AccountSnapshot.ConfigurationSet.self) { group in
            for name in names {
                group.addTask {
                    let destinations = try await client.getConfigurationSetEventDestinations(name)
                    return AccountSnapshot.ConfigurationSet(name: name, destinations: destinations.map { destination in
                        AccountSnapshot.EventDestination(
                            name: destination.name, enabled: destination.enabled ?? false,
                            eventTypes: destination.matchingEventTypes, kind: Self.kind(of: destination))
                    })
                }
            }
            var sets: [AccountSnapshot.ConfigurationSet] = []
            for try await set in group { sets.append(set) }
            return sets.sorted { $0.name < $1.name }
        }
    }

    private static func kind(of destination: EventDestination) -> String {
        if destination.snsTopicArn != nil { return "SNS" }
        if destination.eventBusArn != nil { return "EventBridge" }
        if destination.firehoseDeliveryStreamArn != nil { return "Firehose" }
        if destination.hasCloudWatchDestination { return "CloudWatch" }
        if destination.pinpointApplicationArn != nil { return "Pinpoint" }
        return "unknown"
    }
}
