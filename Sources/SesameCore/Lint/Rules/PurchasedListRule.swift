// MARK: purchased-list

/// A list nobody consented to: named outright, a buying verb next to a list, or a third party
/// handing one over (`ListClaims.consentless`).

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
            RuleExample("We work with a ↓data partner who supplies a permission-based list of homeowners.", mailType: .marketing),
            RuleExample("引越し↓業者様からご紹介いただいた方のリストにも送る予定です。", mailType: .marketing),
        ],
        nonTriggeringExamples: [
            RuleExample("We have never bought, rented or scraped a single address."),
            RuleExample("Purchased lists: we do not use them."),
            RuleExample("Receipts go to customers who purchased from us."),
            RuleExample("購入したリストや名簿業者のデータは一切使用しません。"),
            RuleExample("Writers who answer \"we bought a list\" in the questionnaire are refused."),
            RuleExample("The online shop that books the delivery passes us the buyer's email.", mailType: .transactional),
            RuleExample("提携先から提供されたリストは使用しません。", mailType: .marketing),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        document.quotedFindings(document.claims.list.consentless) { quote in
            LocalizedText(
                en: "'\(quote)' points to addresses nobody gave you consent for (bought, rented, scraped or third-party lists); SES forbids mailing them: use only addresses people gave you themselves and say so",
                ja: "「\(quote)」は本人の同意がないアドレス(購入・レンタル・収集・第三者提供のリスト)を示しています。SES では送信できないため、本人が自ら登録したアドレスだけを使うと明記してください。"
            )
        }
    }
}
