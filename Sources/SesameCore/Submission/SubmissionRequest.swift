/// A valid profile rendered once, before any region is contacted: the exact PutAccountDetails
/// body (the bytes `render --format json` prints) and what the confirmation shows.
public struct SubmissionRequest: Sendable {
    public var profile: Profile
    /// The request's language: the profile's `contact_language`.
    public var language: Language
    public var description: String
    public var body: [UInt8]

    public init(profile: Profile) throws(RenderError) {
        self.profile = profile
        language = Language(profile.contactLanguage)
        description = try RequestRenderer.useCaseDescription(for: profile, language: language)
        body = AccountDetailsRequest.bytes(for: profile, useCaseDescription: description)
    }

    /// What is about to be sent, for the confirmation question, in `language`. The profile's
    /// own text is shown sanitised.
    public func preview(regions: [String], throughSupport: Bool, in language: Language) -> String {
        preview(where: [SubmissionMessages.previewRegions(regions.joined(separator: ", ")).text(in: language)],
                throughSupport: throughSupport, in: language)
    }

    /// The preview for `submit --accounts`: the regions of each account, then the request.
    public func preview(accounts: [(id: String, regions: [String])], throughSupport: Bool, in language: Language) -> String {
        let lines = [SubmissionMessages.previewAccounts.text(in: language)]
            + accounts.map { "    \($0.id): \($0.regions.joined(separator: ", "))" }
        return preview(where: lines, throughSupport: throughSupport, in: language)
    }

    private func preview(where places: [String], throughSupport: Bool, in language: Language) -> String {
        let say = SubmissionMessages.self
        let channel = (throughSupport ? say.throughSupport : say.throughSES).text(in: language)
        var lines = [say.preview(via: channel).text(in: language)] + places + [
            say.previewMailType(profile.mailType.rawValue).text(in: language),
            say.previewWebsite(TerminalText.sanitized(profile.websiteURL)).text(in: language),
            say.previewContactLanguage(profile.contactLanguage.rawValue).text(in: language),
        ]
        if !profile.additionalContacts.isEmpty {
            let contacts = profile.additionalContacts.map(TerminalText.sanitized).joined(separator: ", ")
            lines.append(say.previewAdditionalContacts(contacts).text(in: language))
        }
        lines.append(say.previewDescription(description.unicodeScalars.count).text(in: language))
        lines += TerminalText.sanitizedLines(description).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "  │" : "  │ \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The question after the preview.
    public static func confirmation(regions: [String], in language: Language) -> String {
        SubmissionMessages.confirm(regions.joined(separator: ", ")).text(in: language)
    }

    /// The question after the preview of `submit --accounts`.
    public static func confirmation(regions: Int, accounts: Int, in language: Language) -> String {
        SubmissionMessages.confirmAccounts(regions: regions, accounts: accounts).text(in: language)
    }
}
