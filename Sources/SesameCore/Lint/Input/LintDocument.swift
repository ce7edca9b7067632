/// Text to lint, in sections that know where each of their characters came from.
///
/// A plain draft is one section with no field; a profile gives one section per
/// `use_case` field, plus the facts a reviewer would also look at (mail type, URL, volumes).
public struct LintDocument: Sendable {
    public var path: String
    public var sections: [LintSection]
    /// The declared mail type: from the profile, or `--mail-type` for a plain draft.
    public var declaredMailType: MailType?
    /// The website URL and where it stands, for a profile.
    public var website: LocatedText?
    public var dailyVolume: Int?
    public var peakPerSecond: Int?
    /// Where to report findings about the whole document (the top of the file or the `use_case` key).
    public var anchor: SourceLocation
    /// For a profile: the length of the rendered use-case description, which is what AWS counts.
    public var renderedLength: Int?
    /// Answers the profile's validation already reported missing: the rules that would only say
    /// "not answered" again (`RuleDescription.missingAnswer`) stay quiet for them.
    public var answersReportedMissing: Set<UseCaseField> = []
    /// A request, or a reply on the support case (judged on fewer topics, with no length limit).
    public var kind: DraftKind = .request
    /// For a profile: its `compliance.specified_email_act` section, when it has a part. The
    /// rendered description shows it under the opt-out answer, so the compliance rules count it.
    public var specifiedEmailAct: SpecifiedEmailAct?

    public init(
        path: String, sections: [LintSection], declaredMailType: MailType? = nil, website: LocatedText? = nil,
        dailyVolume: Int? = nil, peakPerSecond: Int? = nil, anchor: SourceLocation? = nil
    ) {
        self.path = path
        self.sections = sections
        self.declaredMailType = declaredMailType
        self.website = website
        self.dailyVolume = dailyVolume
        self.peakPerSecond = peakPerSecond
        self.anchor = anchor ?? SourceLocation(path: path, line: 1, column: 1)
    }

    /// A plain-text draft: the whole text is one section, located line by line.
    public static func plainDraft(path: String, text: String, mailType: MailType? = nil) -> LintDocument {
        LintDocument(
            path: path,
            sections: [LintSection(field: nil, text: text, locator: TextLocator(plainText: text, path: path))],
            declaredMailType: mailType
        )
    }
}

/// One run of text and the field of the profile it answers (nil for a plain draft).
public struct LintSection: Sendable {
    public var field: UseCaseField?
    public var text: String
    public var locator: TextLocator

    public init(field: UseCaseField?, text: String, locator: TextLocator) {
        self.field = field
        self.text = text
        self.locator = locator
    }
}

/// A string with the place of its first character.
public struct LocatedText: Hashable, Sendable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}
