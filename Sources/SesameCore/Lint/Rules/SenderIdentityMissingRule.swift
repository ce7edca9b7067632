// MARK: sender-identity-missing

/// Marketing mail that invokes Japan's Act on Specified Electronic Mail (特定電子メール法) without
/// saying that each advertising mail shows what the act asks: the sender's name, the sender's
/// postal address, and where to refuse further mail.
///
/// A text that names no law at all is left to `compliance-not-mentioned` (info): naming no law is no
/// reason to object, but claiming the act while describing only part of what it requires is a weak
/// answer. A profile's `compliance.specified_email_act` section is rendered into the description
/// under the opt-out answer, so a profile with that section is covered here (validation reports a
/// missing part of it).
struct SenderIdentityMissingRule: LintRule {
    static let description = RuleDescription(
        id: "sender-identity-missing", topic: .compliance, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Japan's Act on Specified Electronic Mail is named, but not the sender's name, address and opt-out contact each advertising mail must show.",
            ja: "特定電子メール法に触れていますが、広告メールに表示が義務づけられた送信者の名称・住所・受信拒否の連絡先が書かれていません。"),
        rationale: """
            特定電子メール法 requires every advertising mail to show the sender's name, the sender's \
            postal address and an address or URL where the recipient can refuse further mail. A \
            request that says it follows the act but describes none of this reads as a word, not a \
            practice. Say what each mail shows, or fill `compliance.specified_email_act` in the profile.
            """,
        triggeringExamples: [
            RuleExample("Subscribers get a monthly newsletter. ↓特定電子メール法を遵守します。", mailType: .marketing),
            RuleExample("↓特定電子メール法を遵守し、広告メールであることを明示いたします。", mailType: .marketing),
            RuleExample("We follow Japan's ↓Act on Specified Electronic Mail; every issue shows our company name.", mailType: .marketing),
        ],
        nonTriggeringExamples: [
            RuleExample("特定電子メール法に従い、各号の末尾に当社の名称・住所と配信停止リンクを記載しています。", mailType: .marketing),
            RuleExample("We follow the Act on Specified Electronic Mail: each issue shows our company name and postal address, and an unsubscribe link in the footer.", mailType: .marketing),
            RuleExample("特定電子メール法を遵守し、確認メールで本登録した方だけに送ります。", mailType: .transactional),
            RuleExample("購読者に毎月ニュースレターを送ります。", mailType: .marketing),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.mailType == .marketing, document.document.specifiedEmailAct == nil,
              let act = document.occurrences(of: .specifiedEmailAct, polarity: .any).first else { return [] }
        let missing = SenderIdentity.Part.allCases.filter { !SenderIdentity.states($0, in: document) }
        guard !missing.isEmpty else { return [] }
        let section = document.sections[act.section]
        let range = section.sentences[act.sentence]
        let sentence = section.sentenceQuote(range)
        return [document.finding(at: act, LocalizedText(
            en: "'\(sentence)' names the Act on Specified Electronic Mail, but the text does not say that each advertising mail shows \(SenderIdentity.list(missing, in: .en)); say so, or fill compliance.specified_email_act in the profile",
            ja: "「\(sentence)」で特定電子メール法に触れていますが、広告メールごとに\(SenderIdentity.list(missing, in: .ja))を表示することが書かれていません。表示内容を書くか、プロファイルの compliance.specified_email_act に記入してください。"
        ))]
    }
}

/// What the Act on Specified Electronic Mail asks each advertising mail to show, read from the text.
enum SenderIdentity {
    enum Part: CaseIterable {
        case name, postalAddress, refusalContact

        var label: LocalizedText {
            switch self {
            case .name: LocalizedText(en: "the sender's name", ja: "送信者の名称")
            case .postalAddress: LocalizedText(en: "the sender's postal address", ja: "住所")
            case .refusalContact: LocalizedText(en: "where to refuse further mail", ja: "受信拒否の連絡先")
            }
        }
    }

    /// Whether some clause says the mail shows `part` (affirmed: 「住所は記載していません」 does not).
    static func states(_ part: Part, in document: PreparedDocument) -> Bool {
        switch part {
        case .name: shown(.senderName, in: document)
        case .postalAddress: shown(.postalAddress, in: document)
        case .refusalContact:
            // An unsubscribe link in each mail is the URL the act asks for.
            UnsubscribeLoginRequiredRule.statesLinkInMail(document)
                || document.sections.contains { section in
                    section.matches(.refusalContact).contains { contact in
                        !section.matches(.optOut, inSentence: contact.sentence).isEmpty
                            && section.matches(.shownInMail, inClause: contact.clause).contains(where: Polarity.affirmed.accepts)
                    }
                }
        }
    }

    private static func shown(_ concept: Concept, in document: PreparedDocument) -> Bool {
        document.sections.contains { section in
            section.matches(concept).contains { part in
                section.matches(.shownInMail, inClause: part.clause).contains(where: Polarity.affirmed.accepts)
            }
        }
    }

    /// The parts joined as a sentence writes them: "A, B and C" / 「A・B・C」.
    static func list(_ parts: [Part], in language: Language) -> String {
        let labels = parts.map { $0.label.text(in: language) }
        switch language {
        case .ja: return labels.joined(separator: "・")
        case .en: return labels.count < 2 ? labels.joined() : labels.dropLast().joined(separator: ", ") + " and " + labels[labels.count - 1]
        }
    }
}
