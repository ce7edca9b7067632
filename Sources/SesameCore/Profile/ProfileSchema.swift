/// The profile's shape and limits, written once: the validator walks it, `sesame schema`
/// turns it into JSON Schema, and the wizard asks its questions in its order.
public indirect enum SchemaType: Sendable {
    /// A whole number in `minimum...maximum`.
    case integer(minimum: Int, maximum: Int?)
    /// Text of `minLength...maxLength` Unicode scalars, optionally of a checked format.
    case string(minLength: Int, maxLength: Int?, format: StringFormat)
    /// One of a closed set of values, spelled exactly.
    case enumeration([String])
    case list(of: SchemaType, minItems: Int, maxItems: Int?, uniqueItems: Bool)
    case object([SchemaField])
    /// A mapping from free keys to values of one type.
    case dictionary(of: SchemaType)

    /// Formats checked beyond length.
    public enum StringFormat: Sendable {
        case text, url, email
        /// An email address or an http(s) URL: where a recipient can write or go.
        case contact
    }
}

/// One key of a mapping in the profile.
public struct SchemaField: Sendable {
    public var name: String
    public var type: SchemaType
    public var required: Bool
    public var topic: Topic
    /// What the field holds, for messages and the JSON Schema's description (English).
    public var summary: LocalizedText
    public var example: String?
    /// Not required, but expected whenever the mapping that holds it is written: its absence is a
    /// warning (`incomplete-section`), not an error, so that a partly answered section stays valid.
    public var recommended: Bool

    public init(_ name: String, _ type: SchemaType, required: Bool, recommended: Bool = false, topic: Topic,
                summary: LocalizedText, example: String? = nil) {
        self.name = name
        self.type = type
        self.required = required
        self.recommended = recommended
        self.topic = topic
        self.summary = summary
        self.example = example
    }
}

/// Profile version 1.
public enum ProfileSchema {
    public static let version = 1

    /// The most characters `PutAccountDetails` accepts in `UseCaseDescription` (and so in any
    /// one answer); the lint rules `too-long` and `length-near-limit` read it from here.
    public static let useCaseDescriptionLimit = 5000
    /// The most characters `PutAccountDetails` accepts in `WebsiteURL`; `website-url-too-long`
    /// reads it from here.
    public static let websiteURLLimit = 1000

    private static let freeText = SchemaType.string(minLength: 1, maxLength: useCaseDescriptionLimit, format: .text)
    private static let count = SchemaType.integer(minimum: 1, maximum: nil)

    public static let fields: [SchemaField] = [
        SchemaField("version", .integer(minimum: 1, maximum: 1), required: true, topic: .clarity,
                    summary: LocalizedText(
                        en: "Profile format version; always 1.",
                        ja: "プロファイル形式のバージョンです。常に 1 です。"), example: "1"),
        SchemaField("mail_type", .enumeration(MailType.allCases.map(\.rawValue)), required: true, topic: .mailType,
                    summary: LocalizedText(
                        en: "What most of the mail is: MARKETING (offers, newsletters) or TRANSACTIONAL (messages within a transaction or account).",
                        ja: "主に送るメールの種類です。MARKETING(キャンペーン、メールマガジン)または TRANSACTIONAL(取引やアカウントに伴う通知)を指定します。"),
                    example: "TRANSACTIONAL"),
        SchemaField("website_url", .string(minLength: 1, maxLength: websiteURLLimit, format: .url), required: true, topic: .website,
                    summary: LocalizedText(
                        en: "The live https website of the business that sends the mail; reviewers open it.",
                        ja: "メールを送る事業の、公開中の https のウェブサイトです。審査担当者が実際に開きます。"),
                    example: "https://shop.example.org"),
        SchemaField("contact_language", .enumeration(ContactLanguage.allCases.map(\.rawValue)), required: false, topic: .clarity,
                    summary: LocalizedText(
                        en: "The language AWS uses to contact you about the request: EN or JA (default EN).",
                        ja: "申請について AWS から連絡を受ける言語です。EN または JA(既定は EN)を指定します。"), example: "EN"),
        SchemaField("additional_contacts",
                    .list(of: .string(minLength: 6, maxLength: 254, format: .email), minItems: 0, maxItems: 4, uniqueItems: true),
                    required: false, topic: .clarity,
                    summary: LocalizedText(
                        en: "Up to 4 more addresses that AWS copies on the review.",
                        ja: "審査の連絡を同時に受け取るアドレスです(4 件まで)。"), example: "ops@example.org"),
        SchemaField("regions", .list(of: .enumeration(SESRegions.all), minItems: 0, maxItems: nil, uniqueItems: true),
                    required: false, topic: .clarity,
                    summary: LocalizedText(
                        en: "The AWS regions to request production access in (sandbox status is per region).",
                        ja: "本番アクセスを申請する AWS リージョンです(サンドボックスの状態はリージョンごとです)。"),
                    example: "us-east-1"),
        SchemaField("use_case", .object(useCaseFields), required: true, topic: .clarity,
                    summary: LocalizedText(
                        en: "The use-case description, one question at a time.",
                        ja: "ユースケースの説明です。質問ごとに回答を書きます。")),
        SchemaField("compliance", .object(complianceFields), required: false, topic: .compliance,
                    summary: LocalizedText(
                        en: "What the law of the recipients' country asks of the sender, where it applies.",
                        ja: "受信者の国の法律が送信者に求めることです(該当する場合に書きます)。")),
        SchemaField("lint", .object(lintFields), required: false, topic: .clarity,
                    summary: LocalizedText(
                        en: "Lint settings for this profile: rules to disable, severities to override.",
                        ja: "このプロファイルの lint 設定です。無効にするルールと、変更する重大度を指定します。")),
    ]

