/// The one AWS Support case `submit --via support` opens for a profile: composed here once,
/// for the real request and for the dry run alike.
public struct SupportCaseRequest: Sendable, Hashable {
    public var subject: String
    public var body: String
    /// The case's language as CreateCase takes it: `en` or `ja`.
    public var language: String
    /// The profile's additional contacts, copied on the case.
    public var ccEmailAddresses: [String]

    /// The case for `profile`, asking for production access in `regions`.
    public init(profile: Profile, regions: [String], language: Language) throws(RenderError) {
        var profile = profile
        profile.regions = regions
        let text = try RequestRenderer.supportCase(for: profile, language: language)
        subject = text.subject
        body = text.body
        self.language = language.rawValue
        ccEmailAddresses = profile.additionalContacts
    }
}
