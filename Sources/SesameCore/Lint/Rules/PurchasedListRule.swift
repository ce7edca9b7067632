// MARK: purchased-list

struct PurchasedListRule: LintRule {
    static let description = RuleDescription(
        id: "purchased-list", topic: .listAcquisition, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Bought, rented, scraped, appended or third-party (\"partner\") lists.",
            ja: "購入、レンタル、スクレイピング、データ付加(アペンド)、第三者(「パートナー」)のリストを使っています。"),
        rationale: """
            Addresses nobody gave you consent for bounce and draw complaints; AWS's terms forbid \
            mailing them and reviewers deny such requests. Saying that you never buy lists is good \
            and is not flagged.
            """,
        triggeringExamples: [
            RuleExample("We ↓bought 20,000 verified B2B contacts."),
            RuleExample("Our sales team adds addresses ↓scraped from LinkedIn."),
            RuleExample("We also mail ↓partner lists that were opted in elsewhere."),
            RuleExample("We will mail the 20,000 contacts we ↓bought last year."),
            RuleExample("↓名簿業者から購入したリストに送ります。"),
        ],
        nonTriggeringExamples: [
            RuleExample("We have never bought, rented or scraped a single address."),
            RuleExample("Purchased lists: we do not use them."),
            RuleExample("Receipts go to customers who purchased from us."),
            RuleExample("購入したリストや名簿業者のデータは一切使用しません。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        var hits = document.occurrences(of: .purchasedList, polarity: .unhedged, firstPerSentence: false)
        // "bought 20,000 verified contacts": a buying verb followed closely by a list noun.
        for section in document.sections {
            for verb in section.matches(.buyVerb) where !verb.hedged {
                guard let noun = section.matches(.listNoun, inClause: verb.clause).first(where: { $0.start >= verb.end && $0.start - verb.end <= 25 }) else { continue }
                let gap = section.folded.string(verb.end..<noun.start)
                if gap.contains(" from") || gap.contains(" our ") || gap.contains(" us ") || gap.contains(" your ") { continue }
                hits.append(verb)
            }
            // "contacts we bought", "a list that we purchased", "addresses bought from a vendor".
            for noun in section.matches(.listNoun) {
                guard let verb = section.matches(.buyVerb, inClause: noun.clause)
                    .first(where: { $0.start >= noun.end && $0.start - noun.end <= 12 && !$0.hedged }) else { continue }
                let gap = section.folded.string(noun.end..<verb.start).trimmed
                if ["", "we", "that we", "which we", "we have", "we've", "that we have", "we had"].contains(gap) { hits.append(verb) }
            }
        }
        return document.quotedFindings(hits) { quote in
            LocalizedText(
                en: "'\(quote)' points to addresses nobody gave you consent for (bought, rented, scraped or third-party lists); SES forbids mailing them: use only addresses people gave you themselves and say so",
                ja: "「\(quote)」は本人の同意がないアドレス(購入・レンタル・収集・第三者提供のリスト)を示しています。SES では送信できないため、本人が自ら登録したアドレスだけを使うと明記してください。"
            )
        }
    }
}
