import SesameAWS
import SesameCore

/// Gathers what `doctor` judges, with the independent calls made at once and each kind of
/// lookup at most `concurrentLookups` at a time. Only GetAccount and ListEmailIdentities are
/// essential; any other call that fails after retries is recorded as "could not read" with why,
/// and the run goes on.
struct AccountReader: Sendable {
    let client: SESv2Client
    let region: String
    /// The language "could not read" reasons are given in.
    let language: Language

    /// Lookups of one kind (identity details, event destinations, suppressed addresses) in flight at once.
    static let concurrentLookups = 8

    /// The account as `doctor` judges it; each of `recipients` is also looked up on the
    /// account-level suppression list.
    func read(recipients: [String] = []) async throws -> AccountSnapshot {
        async let suppression = suppressionLookups(recipients)
        async let account = client.getAccount()
        async let summaries = client.listEmailIdentities()
        async let sets = configurationSets()
        let identities = try await details(for: summaries)
        let current = try await account
        let (configurationSets, setsProblem) = await sets
        return AccountSnapshot(
            region: region, account: AccountStatus(current),
            suppressedReasons: current.suppressedReasons,
            autoValidation: current.autoValidation.map {
                AccountSnapshot.AutoValidation(enabled: $0.isEnabled, confidenceThreshold: $0.confidenceVerdictThreshold)
            },
            identities: identities, configurationSets: configurationSets, configurationSetsProblem: setsProblem,
            recipientSuppression: await suppression)
    }

    /// Each recipient on the account-level suppression list (`GetSuppressedDestination`); a
    /// lookup that fails after retries is "unknown", never "not listed".
    private func suppressionLookups(_ recipients: [String]) async -> [String: AccountSnapshot.SuppressionLookup] {
        let addresses = Array(Set(recipients.map { $0.lowercased() })).sorted()
        let lookups = await concurrentMap(addresses, limit: Self.concurrentLookups) { address -> AccountSnapshot.SuppressionLookup in
            do {
                guard let entry = try await client.getSuppressedDestination(address) else { return .notListed }
                return .listed(reason: entry.reason, since: entry.lastUpdateTime)
            } catch {
                return .unknown(problem: AWSFailure.message(for: error, in: language))
            }
        }
        return Dictionary(uniqueKeysWithValues: zip(addresses, lookups))
    }

    /// Every identity with its DKIM and feedback settings (GetEmailIdentity); one whose details
    /// cannot be read keeps what the listing said and the reason.
    private func details(for summaries: [EmailIdentitySummary]) async -> [AccountSnapshot.Identity] {
        await concurrentMap(summaries, limit: Self.concurrentLookups) { summary in
            let detail: EmailIdentity?
            let problem: String?
            do {
                (detail, problem) = (try await client.getEmailIdentity(summary.identityName), nil)
            } catch {
                (detail, problem) = (nil, AWSFailure.message(for: error, in: language))
            }
            return AccountSnapshot.Identity(
                type: summary.identityType ?? detail?.identityType ?? "EMAIL_ADDRESS", name: summary.identityName,
                verificationStatus: summary.verificationStatus ?? detail?.verificationStatus ?? "NOT_STARTED",
                verifiedForSending: detail?.verifiedForSendingStatus ?? (summary.sendingEnabled ?? false),
                dkimStatus: detail?.dkim?.status, dkimSigningEnabled: detail?.dkim?.signingEnabled,
                feedbackForwarding: detail?.feedbackForwardingStatus, detailsProblem: problem)
        }
    }

    /// The configuration sets with their event destinations, or why they could not be listed.
    private func configurationSets() async -> ([AccountSnapshot.ConfigurationSet], String?) {
        let names: [String]
        do {
            names = try await client.listConfigurationSets()
        } catch {
            return ([], AWSFailure.message(for: error, in: language))
        }
        let sets = await concurrentMap(names, limit: Self.concurrentLookups) { name in
            do {
                let destinations = try await client.getConfigurationSetEventDestinations(name)
                return AccountSnapshot.ConfigurationSet(name: name, destinations: destinations.map { destination in
                    AccountSnapshot.EventDestination(
                        name: destination.name, enabled: destination.enabled ?? false,
                        eventTypes: destination.matchingEventTypes, kind: Self.kind(of: destination))
                })
            } catch {
                return AccountSnapshot.ConfigurationSet(name: name, destinations: [], problem: AWSFailure.message(for: error, in: language))
            }
        }
        return (sets.sorted { $0.name < $1.name }, nil)
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
