/// The verdict of one check.
public enum CheckStatus: String, Sendable, Comparable {
    case pass, warn, fail

    private var rank: Int { self == .fail ? 2 : self == .warn ? 1 : 0 }
    public static func < (lhs: CheckStatus, rhs: CheckStatus) -> Bool { lhs.rank < rhs.rank }
}

/// One finding of `doctor`: what was checked, how it stands, and what to do next.
public struct DoctorCheck: Hashable, Sendable {
    /// A stable id from the contract: sandbox, sending-enabled, review, identities, dkim,
    /// suppression-list, bounce-complaint-notifications, quota, recipient, sender.
    public var id: String
    public var status: CheckStatus
    public var message: String
    /// The next step, empty when there is nothing to do.
    public var fix: String

    public init(id: String, status: CheckStatus, message: String, fix: String = "") {
        self.id = id
        self.status = status
        self.message = message
        self.fix = fix
    }
}

/// Everything `doctor` found in one region.
public struct DoctorReport: Sendable {
    public var region: String
    public var checks: [DoctorCheck]
    /// The language of the messages, and of the text heading (`リージョン ap-northeast-1(東京)`).
    public var language: Language

    /// True when a check failed: something blocks mail now (exit status 1).
    public var hasFailure: Bool { checks.contains { $0.status == .fail } }

    /// The contract's JSON shape, with `fix` beside each message.
    public var json: JSONValue {
        .object([
            ("region", .string(region)),
            ("checks", .array(checks.map { check in
                .object([
                    ("id", .string(check.id)), ("status", .string(check.status.rawValue)),
                    ("message", .string(check.message)), ("fix", check.fix.isEmpty ? .null : .string(check.fix)),
                ])
            })),
        ])
    }

    /// One block per check: a status mark, the message, and the fix indented under it.
    public func text(colors: Bool) -> String {
        // Names and statuses in the messages come from the endpoint: control characters shown escaped.
        var out = DoctorMessages.heading(SESRegions.label(TerminalText.sanitized(region), in: language)).text(in: language) + "\n"
        for check in checks {
            let mark = switch check.status {
            case .pass: colors ? "\u{1B}[32m✔ pass\u{1B}[0m" : "✔ pass"
            case .warn: colors ? "\u{1B}[33m! warn\u{1B}[0m" : "! warn"
            case .fail: colors ? "\u{1B}[31m✘ fail\u{1B}[0m" : "✘ fail"
            }
            out += "\(mark)  \(check.id): \(TerminalText.sanitized(check.message))\n"
            if !check.fix.isEmpty { out += "        → \(TerminalText.sanitized(check.fix))\n" }
        }
        return out
    }
}

/// Judges an account snapshot: the answers to "why is my mail not arriving?".
public struct Doctor: Sendable {
    public var language: Language
    public var profilePath: String

    public init(language: Language, profilePath: String = "sesame.yaml") {
        self.language = language
        self.profilePath = profilePath
    }

    public func diagnose(_ snapshot: AccountSnapshot, recipients: [String] = [], sender: String? = nil) -> DoctorReport {
        let say = DoctorMessages(language: language, profilePath: profilePath)
        var checks = [
            sandbox(snapshot, say), sendingEnabled(snapshot, say), review(snapshot, say), identities(snapshot, say),
            dkim(snapshot, say), suppressionList(snapshot, say), notifications(snapshot, say), quota(snapshot, say),
        ]
        checks += recipients.map { recipient($0, snapshot, say) }
        if let sender { checks.append(self.sender(sender, snapshot, say)) }
        return DoctorReport(region: snapshot.region, checks: checks, language: language)
    }

    /// In the sandbox the next step follows the review: none yet or FAILED, submit; PENDING,
    /// watch the case; DENIED, answer on the case.
    private func sandbox(_ snapshot: AccountSnapshot, _ say: DoctorMessages) -> DoctorCheck {
        if snapshot.account.productionAccess { return DoctorCheck(id: "sandbox", status: .pass, message: say.production) }
        let caseID = snapshot.account.review?.caseID ?? "—"
        let fix = switch snapshot.account.review?.status {
        case .pending?: say.reviewPendingFix
        case .denied?: say.reviewDeniedFix(caseID)
        case .failed?: say.reviewFailedFix
        default: say.leaveSandbox
        }
        return DoctorCheck(id: "sandbox", status: .warn, message: say.inSandbox, fix: fix)
    }

