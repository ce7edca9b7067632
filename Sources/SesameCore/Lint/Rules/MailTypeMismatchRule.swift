// MARK: mail-type-mismatch

struct MailTypeMismatchRule: LintRule {
    static let description = RuleDescription(
        id: "mail-type-mismatch", topic: .mailType, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "TRANSACTIONAL declared while the text describes newsletters, promotions or campaigns.",
            ja: "TRANSACTIONAL と申告していますが、本文はニュースレター、販促、キャンペーンを説明しています。"),
        rationale: """
            Pick the type most of the traffic is. A TRANSACTIONAL request describing newsletters or \
            promotions looks like an attempt to dodge marketing rules. When marketing is a small part, \
            say so with a proportion (a warning otherwise).
            """,
        triggeringExamples: [
            RuleExample("Most of our mail is monthly ↓promotions to all customers.", mailType: .transactional),
            RuleExample("Order receipts and shipping notices, plus a weekly ↓newsletter.", mailType: .transactional),
            RuleExample("毎月全顧客に↓セール情報を送ります。", mailType: .transactional),
        ],
        nonTriggeringExamples: [
            RuleExample("Order and delivery notices; an opt-in quarterly newsletter is a small share.", mailType: .transactional),
            RuleExample("We send order receipts and never send promotions.", mailType: .transactional),
            RuleExample("大半は注文確認と発送通知で、広告は送りません。", mailType: .transactional),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.document.declaredMailType == .transactional else { return [] }
        let (marketing, transactional) = MailTypeInference.counts(document)
        guard let first = marketing.first else { return [] }
        let quote = document.sections[first.section].quote(first)
        // The text's own statement of its mail type wins over words that merely occur.
        let statesTransactional = document.contains(.statesTransactional, polarity: .affirmed)
        // A school's or a club's newsletter is no advertising: "mostly marketing" needs a word only promotion uses.
        let promotes = document.contains(.promotion, polarity: .affirmed)
        if marketing.count > transactional.count && !statesTransactional && promotes {
            return [document.finding(at: first, LocalizedText(
                en: "TRANSACTIONAL is declared but the text mostly describes marketing ('\(quote)'); declare MARKETING, or describe the transactional mail that makes up most of the traffic",
                ja: "TRANSACTIONAL で申請していますが、本文は主にマーケティングメール(「\(quote)」)を説明しています。MARKETING で申請するか、大半を占める取引メールの内容を書いてください。"
            ))]
        }
        // A share counts where it is said of the marketing mail: "%" in 「バウンス率5%未満」 is not one.
        // "product announcements to users who opted in", 「キャンペーン情報（契約時に希望した方のみ）」: sent
        // only to those who asked for it, it is a share of the mail the text has said.
        let proportionOfMarketing = marketing.contains { m in
            let section = document.sections[m.section]
            // 「注文確認メール」 is a receipt, not the 「確認メール」 of a consent.
            let transactions = section.matches(.transactionalSignal, inSentence: m.sentence)
            let optedIn = [Concept.consentGiven, .doubleOptIn].contains { concept in
                section.matches(concept, inSentence: m.sentence, polarity: .affirmed).contains { consent in
                    !transactions.contains { $0.start < consent.end && consent.start < $0.end }
                }
            }
            // 「メールマガジン（月2回。送信数の約20%）」: the share may close the next sentence.
            let share = [m.sentence, m.sentence + 1].contains { !section.matches(.proportion, inSentence: $0).isEmpty }
            return share || optedIn
        }
        // An opt-out answer naming what can be switched off ("optional notices such as campaigns")
        // lists options; it does not describe the programme.
        let described = marketing.filter { m in document.sections[m.section].matches(.optOut, inSentence: m.sentence).isEmpty }
        // "Primarily transactional; a newsletter too": the text's own statement of its type says the share.
        guard !proportionOfMarketing, !statesTransactional, let mention = described.first else { return [] }
        let mentionQuote = document.sections[mention.section].quote(mention)
        return [document.finding(at: mention, LocalizedText(
            en: "TRANSACTIONAL is declared and the text also mentions marketing ('\(mentionQuote)'); say what share of the mail it is (e.g. \"a monthly newsletter, about 5% of messages\")",
            ja: "TRANSACTIONAL で申請していますが、マーケティングメール(「\(mentionQuote)」)にも触れています。全体に占める割合を書いてください(例:「月 1 回のお知らせで全体の約 5%」)。"
        ), severity: .warning)]
    }
}
