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
        RecipientsMissingRule(), RecipientsWeakRule(), RecipientsNoRelationshipRule(), RecipientsWithoutConsentRule(),
        RecipientsUnvettedRule(),
        // list-acquisition
        ListAcquisitionMissingRule(), ListAcquisitionWeakRule(), PurchasedListRule(), AllContactsRule(), PreTickedConsentRule(),
        VerificationAsHygieneRule(), DoubleOptInMissingRule(),
        // bounce-handling
        BounceHandlingMissingRule(), BounceHandlingWeakRule(), BounceRetryRule(),
        // complaint-handling
        ComplaintHandlingMissingRule(), ComplaintHandlingWeakRule(), ComplaintsIgnoredRule(),
        // opt-out
        OptOutMissingRule(), OptOutWeakRule(), UnsubscribeByReplyRule(), UnsubscribeDelayedRule(), UnsubscribeLoginRequiredRule(),
        OneClickUnsubscribeMissingRule(),
        // sending-volume
        VolumeNumbersMissingRule(), VolumeRationaleMissingRule(), VolumeUnboundedRule(), VolumeInconsistentRule(),
        // content
        ContentMissingRule(), ContentWeakRule(), ContentVagueRule(), RelayWithoutControlsRule(),
        // website
        WebsiteURLPlaceholderRule(), WebsiteURLNotHTTPSRule(), WebsiteURLLocalRule(), WebsiteURLSocialOnlyRule(),
        WebsiteURLTooLongRule(), WebsiteNotLiveRule(),
        // mail-type
        MailTypeMismatchRule(), MailTypeMarketingForTransactionalRule(),
        // compliance
        ComplianceNotMentionedRule(), ConsentNotRequiredClaimRule(), ComplianceContradictedRule(), SenderIdentityMissingRule(),
        // clarity
        PlaceholderTextRule(), TooShortRule(), TooLongRule(), LengthNearLimitRule(), VagueBoilerplateRule(),
        HollowAnswersRule(),
    ])

    public var descriptions: [RuleDescription] { rules.map(\.ruleDescription) }

    /// The rules as reports describe them (SARIF's rule list).
    public var metadata: [RuleMetadata] { descriptions.map(\.metadata) }

    public func rule(id: String) -> (any LintRule)? {
        rules.first { $0.ruleDescription.id == id }
    }

    /// The known id closest to `id`, if it is close enough to be a typo (the one "did you mean"
    /// policy, `Suggestion.closest`).
    public func suggestion(for id: String) -> String? {
        Suggestion.closest(to: id, in: descriptions.map(\.id))
    }
}
