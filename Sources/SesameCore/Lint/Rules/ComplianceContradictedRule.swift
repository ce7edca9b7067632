// MARK: compliance-contradicted

/// The text calls its sending lawful (GDPR, 特定電子メール法, "fully compliant") while it admits a
/// practice that contradicts it: a bought or harvested list, a pre-ticked box, consent by silence.
struct ComplianceContradictedRule: LintRule {
    /// Red flags that no law on consent allows for marketing mail, besides the list's own admissions
    /// (`ListClaims`: a list bought, rented or handed over, a pre-ticked box).
    static let contradictions: [Concept] = [.consentNotRequired]

    static let description = RuleDescription(
        id: "compliance-contradicted", topic: .compliance, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "A compliance claim the described practice contradicts.",
            ja: "書かれている運用と矛盾する法令順守の主張です。"),
        rationale: """
            "Our sending is GDPR-compliant" next to a rented list, a pre-ticked box or a group \
            company's customer file tells a reviewer that the sender does not know what the law \
            asks. AWS and the laws (GDPR, PECR, CASL, 特定電子メール法) require consent from each \
            recipient; a claim does not replace it.
            """,
        triggeringExamples: [
            RuleExample("↓We are fully GDPR compliant. We also mail contacts provided by our partners."),
            RuleExample("↓特定電子メール法を遵守しています。グループ会社の顧客リストにも案内を送ります。"),
        ],
        nonTriggeringExamples: [
            RuleExample("We comply with GDPR: every subscriber confirmed through a confirmation link."),
            RuleExample("特定電子メール法に従い、購読を申し込んだ方にのみ送り、同意の記録を保存しています。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard let claim = document.occurrences(of: .complianceClaim, polarity: .affirmed).first else { return [] }
        // A suppression list filled from bounces, or a shop passing its buyers' addresses for their
        // receipts, is no purchase and no pre-ticked box: `ListClaims` has already told them apart.
        let list = document.claims.list
        let flag = (list.consentless + list.preTicked + Self.contradictions.flatMap { document.occurrences(of: $0, polarity: .unhedged) })
            .min { ($0.section, $0.start) < ($1.section, $1.start) }
        guard let flag else { return [] }
        let claimQuote = document.sections[claim.section].quote(claim)
        let flagQuote = document.sections[flag.section].quote(flag)
        let sentence = document.sections[claim.section].sentences[claim.sentence]
        let section = document.sections[claim.section]
        return [LintFinding(place: .text(section: claim.section, offset: section.originalOffset(sentence.lowerBound)), message: LocalizedText(
            en: "the text claims compliance ('\(claimQuote)') but describes '\(flagQuote)', which the law on consent does not allow; mail only people who consented to you, and keep the record",
            ja: "法令順守(「\(claimQuote)」)をうたっていますが、「\(flagQuote)」は同意に関する法令に反します。御社に同意した方だけに送り、その記録を残してください。"
        ))]
    }
}
