// Rules with no logic of their own: each reports the sentences where one concept occurs unhedged
// (`PhraseRule`), with its own message. Rules that judge more than a phrase have a file each.

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

// MARK: vague-boilerplate

struct VagueBoilerplateRule: PhraseRule {
    static let concept = Concept.vagueBoilerplate
    static let description = RuleDescription(
        id: "vague-boilerplate", topic: .clarity, defaultSeverity: .info, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Boilerplate that fits any company: \"best practices\", \"as needed\", 「適宜対応」.",
            ja: "どの会社にも当てはまる定型文(「ベストプラクティス」「必要に応じて」「適宜対応」)です。"),
        rationale: """
            Phrases that fit any company tell a reviewer nothing. Say what you actually do: which \
            notification, what happens to the address, how fast.
            """,
        triggeringExamples: [
            RuleExample("We follow ↓best practices for deliverability."),
            RuleExample("苦情には↓適宜対応します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Hard bounces are suppressed at once."),
            RuleExample("ハードバウンスは即時に除外します。"),
        ]
    )

    static func message(quote: String) -> LocalizedText {
        LocalizedText(
            en: "'\(quote)' fits any company; say concretely what you do (which notification, what happens to the address, how fast)",
            ja: "「\(quote)」はどの会社にも当てはまる表現です。具体的に何をするか(どの通知で、アドレスをどう扱い、どれくらいの速さで)を書いてください。"
        )
    }
}

// MARK: business-fluff

struct BusinessFluffRule: PhraseRule {
    static let concept = Concept.fluff
    static let description = RuleDescription(
        id: "business-fluff", topic: .business, defaultSeverity: .info, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Marketing superlatives instead of facts about the business.",
            ja: "事業の事実ではなく、宣伝の誇張表現が並んでいます。"),
        rationale: """
            "World-class, cutting-edge services" tells a reviewer nothing they can check. Replace \
            superlatives with facts: what you sell, to whom, how many customers, since when.
            """,
        triggeringExamples: [
            RuleExample("We offer ↓world-class email services to our clients."),
            RuleExample("当社は↓最先端の技術でお客様を支援します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("We run a booking app for 40 yoga studios in Leeds."),
            RuleExample("横浜市内の学習塾12校向けに連絡アプリを提供しています。"),
        ]
    )

    static func message(quote: String) -> LocalizedText {
        LocalizedText(
            en: "'\(quote)' is a superlative a reviewer cannot check; replace it with facts (what you sell, to whom, how many customers)",
            ja: "「\(quote)」のような誇張表現は審査の判断材料になりません。扱う商品・対象顧客・規模など確認できる事実に置き換えてください。"
        )
    }
}

// MARK: recipients-no-relationship

struct RecipientsNoRelationshipRule: PhraseRule {
    static let concept = Concept.noRelationship
    static let description = RuleDescription(
        id: "recipients-no-relationship", topic: .recipients, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Recipients with no prior relationship: prospects, leads, people who may be interested.",
            ja: "これまで関係のない相手(見込み客、リード、興味を持ちそうな人)に送ろうとしています。"),
        rationale: """
            SES is for mail people expect. Mailing prospects or leads who never dealt with you is cold \
            outreach, draws complaints and is a common reason for denial. Describe recipients who \
            asked for the mail (buyers, account holders, subscribers) or drop the cold audience.
            """,
        triggeringExamples: [
            RuleExample("We email ↓potential customers we meet at trade fairs."),
            RuleExample("↓興味がありそうな企業の担当者に送ります。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Only people who ordered from us or created an account get these emails."),
            RuleExample("We never email prospects or cold leads."),
            RuleExample("受信者は、当店で注文または会員登録をしたご本人のみです。"),
            RuleExample("見込み客への営業メールは一切送りません。"),
        ]
    )

    static func message(quote: String) -> LocalizedText {
        LocalizedText(
            en: "'\(quote)' describes people with no relationship to you; SES is for mail recipients asked for, so mail only customers, account holders or subscribers who opted in, and say so",
            ja: "「\(quote)」は取引関係のない相手を指しています。SES は受信者が求めたメールに限られるため、注文者・会員・購読を申し込んだ方だけに送ると明記してください。"
        )
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
            ja: "「\(quote)」: AWS は受信を希望した方にのみ送ることを求めています。すべてのアドレスについて同意を取得し、記録してください。"
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
