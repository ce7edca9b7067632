// MARK: all-contacts

struct AllContactsRule: LintRule {
    static let description = RuleDescription(
        id: "all-contacts", topic: .listAcquisition, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "\"All the contacts we have\", address books, business cards or lists not mailed for years.",
            ja: "「手持ちの連絡先すべて」、アドレス帳、名刺、何年も送っていないリストに送ろうとしています。"),
        rationale: """
            A list gathered for another purpose, or not mailed for years, holds people who never \
            asked for this mail and addresses that no longer exist: complaints and bounces follow. \
            Mail only people who opted in to this mail, recently.
            """,
        triggeringExamples: [
            RuleExample("We plan to email ↓all the contacts we have in our CRM."),
            RuleExample("The list was collected ↓years ago at events."),
            RuleExample("↓保有しているすべてのアドレスに一斉送信します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("We do not mail all contacts in the CRM, only customers who opted in."),
            RuleExample("保有しているすべてのアドレスに送るわけではなく、購読を申し込んだ方のみです。"),
            RuleExample("Every address we mail belongs to someone who set up a subscription on our site."),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        let everyone = document.occurrences(of: .allContacts, polarity: .unhedged, firstPerSentence: false)
            .filter { !Self.vouchesFor($0, in: document.sections[$0.section]) }
        let hits = everyone + document.occurrences(of: .staleList, polarity: .unhedged, firstPerSentence: false)
        return document.quotedFindings(hits) { quote in
            LocalizedText(
                en: "'\(quote)' suggests mailing everyone you have, or an old list; mail only people who opted in to this mail recently, and describe how you filter an existing list (confirmed, active in the last 12 months)",
                ja: "「\(quote)」は保有アドレス全件や古いリストへの送信を示しています。このメールの受信に同意した最近の方だけに送り、既存リストの絞り込み方(同意済み・直近 1 年以内に利用など)を書いてください。"
            )
        }
    }

    /// Whether the clause of an all-contacts phrase goes on to say how each of those people came to
    /// the sender or consented ("Every address we mail belongs to someone who set up a
    /// subscription", 「保有するすべてのアドレスは、会員登録をした方のものです」): the sender vouching
    /// for its list, not mailing whatever it has.
    static func vouchesFor(_ hit: ConceptMatch, in section: PreparedSection) -> Bool {
        [Concept.relationshipAct, .consentGiven, .doubleOptIn].contains { concept in
            section.matches(concept, inClause: hit.clause).contains { $0.start >= hit.end && Polarity.affirmed.accepts($0) }
        }
    }
}