    private func sendingEnabled(_ snapshot: AccountSnapshot, _ say: DoctorMessages) -> DoctorCheck {
        let enforcement = snapshot.account.enforcementStatus ?? "HEALTHY"
        if !snapshot.account.sendingEnabled {
            return DoctorCheck(id: "sending-enabled", status: .fail, message: say.sendingPaused(enforcement), fix: say.sendingPausedFix)
        }
        switch enforcement.uppercased() {
        case "HEALTHY": return DoctorCheck(id: "sending-enabled", status: .pass, message: say.sendingOn)
        case "SHUTDOWN": return DoctorCheck(id: "sending-enabled", status: .fail, message: say.enforcement(enforcement), fix: say.sendingPausedFix)
        default: return DoctorCheck(id: "sending-enabled", status: .warn, message: say.enforcement(enforcement), fix: say.probationFix)
        }
    }

    private func review(_ snapshot: AccountSnapshot, _ say: DoctorMessages) -> DoctorCheck {
        let caseID = snapshot.account.review?.caseID ?? "—"
        switch snapshot.account.review?.status {
        case .granted?:
            return DoctorCheck(id: "review", status: .pass, message: say.reviewGranted(caseID), fix: say.reviewGrantedNext)
        case .pending?: return DoctorCheck(id: "review", status: .warn, message: say.reviewPending(caseID), fix: say.reviewPendingFix)
        case .denied?:
            return DoctorCheck(id: "review", status: snapshot.account.productionAccess ? .warn : .fail,
                               message: say.reviewDenied(caseID), fix: say.reviewDeniedFix(caseID))
        case .failed?:
            return DoctorCheck(id: "review", status: .warn, message: say.reviewFailed(caseID), fix: say.reviewFailedFix)
        case let other?:
            return DoctorCheck(id: "review", status: .warn, message: say.reviewOther(other.name.uppercased(), caseID))
        case nil:
            return snapshot.account.productionAccess
                ? DoctorCheck(id: "review", status: .pass, message: say.reviewNotNeeded)
                : DoctorCheck(id: "review", status: .warn, message: say.reviewNone, fix: say.leaveSandbox)
        }
    }

    private func identities(_ snapshot: AccountSnapshot, _ say: DoctorMessages) -> DoctorCheck {
        let verified = snapshot.identities.filter(\.isVerified)
        let unverified = snapshot.identities.filter { !$0.isVerified }
        if snapshot.identities.isEmpty {
            return DoctorCheck(id: "identities", status: .fail, message: say.noIdentities, fix: say.verifyIdentityFix)
        }
        if verified.isEmpty {
            return DoctorCheck(id: "identities", status: .fail, message: say.noneVerified(Self.describe(unverified)), fix: say.verifyIdentityFix)
        }
        if !unverified.isEmpty {
            return DoctorCheck(id: "identities", status: .warn, message: say.someUnverified(verified.count, Self.describe(unverified)),
                               fix: say.unverifiedFix)
        }
        return DoctorCheck(id: "identities", status: .pass, message: say.allVerified(verified.count))
    }

