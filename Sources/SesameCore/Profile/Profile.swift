/// The kind of mail the account will mostly send, as `PutAccountDetails` names it.
public enum MailType: String, CaseIterable, Sendable {
    case marketing = "MARKETING"
    case transactional = "TRANSACTIONAL"
}

/// The language AWS should use to contact the account owner about the review.
public enum ContactLanguage: String, CaseIterable, Sendable {
    case english = "EN"
    case japanese = "JA"
}

extension Language {
    /// The language that matches a profile's contact language.
    public init(_ contact: ContactLanguage) {
        self = contact == .japanese ? .ja : .en
    }
}

/// A production-access profile, version 1 (product.md): everything a request needs.
public struct Profile: Hashable, Sendable {
    public var version: Int
    public var mailType: MailType
    public var websiteURL: String
    public var contactLanguage: ContactLanguage
    public var additionalContacts: [String]
    public var regions: [String]
    public var useCase: UseCase
    /// What the law asks of the sender (the optional `compliance:` section); nil when not written.
    public var specifiedEmailAct: SpecifiedEmailAct?
    public var lint: LintSettings

    public init(
        version: Int = 1, mailType: MailType, websiteURL: String, contactLanguage: ContactLanguage = .english,
        additionalContacts: [String] = [], regions: [String] = [], useCase: UseCase,
        specifiedEmailAct: SpecifiedEmailAct? = nil, lint: LintSettings = LintSettings()
    ) {
        self.version = version
        self.mailType = mailType
        self.websiteURL = websiteURL
        self.contactLanguage = contactLanguage
        self.additionalContacts = additionalContacts
        self.regions = regions
        self.useCase = useCase
        self.specifiedEmailAct = specifiedEmailAct
        self.lint = lint
    }
}

/// What Japan's Act on Regulation of Transmission of Specified Electronic Mail (特定電子メール法)
/// asks every advertising mail to show (`compliance.specified_email_act`). Each part is optional
/// in the file; `validate` warns about a missing one.
public struct SpecifiedEmailAct: Hashable, Sendable {
    public var senderName: String?
    public var postalAddress: String?
    /// The email address or URL where recipients refuse further mail.
    public var optOutContact: String?

    public init(senderName: String? = nil, postalAddress: String? = nil, optOutContact: String? = nil) {
        self.senderName = senderName
        self.postalAddress = postalAddress
        self.optOutContact = optOutContact
    }

    /// Each part with its key, in the schema's order; absent parts are left out.
    public var parts: [(key: ProfileKey, value: String)] {
        [(ProfileKey.senderName, senderName), (.postalAddress, postalAddress), (.optOutContact, optOutContact)]
            .compactMap { key, value in value.map { (key, $0) } }
    }
}

/// The answers to what a reviewer asks, one free-text field a question.
public struct UseCase: Hashable, Sendable {
    public var business: String?
    public var recipients: String?
    public var listAcquisition: String?
    public var bounceHandling: String?
    public var complaintHandling: String?
    public var optOut: String?
    public var sending: Sending
    public var content: String?

    public init(
        business: String? = nil, recipients: String? = nil, listAcquisition: String? = nil,
        bounceHandling: String? = nil, complaintHandling: String? = nil, optOut: String? = nil,
        sending: Sending = Sending(), content: String? = nil
    ) {
        self.business = business
        self.recipients = recipients
        self.listAcquisition = listAcquisition
        self.bounceHandling = bounceHandling
        self.complaintHandling = complaintHandling
        self.optOut = optOut
        self.sending = sending
        self.content = content
    }

    /// The text of one free-text field.
    public subscript(field: UseCaseField) -> String? {
        get {
            switch field {
            case .business: business
            case .recipients: recipients
            case .listAcquisition: listAcquisition
            case .bounceHandling: bounceHandling
            case .complaintHandling: complaintHandling
            case .optOut: optOut
            case .sendingRationale: sending.rationale
            case .content: content
            }
        }
        set {
            switch field {
            case .business: business = newValue
            case .recipients: recipients = newValue
            case .listAcquisition: listAcquisition = newValue
            case .bounceHandling: bounceHandling = newValue
            case .complaintHandling: complaintHandling = newValue
            case .optOut: optOut = newValue
            case .sendingRationale: sending.rationale = newValue
            case .content: content = newValue
            }
        }
    }
}

/// How much mail, how fast, and why.
public struct Sending: Hashable, Sendable {
    public var dailyVolume: Int?
    public var peakPerSecond: Int?
    public var rationale: String?

    public init(dailyVolume: Int? = nil, peakPerSecond: Int? = nil, rationale: String? = nil) {
        self.dailyVolume = dailyVolume
        self.peakPerSecond = peakPerSecond
        self.rationale = rationale
    }
}

/// The free-text fields of `use_case`, in the order a reviewer reads them.
public enum UseCaseField: String, CaseIterable, Sendable {
    case business
    case recipients
    case listAcquisition = "list_acquisition"
    case bounceHandling = "bounce_handling"
    case complaintHandling = "complaint_handling"
    case optOut = "opt_out"
    case sendingRationale = "rationale"
    case content

    /// The field's key in the profile.
    public var key: ProfileKey {
        switch self {
        case .business: .business
        case .recipients: .recipients
        case .listAcquisition: .listAcquisition
        case .bounceHandling: .bounceHandling
        case .complaintHandling: .complaintHandling
        case .optOut: .optOut
        case .sendingRationale: .rationale
        case .content: .content
        }
    }

    /// The key path in the profile, e.g. `use_case.sending.rationale`.
    public var keyPath: String { key.path }

    /// The lint topic the field answers, as the schema declares it.
    public var topic: Topic { key.field.topic }
}

/// Per-profile lint configuration (the optional `lint:` section).
public struct LintSettings: Hashable, Sendable {
    /// Rule ids switched off.
    public var disabled: [String]
    /// Rule id → severity, overriding the rule's default.
    public var severities: [String: Severity]

    public init(disabled: [String] = [], severities: [String: Severity] = [:]) {
        self.disabled = disabled
        self.severities = severities
    }
}
