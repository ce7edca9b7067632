/// The variables every template can use, built from a profile as a plain dictionary
/// (no reflection), and documented in one place.
public enum TemplateVariables {
    /// Each variable with what it holds; the README lists these, and templates are checked against them.
    public static let documented: [(name: String, summary: String)] = [
        ("mail_type", "MARKETING or TRANSACTIONAL"),
        ("mail_type_label", "the mail type in words of the language (\"transactional\", 「トランザクション」)"),
        ("is_marketing", "true for MARKETING (use as a section)"),
        ("is_transactional", "true for TRANSACTIONAL (use as a section)"),
        ("website_url", "the website URL"),
        ("contact_language", "EN or JA"),
        ("contact_language_name", "the contact language in words (\"English\", 「日本語」)"),
        ("additional_contacts", "the additional contact addresses (a list)"),
        ("additional_contacts_text", "the same, joined with commas"),
        ("has_additional_contacts", "true when there is at least one"),
        ("regions", "the profile's regions (a list)"),
        ("regions_text", "the same, joined with commas (in Japanese with each region's name: ap-northeast-1(東京))"),
        ("has_regions", "true when the profile names regions"),
        ("business", "use_case.business"),
        ("recipients", "use_case.recipients"),
        ("list_acquisition", "use_case.list_acquisition"),
        ("bounce_handling", "use_case.bounce_handling"),
        ("complaint_handling", "use_case.complaint_handling"),
        ("opt_out", "use_case.opt_out"),
        ("content", "use_case.content (absent when not given: use as a section)"),
        ("sending", "the sending section, for `{{#sending}}…{{/sending}}`"),
        ("sending.daily_volume", "use_case.sending.daily_volume"),
        ("sending.daily_volume_text", "the same with thousands separators (12,000)"),
        ("sending.peak_per_second", "use_case.sending.peak_per_second"),
        ("sending.rationale", "use_case.sending.rationale"),
        ("specified_email_act", "compliance.specified_email_act, for a section (absent when not given)"),
        ("specified_email_act.sender_name", "compliance.specified_email_act.sender_name"),
        ("specified_email_act.postal_address", "compliance.specified_email_act.postal_address"),
        ("specified_email_act.opt_out_contact", "compliance.specified_email_act.opt_out_contact"),
        ("use_case_description", "the rendered use-case description (support-case templates)"),
    ]

    /// What a reply template can use besides the request's variables (README, `sesame reply`).
    public static let replyDocumented: [(name: String, summary: String)] = [
        ("answers", "the reviewer's questions with their answers, in the order asked (a list)"),
        ("answers.question", "the reviewer's wording of one question, on one line"),
        ("answers.answer", "the answer from the profile"),
        ("has_answers", "true when there is at least one answer"),
    ]

    /// Every name a tag may use, including the members of a section (`sending`, `answers`)
    /// used inside it.
    static func names(of variables: [(name: String, summary: String)]) -> Set<String> {
        var names = Set(variables.map(\.name))
        for name in variables.map(\.name) {
            if let dot = name.firstIndex(of: ".") { names.insert(String(name[name.index(after: dot)...])) }
        }
        return names.union(["."])
    }

    /// The dictionary a template renders, for `profile` in `language`.
    static func dictionary(for profile: Profile, language: Language, useCaseDescription: String? = nil) -> [String: TemplateValue] {
        let useCase = profile.useCase
        var sending: [String: TemplateValue] = [:]
        if let volume = useCase.sending.dailyVolume {
            sending["daily_volume"] = .int(volume)
            sending["daily_volume_text"] = .string(language.format(volume))
        }
        if let peak = useCase.sending.peakPerSecond { sending["peak_per_second"] = .int(peak) }
        if let rationale = useCase.sending.rationale?.trimmed { sending["rationale"] = .string(rationale.removingSpacesBetweenJapanese.joiningBrokenJapaneseLines) }

        var values: [String: TemplateValue] = [
            "mail_type": .string(profile.mailType.rawValue),
            "mail_type_label": .string(language.mailTypeLabel(profile.mailType)),
            "is_marketing": .bool(profile.mailType == .marketing),
            "is_transactional": .bool(profile.mailType == .transactional),
            "website_url": .string(profile.websiteURL),
            "contact_language": .string(profile.contactLanguage.rawValue),
            "contact_language_name": .string(language.contactLanguageName(profile.contactLanguage)),
            "additional_contacts": .list(profile.additionalContacts.map(TemplateValue.string)),
            "additional_contacts_text": .string(language.list(profile.additionalContacts)),
            "has_additional_contacts": .bool(!profile.additionalContacts.isEmpty),
            "regions": .list(profile.regions.map(TemplateValue.string)),
            "regions_text": .string(language.list(profile.regions.map { SESRegions.label($0, in: language) })),
            "has_regions": .bool(!profile.regions.isEmpty),
            "sending": .object(sending),
        ]
        for field in UseCaseField.allCases where field != .sendingRationale {
            if let text = useCase[field]?.trimmed, !text.isEmpty { values[field.rawValue] = .string(text.removingSpacesBetweenJapanese.joiningBrokenJapaneseLines) }
        }
        if let act = profile.specifiedEmailAct, !act.parts.isEmpty {
            values["specified_email_act"] = .object(Dictionary(uniqueKeysWithValues: act.parts.map { ($0.key.name, TemplateValue.string($0.value)) }))
        }
        if let useCaseDescription { values["use_case_description"] = .string(useCaseDescription) }
        return values
    }
}