    private func dkim(_ snapshot: AccountSnapshot, _ say: DoctorMessages) -> DoctorCheck {
        let domains = snapshot.identities.filter(\.isDomain)
        guard !domains.isEmpty else {
            return DoctorCheck(id: "dkim", status: .warn, message: say.noDomain, fix: say.noDomainFix)
        }
        // A domain whose details could not be read is "could not read", never NOT_STARTED.
        let unreadable = domains.filter { $0.detailsProblem != nil }
        let readable = domains.filter { $0.detailsProblem == nil }
        let failing = readable.filter { ($0.dkimStatus ?? "NOT_STARTED").uppercased() != "SUCCESS" || $0.dkimSigningEnabled == false }
        let unread = unreadable.first.map { say.dkimUnreadable(unreadable.map(\.name), $0.detailsProblem ?? "") }
        if failing.isEmpty {
            let signing = readable.isEmpty ? nil : say.dkimOK(readable.map(\.name))
            guard let unread else { return DoctorCheck(id: "dkim", status: .pass, message: signing ?? "") }
            return DoctorCheck(id: "dkim", status: .warn, message: say.sentences([signing, unread]),
                               fix: say.runAgainFix)
        }
        let details = failing.map { identity in
            identity.dkimSigningEnabled == false && identity.dkimStatus?.uppercased() == "SUCCESS"
                ? say.dkimDetail(identity.name, say.signingOff) : say.dkimDetail(identity.name, identity.dkimStatus ?? "NOT_STARTED")
        }
        let hardFailure = failing.contains { $0.dkimStatus?.uppercased() == "FAILED" }
        return DoctorCheck(id: "dkim", status: hardFailure ? .fail : .warn,
                           message: say.sentences([say.dkimProblems(details), unread]), fix: say.dkimFix)
    }

    private func suppressionList(_ snapshot: AccountSnapshot, _ say: DoctorMessages) -> DoctorCheck {
        let reasons = Set(snapshot.suppressedReasons.map { $0.uppercased() })
        let validation = snapshot.autoValidation.map { say.autoValidation($0.enabled, threshold: $0.confidenceThreshold) }
        if reasons.isSuperset(of: ["BOUNCE", "COMPLAINT"]) {
            return DoctorCheck(id: "suppression-list", status: .pass,
                               message: say.sentences([say.suppressionOn, validation]))
        }
        let missing = ["BOUNCE", "COMPLAINT"].filter { !reasons.contains($0) }
        return DoctorCheck(id: "suppression-list", status: .warn,
                           message: say.sentences([say.suppressionMissing(missing), validation]),
                           fix: say.suppressionFix)
    }

    private func notifications(_ snapshot: AccountSnapshot, _ say: DoctorMessages) -> DoctorCheck {
        let routes = snapshot.configurationSets.flatMap { set in
            set.destinations.filter { destination in
                let types = Set(destination.eventTypes.map { $0.uppercased() })
                return destination.enabled && types.contains("BOUNCE") && types.contains("COMPLAINT")
            }.map { "\(set.name)/\($0.name) (\($0.kind))" }
        }
        if !routes.isEmpty {
            return DoctorCheck(id: "bounce-complaint-notifications", status: .pass, message: say.notificationsRouted(routes))
        }
        let forwarding = snapshot.identities.filter { $0.isVerified && $0.feedbackForwarding == true }.map(\.name)
        if !forwarding.isEmpty {
            return DoctorCheck(id: "bounce-complaint-notifications", status: .pass, message: say.feedbackForwarding(forwarding),
                               fix: say.notificationsBetter)
        }
        // What could not be read might hold the route: say so rather than "nowhere".
        let unread = (snapshot.configurationSetsProblem.map { [say.setsUnreadable($0)] } ?? [])
            + snapshot.configurationSets.compactMap { set in set.problem.map { say.setUnreadable(set.name, $0) } }
            + snapshot.identities.filter(\.isVerified).compactMap { identity in
                identity.detailsProblem.map { say.identityUnreadable(identity.name, $0) }
            }
        if !unread.isEmpty {
            return DoctorCheck(id: "bounce-complaint-notifications", status: .warn, message: say.notificationsUnknown(unread),
                               fix: say.runAgainFix)
        }
        return DoctorCheck(id: "bounce-complaint-notifications", status: .warn, message: say.noNotifications, fix: say.notificationsFix)
    }

    private func quota(_ snapshot: AccountSnapshot, _ say: DoctorMessages) -> DoctorCheck {
        let account = snapshot.account
        let used = account.sentLast24Hours ?? 0
        let limit = account.max24HourSend ?? 0
        let numbers = say.quotaNumbers(used: used, limit: limit, rate: account.maxSendRate ?? 0)
        if limit > 0, used >= limit {
            return DoctorCheck(id: "quota", status: .fail, message: say.quotaExhausted(numbers), fix: say.quotaFix(account.productionAccess))
        }
        if limit > 0, used >= 0.8 * limit {
            return DoctorCheck(id: "quota", status: .warn, message: say.quotaNear(numbers), fix: say.quotaFix(account.productionAccess))
        }
        return DoctorCheck(id: "quota", status: .pass, message: numbers)
    }