    public static let useCaseFields: [SchemaField] = [
        SchemaField("business", freeText, required: true, topic: .business,
                    summary: LocalizedText(
                        en: "Who you are and what your site or app does, for whom, and roughly how big.",
                        ja: "どのような事業者で、サイトやアプリが誰に何を提供しているか、おおよその規模を書きます。")),
        SchemaField("recipients", freeText, required: true, topic: .recipients,
                    summary: LocalizedText(
                        en: "Who receives the mail and why each of them expects it.",
                        ja: "誰がメールを受け取り、なぜ受信者がそのメールを待っているのかを書きます。")),
        SchemaField("list_acquisition", freeText, required: true, topic: .listAcquisition,
                    summary: LocalizedText(
                        en: "How addresses are collected and how consent is given and recorded.",
                        ja: "アドレスをどのように集め、同意をどのように得て記録しているかを書きます。")),
        SchemaField("bounce_handling", freeText, required: true, topic: .bounceHandling,
                    summary: LocalizedText(
                        en: "How bounce notifications reach you and what happens to a bouncing address.",
                        ja: "バウンスの通知をどのように受け取り、バウンスしたアドレスをどう扱うかを書きます。")),
        SchemaField("complaint_handling", freeText, required: true, topic: .complaintHandling,
                    summary: LocalizedText(
                        en: "How spam complaints reach you and what happens to the complainer.",
                        ja: "苦情(迷惑メール報告)の通知をどのように受け取り、報告した受信者をどう扱うかを書きます。")),
        SchemaField("opt_out", freeText, required: true, topic: .optOut,
                    summary: LocalizedText(
                        en: "How recipients unsubscribe or turn off optional mail, and how fast it takes effect.",
                        ja: "受信者がどのように配信を停止できるか、停止がどれだけ早く反映されるかを書きます。")),
        SchemaField("sending", .object(sendingFields), required: true, topic: .sendingVolume,
                    summary: LocalizedText(
                        en: "The volume and rate you ask for, and why.",
                        ja: "申請する送信数と送信レート、その根拠です。")),
        SchemaField("content", freeText, required: false, topic: .content,
                    summary: LocalizedText(
                        en: "What the messages contain, how often, with a sample subject line.",
                        ja: "メールの内容と送信頻度を、件名の例とともに書きます。")),
    ]

    public static let sendingFields: [SchemaField] = [
        SchemaField("daily_volume", count, required: true, topic: .sendingVolume,
                    summary: LocalizedText(
                        en: "Messages per 24 hours you expect to need.",
                        ja: "24 時間あたりに必要な送信数です。"), example: "5000"),
        SchemaField("peak_per_second", count, required: true, topic: .sendingVolume,
                    summary: LocalizedText(
                        en: "Messages per second at the busiest moment.",
                        ja: "最も多いときの 1 秒あたりの送信数です。"), example: "10"),
        SchemaField("rationale", freeText, required: true, topic: .sendingVolume,
                    summary: LocalizedText(
                        en: "Why this volume and rate: users × frequency, current volume elsewhere, peaks, growth.",
                        ja: "この送信数とレートの根拠です(ユーザー数 × 頻度、現在のほかの配信基盤での実績、ピーク、今後の伸び)。")),
    ]

    public static let complianceFields: [SchemaField] = [
        SchemaField("specified_email_act", .object(specifiedEmailActFields), required: false, topic: .compliance,
                    summary: LocalizedText(
                        en: "Japan's Act on Regulation of Transmission of Specified Electronic Mail (「特定電子メール法」), for advertising mail to recipients in Japan: what every such mail shows.",
                        ja: "特定電子メール法に基づき、日本の受信者に送る広告宣伝メールに毎回表示する事項です。")),
    ]

    public static let specifiedEmailActFields: [SchemaField] = [
        SchemaField("sender_name", .string(minLength: 1, maxLength: 200, format: .text), required: false, recommended: true,
                    topic: .compliance,
                    summary: LocalizedText(
                        en: "The sender's name (a person's or the company's) that every advertising mail shows.",
                        ja: "広告宣伝メールに表示する送信者の氏名または名称です。"),
                    example: "Midori Eikaiwa K.K."),
        SchemaField("postal_address", .string(minLength: 1, maxLength: 500, format: .text), required: false, recommended: true,
                    topic: .compliance,
                    summary: LocalizedText(
                        en: "The sender's postal address that every advertising mail shows.",
                        ja: "広告宣伝メールに表示する送信者の住所です。"),
                    example: "1-1-1 Marunouchi, Chiyoda-ku, Tokyo"),
        SchemaField("opt_out_contact", .string(minLength: 6, maxLength: 1000, format: .contact), required: false, recommended: true,
                    topic: .compliance,
                    summary: LocalizedText(
                        en: "The email address or https URL where recipients refuse further mail, shown in every advertising mail.",
                        ja: "受信者が受信拒否を伝えるメールアドレスまたは https の URL です。広告宣伝メールに毎回表示します。"),
                    example: "https://shop.example.org/unsubscribe"),
    ]

    public static let lintFields: [SchemaField] = [
        SchemaField("disable", .list(of: .string(minLength: 1, maxLength: 100, format: .text), minItems: 0, maxItems: nil, uniqueItems: true),
                    required: false, topic: .clarity, summary: LocalizedText(
                        en: "Lint rule ids to switch off for this profile.",
                        ja: "このプロファイルで無効にする lint ルールの ID です。")),
        SchemaField("severity", .dictionary(of: .enumeration(Severity.allCases.map(\.rawValue) + ["off"])),
                    required: false, topic: .clarity, summary: LocalizedText(
                        en: "Rule id → error, warning, info or off.",
                        ja: "ルール ID → error、warning、info または off を指定します。")),
    ]
}
