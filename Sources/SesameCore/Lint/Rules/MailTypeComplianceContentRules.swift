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
        if marketing.count > transactional.count && !statesTransactional {
            return [document.finding(at: first, LocalizedText(
                en: "TRANSACTIONAL is declared but the text mostly describes marketing ('\(quote)'); declare MARKETING, or describe the transactional mail that makes up most of the traffic",
                ja: "TRANSACTIONALで申請していますが、本文は主にマーケティングメール(「\(quote)」)を説明しています。MARKETINGで申請するか、大半を占める取引メールの内容を書いてください。"
            ))]
        }
        // A share counts where it is said of the marketing mail: "%" in 「バウンス率5%未満」 is not one.
        let proportionOfMarketing = marketing.contains { m in
            !document.sections[m.section].matches(.proportion, inSentence: m.sentence).isEmpty
        }
        // An opt-out answer naming what can be switched off ("optional notices such as campaigns")
        // lists options; it does not describe the programme.
        let described = marketing.filter { m in document.sections[m.section].matches(.optOut, inSentence: m.sentence).isEmpty }
        guard !proportionOfMarketing, let mention = described.first else { return [] }
        let mentionQuote = document.sections[mention.section].quote(mention)
        return [document.finding(at: mention, LocalizedText(
            en: "TRANSACTIONAL is declared and the text also mentions marketing ('\(mentionQuote)'); say what share of the mail it is (e.g. \"a monthly newsletter, about 5% of messages\")",
            ja: "TRANSACTIONALで申請していますが、マーケティングメール(「\(mentionQuote)」)にも触れています。全体に占める割合を書いてください(例:「月1回のお知らせで全体の約5%」)。"
        ), severity: .warning)]
    }
}

// MARK: mail-type-marketing-for-transactional

struct MailTypeMarketingForTransactionalRule: LintRule {
    static let description = RuleDescription(
        id: "mail-type-marketing-for-transactional", topic: .mailType, defaultSeverity: .info, languages: [.en, .ja],
        summary: LocalizedText(
            en: "MARKETING declared for purely transactional mail.",
            ja: "トランザクションメールだけなのに MARKETING と申告しています。"),
        rationale: """
            Harmless, but MARKETING invites questions about unsubscribe links and consent that do \
            not apply to password resets or receipts. TRANSACTIONAL describes such traffic better.
            """,
        triggeringExamples: [
            RuleExample("↓We only send password reset emails.", mailType: .marketing),
            RuleExample("↓パスワード再設定のメールのみを送信します。", mailType: .marketing),
        ],
        nonTriggeringExamples: [
            RuleExample("We send a monthly newsletter and password reset emails.", mailType: .marketing),
            RuleExample("毎月のメルマガとパスワード再設定のメールを送ります。", mailType: .marketing),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.document.declaredMailType == .marketing else { return [] }
        let (marketing, transactional) = MailTypeInference.counts(document)
        guard marketing.isEmpty, !transactional.isEmpty else { return [] }
        return [LintFinding(place: .document(field: nil), message: LocalizedText(
            en: "MARKETING is declared but the text describes only transactional mail; TRANSACTIONAL fits this traffic better",
            ja: "MARKETINGで申請していますが、本文は取引メールのみを説明しています。TRANSACTIONALの方が実態に合っています。"
        ))]
    }
}

// MARK: compliance-not-mentioned

struct ComplianceNotMentionedRule: LintRule {
    static let description = RuleDescription(
        id: "compliance-not-mentioned", topic: .compliance, defaultSeverity: .info, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Marketing mail with no word on the law that applies (CAN-SPAM, GDPR, Japan's Act on Specified Electronic Mail …).",
            ja: "マーケティングメールなのに、適用される法律(CAN-SPAM、GDPR、特定電子メール法など)に触れていません。"),
        rationale: """
            Naming no law is not a reason to deny, but a sentence on the rules you meet (sender name \
            and postal address in each message, consent records, unsubscribes honoured) reassures.
            """,
        triggeringExamples: [
            RuleExample("↓Subscribers get a monthly newsletter.", mailType: .marketing),
            RuleExample("↓購読者に毎月ニュースレターを送ります。", mailType: .marketing),
        ],
        nonTriggeringExamples: [
            RuleExample("Every newsletter shows our postal address, as CAN-SPAM requires.", mailType: .marketing),
            RuleExample("広告メールには特定電子メール法に従い送信者の名称と住所を記載しています。", mailType: .marketing),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.mailType == .marketing, document.hasText, !document.contains(.law) else { return [] }
        return [LintFinding(place: .document(field: nil), message: LocalizedText(
            en: "no law or rule is mentioned; consider a sentence on what you meet (CAN-SPAM, GDPR/PECR, CASL: sender name and postal address in each message, consent records, unsubscribes honoured)",
            ja: "準拠する法令に触れていません。特定電子メール法(送信者の名称・住所・受信拒否の連絡先の表示、同意記録の保存)など、守っている内容を一文加えることを検討してください。"
        ))]
    }
}

// MARK: consent-not-required-claim

struct ConsentNotRequiredClaimRule: PhraseRule {
    static let concept = Concept.consentNotRequired
    static let description = RuleDescription(
        id: "consent-not-required-claim", topic: .compliance, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "A claim that consent is not needed.",
            ja: "同意は不要だと書いています。"),
        rationale: """
            "Business addresses need no consent" contradicts AWS's requirement that mail goes only to \
            people who asked for it, and most anti-spam laws (特定電子メール法 requires prior opt-in \
            for advertising).
            """,
        triggeringExamples: [
            RuleExample("Business addresses ↓need no consent."),
            RuleExample("取引先から譲り受けた名簿なので↓同意は不要と考えています。"),
        ],
        nonTriggeringExamples: [
            RuleExample("We never assume that consent is not required; every address opted in."),
            RuleExample("同意は不要という考えは取らず、全員から同意を得ています。"),
        ]
    )

    static func message(quote: String) -> LocalizedText {
        LocalizedText(
            en: "'\(quote)': AWS requires that mail goes only to people who asked for it; get and record consent for every address",
            ja: "「\(quote)」: AWSは受信を希望した方にのみ送ることを求めています。すべてのアドレスについて同意を取得し、記録してください。"
        )
    }
}

// MARK: content-vague

struct ContentVagueRule: PhraseRule {
    static let concept = Concept.vagueContent
    static let description = RuleDescription(
        id: "content-vague", topic: .content, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The content is described as \"various emails\" or left to be decided.",
            ja: "内容を「各種メール」としか説明していないか、未定のままにしています。"),
        rationale: """
            Reviewers ask for examples when the content is unclear. Name the kinds of message, how \
            often each goes out, and give a sample subject line.
            """,
        triggeringExamples: [
            RuleExample("We will send ↓various emails as the product grows."),
            RuleExample("↓必要に応じて色々なメールを送ります。"),
        ],
        nonTriggeringExamples: [
            RuleExample("We send two kinds of email: receipts and a monthly digest."),
            RuleExample("送るのは注文確認と発送通知の2種類だけです。"),
        ]
    )

    static func message(quote: String) -> LocalizedText {
        LocalizedText(
            en: "'\(quote)' does not tell a reviewer what you send; list the kinds of message, how often each goes out, and a sample subject line",
            ja: "「\(quote)」では送信内容がわかりません。メールの種類、それぞれの頻度、件名の例を書いてください。"
        )
    }
}
