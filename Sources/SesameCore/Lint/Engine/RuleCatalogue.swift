/// The rules `sesame lint` runs, in one explicit list (no registry, no global state).
public struct RuleCatalogue: Sendable {
    public let rules: [any LintRule]

    public init(rules: [any LintRule]) {
        self.rules = rules
    }

    public static let standard = RuleCatalogue(rules: [
        // business
        BusinessUnnamedRule(), BusinessFluffRule(),
        // recipients
        RecipientsNoRelationshipRule(),
        // list-acquisition
        ListAcquisitionMissingRule(), PurchasedListRule(), AllContactsRule(), PreTickedConsentRule(),
        VerificationAsHygieneRule(), DoubleOptInMissingRule(),
        // bounce-handling
        BounceHandlingMissingRule(), BounceRetryRule(),
        // complaint-handling
        ComplaintHandlingMissingRule(), ComplaintsIgnoredRule(),
        // opt-out
        OptOutMissingRule(), UnsubscribeByReplyRule(), UnsubscribeDelayedRule(), UnsubscribeLoginRequiredRule(),
        OneClickUnsubscribeMissingRule(),
        // sending-volume
        VolumeNumbersMissingRule(), VolumeRationaleMissingRule(), VolumeUnboundedRule(), VolumeInconsistentRule(),
        // content
        ContentVagueRule(),
        // website
        WebsiteURLPlaceholderRule(), WebsiteURLNotHTTPSRule(), WebsiteURLLocalRule(), WebsiteURLSocialOnlyRule(),
        WebsiteURLTooLongRule(), WebsiteNotLiveRule(),
        // mail-type
        MailTypeMismatchRule(), MailTypeMarketingForTransactionalRule(),
        // compliance
        ComplianceNotMentionedRule(), ConsentNotRequiredClaimRule(),
        // clarity
        PlaceholderTextRule(), TooShortRule(), TooLongRule(), LengthNearLimitRule(), VagueBoilerplateRule(),
    ])

    public var descriptions: [RuleDescription] { rules.map(\.ruleDescription) }

    /// The rules as reports describe them (SARIF's rule list).
    public var metadata: [RuleMetadata] { descriptions.map(\.metadata) }

    public func rule(id: String) -> (any LintRule)? {
        rules.first { $0.ruleDescription.id == id }
    }

    /// The known id closest to `id` by edit distance, if it is close enough to be a typo.
    public func suggestion(for id: String) -> String? {
        let target = Array(id.lowercased().unicodeScalars)
        var best: (Int, String)?
        for description in descriptions {
            let candidate = Array(description.id.unicodeScalars)
            var distance = Self.editDistance(target, candidate)
            if description.id.contains(id.lowercased()) || id.lowercased().contains(description.id) {
                distance = min(distance, 2)
            }
            if distance < (best?.0 ?? .max) { best = (distance, description.id) }
        }
        guard let (distance, suggestion) = best, distance <= max(2, target.count / 3) else { return nil }
        return suggestion
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