    /// The mailbox simulator's domain: the sandbox always accepts mail to it.
    static let simulatorDomain = "simulator.amazonses.com"

    private func recipient(_ address: String, _ snapshot: AccountSnapshot, _ say: DoctorMessages) -> DoctorCheck {
        switch snapshot.recipientSuppression[address.lowercased()] {
        case .listed(let reason, let since)?:
            return DoctorCheck(id: "recipient", status: .fail, message: say.recipientSuppressed(address, reason: reason, since: since),
                               fix: say.recipientSuppressedFix(address, region: snapshot.region))
        case .unknown(let problem)?:
            return DoctorCheck(id: "recipient", status: .warn, message: say.recipientSuppressionUnknown(address, problem))
        case .notListed?, nil:
            break
        }
        if address.lowercased().hasSuffix("@" + Self.simulatorDomain) {
            return DoctorCheck(id: "recipient", status: .pass, message: say.recipientSimulator(address))
        }
        let covering = Self.covering(address, in: snapshot.identities)
        if snapshot.account.productionAccess {
            return DoctorCheck(id: "recipient", status: .pass, message: say.recipientProduction(address))
        }
        if let identity = covering.first(where: \.isVerified) {
            return DoctorCheck(id: "recipient", status: .pass, message: say.recipientVerified(address, identity.name))
        }
        if let identity = covering.first {
            return DoctorCheck(id: "recipient", status: .fail, message: say.recipientPending(address, identity.name, identity.verificationStatus),
                               fix: say.recipientFix(address))
        }
        return DoctorCheck(id: "recipient", status: .fail, message: say.recipientUnverified(address), fix: say.recipientFix(address))
    }

    private func sender(_ address: String, _ snapshot: AccountSnapshot, _ say: DoctorMessages) -> DoctorCheck {
        let covering = Self.covering(address, in: snapshot.identities)
        guard let identity = covering.first(where: \.isVerified) else {
            return DoctorCheck(id: "sender", status: .fail, message: say.senderUnverified(address), fix: say.senderFix(address))
        }
        let domain = covering.first { $0.isDomain && $0.isVerified }
        if let domain, let problem = domain.detailsProblem {
            return DoctorCheck(id: "sender", status: .warn, message: say.senderDKIMUnreadable(address, domain.name, problem),
                               fix: say.runAgainFix)
        }
        let signed = domain.map { ($0.dkimStatus ?? "").uppercased() == "SUCCESS" && $0.dkimSigningEnabled != false } ?? false
        if !signed {
            return DoctorCheck(id: "sender", status: .warn, message: say.senderNotSigned(address, identity.name), fix: say.dkimFix)
        }
        return DoctorCheck(id: "sender", status: .pass, message: say.senderOK(address, domain!.name))
    }

    /// The identities that cover an address: the address itself, then its domain and parent
    /// domains; internationalised domains match their ASCII (`xn--`) form either way round.
    static func covering(_ address: String, in identities: [AccountSnapshot.Identity]) -> [AccountSnapshot.Identity] {
        let lowered = DomainName.asciiAddress(address)
        var names = [lowered]
        if let at = lowered.lastIndex(of: "@") {
            var domain = String(lowered[lowered.index(after: at)...])
            while let dot = domain.firstIndex(of: ".") {
                names.append(domain)
                domain = String(domain[domain.index(after: dot)...])
            }
        }
        let byName = Dictionary(identities.map { (DomainName.asciiAddress($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        return names.compactMap { byName[$0] }
    }

    private static func describe(_ identities: [AccountSnapshot.Identity]) -> String {
        identities.prefix(8).map { "\($0.name) (\($0.verificationStatus))" }.joined(separator: ", ")
            + (identities.count > 8 ? ", …" : "")
    }
}
