// MARK: list-acquisition-missing

struct ListAcquisitionMissingRule: LintRule {
    static let description = RuleDescription(
        id: "list-acquisition-missing", topic: .listAcquisition, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The text never says how addresses are collected or how consent is given.",
            ja: "アドレスの集め方と同意の取り方が書かれていません。"),
        rationale: """
            "How do you build or acquire your list?" is the first of the four questions AWS asks. \
            Without a credible answer (sign-up, checkout, account creation, an invitation; consent \
            taken with an unticked box or a confirmation link) the request is usually denied.
            """,
        missingAnswer: .listAcquisition,
        triggeringExamples: [
            RuleExample("↓We will send our newsletter to everyone on our mailing list."),
            RuleExample("↓当社のメールリストに掲載されている方に送信します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Subscribers are added only after clicking the confirmation link; we store when and where."),
            RuleExample("Receipts go to customers who place an order in our shop."),
            RuleExample("申し込み後の確認メールで本登録した方だけに送り、同意の記録を残しています。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText else { return [] }
        let sections = document.sections(answering: .listAcquisition)
        let answered = sections.contains { section in
            // "consent is not required" is not an answer.
            let claims = section.matches(.consentNotRequired)
            let sources = section.matches(.consentSource).filter { m in !claims.contains { $0.start <= m.start && m.end <= $0.end } }
            // "Customers give their email when they book", "each business enters its customers'
            // addresses": an act that hands over the address is a source too.
            return sources.contains { !$0.negated } || section.matches(.doubleOptIn).contains { !$0.negated }
                || section.matches(.relationshipAct).contains { act in
                    Polarity.affirmed.accepts(act) && section.matches(.purchasedList, inSentence: act.sentence).isEmpty
                }
        }
        guard !answered else { return [] }
        return [LintFinding(place: .document(field: .listAcquisition), message: LocalizedText(
            en: "the text does not say how addresses are collected or how people consent; say where addresses come from (sign-up form, checkout, account creation) and how consent is given (an unticked box, a confirmation link)",
            ja: "メールアドレスの取得方法と同意の取り方が書かれていません。どこで登録されるか(会員登録・注文時・申し込みフォーム)と、同意の方法(未チェックのチェックボックス、確認メールのリンク)を書いてください。"
        ))]
    }
}

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
                ja: "「\(quote)」は本人の同意がないアドレス(購入・レンタル・収集・第三者提供のリスト)を示しています。SESでは送信できないため、本人が自ら登録したアドレスだけを使うと明記してください。"
            )
        }
    }
}

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
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        let hits = (document.occurrences(of: .allContacts, polarity: .unhedged, firstPerSentence: false)
            + document.occurrences(of: .staleList, polarity: .unhedged, firstPerSentence: false))
        return document.quotedFindings(hits) { quote in
            LocalizedText(
                en: "'\(quote)' suggests mailing everyone you have, or an old list; mail only people who opted in to this mail recently, and describe how you filter an existing list (confirmed, active in the last 12 months)",
                ja: "「\(quote)」は保有アドレス全件や古いリストへの送信を示しています。このメールの受信に同意した最近の方だけに送り、既存リストの絞り込み方(同意済み・直近1年以内に利用など)を書いてください。"
            )
        }
    }
}

// MARK: pre-ticked-consent

struct PreTickedConsentRule: PhraseRule {
    static let concept = Concept.preTicked
    static let description = RuleDescription(
        id: "pre-ticked-consent", topic: .listAcquisition, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Consent taken with a pre-ticked box or automatic subscription.",
            ja: "最初からチェックの入ったボックスや自動登録で同意を取っています。"),
        rationale: """
            A box ticked in advance is not consent (GDPR, and Japan's 特定電子メール法 requires an \
            opt-in the recipient makes). People subscribed this way complain. Leave the box unticked.
            """,
        triggeringExamples: [
            RuleExample("The newsletter box at checkout is ↓pre-ticked."),
            RuleExample("会員登録時のメルマガ受信欄は↓あらかじめチェックされています。"),
        ],
        nonTriggeringExamples: [
            RuleExample("The newsletter box at checkout is never pre-ticked; customers tick it themselves."),
            RuleExample("The box is unchecked by default."),
            RuleExample("メルマガ受信のチェックボックスは、あらかじめチェックされていません。"),
        ]
    )

    static func message(quote: String) -> LocalizedText {
        LocalizedText(
            en: "'\(quote)' is not consent: a box ticked in advance subscribes people who never chose to; leave the box unticked and say so",
            ja: "「\(quote)」は同意とみなされません。あらかじめチェックされた欄では本人の意思で登録したことになりません。チェックを外した状態にし、その旨を書いてください。"
        )
    }
}

