/// Every key path a profile has, as one typed table: code names a field as `ProfileKey.dailyVolume`,
/// never as the string `"use_case.sending.daily_volume"`. The spellings are the schema's
/// (`ProfileSchema` is where a field is declared); `ProfileKeyTests` checks that this table lists
/// exactly the schema's leaf key paths, in the schema's order.
public enum ProfileKey: String, CaseIterable, Sendable {
    case version
    case mailType = "mail_type"
    case websiteURL = "website_url"
    case contactLanguage = "contact_language"
    case additionalContacts = "additional_contacts"
    case regions
    case business = "use_case.business"
    case recipients = "use_case.recipients"
    case listAcquisition = "use_case.list_acquisition"
    case bounceHandling = "use_case.bounce_handling"
    case complaintHandling = "use_case.complaint_handling"
    case optOut = "use_case.opt_out"
    case dailyVolume = "use_case.sending.daily_volume"
    case peakPerSecond = "use_case.sending.peak_per_second"
    case rationale = "use_case.sending.rationale"
    case content = "use_case.content"
    case senderName = "compliance.specified_email_act.sender_name"
    case postalAddress = "compliance.specified_email_act.postal_address"
    case optOutContact = "compliance.specified_email_act.opt_out_contact"
    case lintDisable = "lint.disable"
    case lintSeverity = "lint.severity"

    /// The dotted path (`use_case.sending.daily_volume`).
    public var path: String { rawValue }

    /// The key's own name, as written in its mapping (`daily_volume`).
    public var name: String { String(rawValue.split(separator: ".").last!) }

    /// The schema field it names.
    public var field: SchemaField { ProfileSchema.field(at: rawValue)! }
}

extension ProfileSchema {
    /// The field at a dotted key path, walking the nested objects; nil when there is none.
    public static func field(at keyPath: String) -> SchemaField? {
        var fields = Self.fields
        var found: SchemaField?
        for part in keyPath.split(separator: ".") {
            guard let field = fields.first(where: { $0.name == part }) else { return nil }
            found = field
            fields = if case let .object(children) = field.type { children } else { [] }
        }
        return found
    }

    /// Every leaf key path (a field that is not an object), in the schema's order.
    public static var leafKeyPaths: [String] {
        func walk(_ fields: [SchemaField], prefix: String) -> [String] {
            fields.flatMap { field -> [String] in
                let path = prefix.isEmpty ? field.name : "\(prefix).\(field.name)"
                if case let .object(children) = field.type { return walk(children, prefix: path) }
                return [path]
            }
        }
        return walk(fields, prefix: "")
    }
}
