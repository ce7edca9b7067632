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
    }
}

/// One key of a mapping in the profile.
public struct SchemaField: Sendable {
    public var name: String
    public var type: SchemaType
    public var required: Bool
    public var topic: Topic
    public var summary: String
    public var example: String?

    public init(_ name: String, _ type: SchemaType, required: Bool, topic: Topic, summary: String, example: String? = nil) {
        self.name = name
        self.type = type
        self.required = required
        self.topic = topic
        self.summary = summary
        self.example = example
    }
}

/// Profile version 1.
public enum ProfileSchema {
    public static let version = 1

    /// The most characters `PutAccountDetails` accepts in `UseCaseDescription`.
    public static let useCaseDescriptionLimit = 5000

    private static let freeText = SchemaType.string(minLength: 1, maxLength: useCaseDescriptionLimit, format: .text)
    private static let count = SchemaType.integer(minimum: 1, maximum: nil)

    public static let fields: [SchemaField] = [
        SchemaField("version", .integer(minimum: 1, maximum: 1), required: true, topic: .clarity,
                    summary: "Profile format version; always 1.", example: "1"),
        SchemaField("mail_type", .enumeration(MailType.allCases.map(\.rawValue)), required: true, topic: .mailType,
                    summary: "What most of the mail is: MARKETING (offers, newsletters) or TRANSACTIONAL (messages within a transaction or account).",
                    example: "TRANSACTIONAL"),
        SchemaField("website_url", .string(minLength: 1, maxLength: 1000, format: .url), required: true, topic: .website,
                    summary: "The live https website of the business that sends the mail; reviewers open it.",
                    example: "https://shop.example.org"),
        SchemaField("contact_language", .enumeration(ContactLanguage.allCases.map(\.rawValue)), required: false, topic: .clarity,
                    summary: "The language AWS uses to contact you about the request: EN or JA (default EN).", example: "EN"),
        SchemaField("additional_contacts",
                    .list(of: .string(minLength: 6, maxLength: 254, format: .email), minItems: 0, maxItems: 4, uniqueItems: true),
                    required: false, topic: .clarity,
                    summary: "Up to 4 more addresses that AWS copies on the review.", example: "ops@example.org"),
        SchemaField("regions", .list(of: .enumeration(SESRegions.all), minItems: 0, maxItems: nil, uniqueItems: true),
                    required: false, topic: .clarity,
                    summary: "The AWS regions to request production access in (sandbox status is per region).",
                    example: "us-east-1"),
        SchemaField("use_case", .object(useCaseFields), required: true, topic: .clarity,
                    summary: "The use-case description, one question at a time."),
        SchemaField("lint", .object(lintFields), required: false, topic: .clarity,
                    summary: "Lint settings for this profile: rules to disable, severities to override."),
    ]

    public static let useCaseFields: [SchemaField] = [
        SchemaField("business", freeText, required: true, topic: .business,
                    summary: "Who you are and what your site or app does, for whom, and roughly how big."),
        SchemaField("recipients", freeText, required: true, topic: .recipients,
                    summary: "Who receives the mail and why each of them expects it."),
        SchemaField("list_acquisition", freeText, required: true, topic: .listAcquisition,
                    summary: "How addresses are collected and how consent is given and recorded."),
        SchemaField("bounce_handling", freeText, required: true, topic: .bounceHandling,
                    summary: "How bounce notifications reach you and what happens to a bouncing address."),
        SchemaField("complaint_handling", freeText, required: true, topic: .complaintHandling,
                    summary: "How spam complaints reach you and what happens to the complainer."),
        SchemaField("opt_out", freeText, required: true, topic: .optOut,
                    summary: "How recipients unsubscribe or turn off optional mail, and how fast it takes effect."),
        SchemaField("sending", .object(sendingFields), required: true, topic: .sendingVolume,
                    summary: "The volume and rate you ask for, and why."),
        SchemaField("content", freeText, required: false, topic: .content,
                    summary: "What the messages contain, how often, with a sample subject line."),
    ]

    public static let sendingFields: [SchemaField] = [
        SchemaField("daily_volume", count, required: true, topic: .sendingVolume,
                    summary: "Messages per 24 hours you expect to need.", example: "5000"),
        SchemaField("peak_per_second", count, required: true, topic: .sendingVolume,
                    summary: "Messages per second at the busiest moment.", example: "10"),
        SchemaField("rationale", freeText, required: true, topic: .sendingVolume,
                    summary: "Why this volume and rate: users × frequency, current volume elsewhere, peaks, growth."),
    ]

    public static let lintFields: [SchemaField] = [
        SchemaField("disable", .list(of: .string(minLength: 1, maxLength: 100, format: .text), minItems: 0, maxItems: nil, uniqueItems: true),
                    required: false, topic: .clarity, summary: "Lint rule ids to switch off for this profile."),
        SchemaField("severity", .dictionary(of: .enumeration(Severity.allCases.map(\.rawValue) + ["off"])),
                    required: false, topic: .clarity, summary: "Rule id → error, warning, info or off."),
    ]
}
