import SesameAWS
import SesameCore

/// Gathers what `doctor` judges, with the independent calls made at once.
struct AccountReader: Sendable {
    let client: SESv2Client
    let region: String

    /// Identities looked at in detail (DKIM, feedback forwarding); more are only counted.
    static let detailLimit = 200

    /// The account as `doctor` judges it; each of `recipients` is also looked up on the
    /// account-level suppression list.
    func read(recipients: [String] = []) async throws -> AccountSnapshot {
        async let suppression = suppressionLookups(recipients)
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
            suppressedReasons: current.suppressedReasons, identities: identities, configurationSets: sets,
            recipientSuppression: await suppression)
    }

    /// Each recipient on the account-level suppression list (`GetSuppressedDestination`),
    /// eight lookups at a time; a lookup that fails after retries is "unknown", never "not listed".
    private func suppressionLookups(_ recipients: [String]) async -> [String: AccountSnapshot.SuppressionLookup] {
        let addresses = Array(Set(recipients.map { $0.lowercased() })).sorted()
        var lookups: [String: AccountSnapshot.SuppressionLookup] = [:]
        for start in stride(from: 0, to: addresses.count, by: 8) {
            await withTaskGroup(of: (String, AccountSnapshot.SuppressionLookup).self) { group in
                for address in addresses[start..<min(start + 8, addresses.count)] {
                    group.addTask {
                        do {
                            guard let entry = try await client.getSuppressedDestination(address) else { return (address, .notListed) }
                            return (address, .listed(reason: entry.reason, since: entry.lastUpdateTime))
                        } catch {
                            return (address, .unknown(problem: AWSFailure.message(for: error)))
                        }
                    }
                }
                for await (address, lookup) in group { lookups[address] = lookup }
            }
        }
        return lookups
    }

    /// Each identity with its DKIM and feedback settings (GetEmailIdentity), eight calls at a time.
    private func details(for summaries: [EmailIdentitySummary]) async throws -> [AccountSnapshot.Identity] {
        let detailed = Array(summaries.prefix(Self.detailLimit))
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