// MARK: verification-as-hygiene

struct VerificationAsHygieneRule: PhraseRule {
    static let concept = Concept.verificationService
    static let description = RuleDescription(
        id: "verification-as-hygiene", topic: .listAcquisition, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "A verification or list-cleaning service presented as list hygiene.",
            ja: "アドレス検証やリストクリーニングのサービスを、リストの品質管理として挙げています。"),
        rationale: """
            Running a list through a verification service before the first send means its origin \
            is unknown: it removes dead addresses, not people who never agreed. Reviewers read it \
            as a sign of a bought or old list. Explain consent instead.
            """,
        triggeringExamples: [
            RuleExample("Before the first send we run the list through a ↓verification service."),
            RuleExample("初回送信前に↓リストクリーニングを行います。"),
        ],
        nonTriggeringExamples: [
            RuleExample("We do not rely on a verification service; every address is confirmed by its owner."),
            RuleExample("アドレス検証サービスには頼らず、確認メールで本人に確かめています。"),
        ]
    )

    static func message(quote: String) -> LocalizedText {
        LocalizedText(
            en: "'\(quote)' suggests a list of unknown origin; verification removes dead addresses, not people who never agreed: explain how each address was given to you with consent instead",
            ja: "「\(quote)」は出所の分からないリストを示唆します。検証で消えるのは無効なアドレスだけで、同意していない人は残ります。各アドレスを本人の同意のもとで取得した方法を説明してください。"
        )
    }
}

// MARK: double-opt-in-missing

struct DoubleOptInMissingRule: LintRule {
    static let description = RuleDescription(
        id: "double-opt-in-missing", topic: .listAcquisition, defaultSeverity: .info, languages: [.en, .ja],
        summary: LocalizedText(
            en: "A marketing list without a confirmation step (double opt-in).",
            ja: "マーケティングのリストに確認の手順(ダブルオプトイン)がありません。"),
        rationale: """
            For marketing mail, reviewers like a confirmation link (double opt-in): it proves the \
            address belongs to the person who signed up and keeps typos and bots off the list.
            """,
        missingAnswer: .listAcquisition,
        triggeringExamples: [
            RuleExample("↓People join the newsletter through the form on our website.", mailType: .marketing),
            RuleExample("↓ニュースレターはサイトのフォームから登録できます。", mailType: .marketing),
        ],
        nonTriggeringExamples: [
            RuleExample("People join the newsletter and confirm through a confirmation link we email them.", mailType: .marketing),
            RuleExample("Receipts go to customers who place an order.", mailType: .transactional),
            RuleExample("ニュースレターは、確認メールのリンクをクリックした時点で本登録となります。", mailType: .marketing),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.mailType == .marketing, document.hasText else { return [] }
        let sections = document.sections(answering: .listAcquisition)
        guard !sections.contains(where: { !$0.matches(.doubleOptIn).isEmpty }) else { return [] }
        return [LintFinding(place: .document(field: .listAcquisition), message: LocalizedText(
            en: "no confirmation step is described for the marketing list; consider double opt-in (a confirmation link before the first mailing) and say you keep when and where each person consented",
            ja: "マーケティング用リストの確認手順が書かれていません。ダブルオプトイン(初回配信前の確認メールのリンク)を検討し、同意の日時と経路を記録していることを書いてください。"
        ))]
    }
}
