/// Turns a profile into the text a reviewer reads and the request `submit` sends.
public enum RequestRenderer {
    /// The use-case description, normalised and checked against the 5000-character limit.
    public static func useCaseDescription(
        for profile: Profile, language: Language, template: RequestTemplate? = nil
    ) throws(RenderError) -> String {
        let template = template ?? .builtIn(.useCase, language: language)
        let text = normalize(template.render(TemplateVariables.dictionary(for: profile, language: language)))
        // The report (each answer trimmed and measured) only when it is needed.
        if text.unicodeScalars.count > ProfileSchema.useCaseDescriptionLimit { throw .tooLong(UseCaseLengthReport(text: text, profile: profile)) }
        return text
    }

    /// The length, in Unicode scalars, of the use-case description the built-in template renders for
    /// `profile` in its contact language: what AWS counts against the 5000-character limit.
    @Sendable public static func useCaseLength(for profile: Profile) -> Int {
        let language = Language(profile.contactLanguage)
        let template = RequestTemplate.builtIn(.useCase, language: language)
        return normalize(template.render(TemplateVariables.dictionary(for: profile, language: language))).unicodeScalars.count
    }

    /// The subject and body of an AWS Support case asking for production access.
    public static func supportCase(for profile: Profile, language: Language) throws(RenderError) -> SupportCaseText {
        let description = try useCaseDescription(for: profile, language: language)
        let values = TemplateVariables.dictionary(for: profile, language: language, useCaseDescription: description)
        let body = normalize(RequestTemplate.builtIn(.supportCase, language: language).render(values))
        let regions = language.list(profile.regions.map { SESRegions.label($0, in: language) })
        let subject = switch language {
        case .en: "Amazon SES production access request" + (regions.isEmpty ? "" : " (\(regions))")
        case .ja: "Amazon SES 本番アクセス(サンドボックス解除)の申請" + (regions.isEmpty ? "" : ": \(regions)")
        }
        return SupportCaseText(subject: subject, body: body, language: language)
    }

    /// Unix line endings, no trailing spaces, at most one blank line in a row, none at the ends.
    /// Works on the UTF-8 bytes: CR, LF, space and tab are ASCII, never part of another scalar.
    public static func normalize(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var lineStart = 0
        var blankBefore = false
        var bytes = Array(text.utf8)
        bytes.append(0x0A)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else { index += 1; continue }
            var end = index
            while end > lineStart, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            if end == lineStart {
                blankBefore = !output.isEmpty
            } else {
                if !output.isEmpty { output.append(contentsOf: blankBefore ? [0x0A, 0x0A] : [0x0A]) }
                output.append(contentsOf: bytes[lineStart..<end])
                blankBefore = false
            }
            index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            lineStart = index
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// An AWS Support case's text.
public struct SupportCaseText: Hashable, Sendable {
    public var subject: String
    public var body: String
    public var language: Language
}

/// How long a rendered description is against the limit, and which answers take the most room.
public struct UseCaseLengthReport: Hashable, Sendable {
    /// Length in Unicode scalars, as AWS counts it.
    public var length: Int
    public var limit: Int
    /// The longest answers, longest first: (key path, length).
    public var longest: [Pair]

    public struct Pair: Hashable, Sendable {
        public var keyPath: String
        public var length: Int
    }

    public init(text: String, profile: Profile, limit: Int = ProfileSchema.useCaseDescriptionLimit) {
        self.length = text.unicodeScalars.count
        self.limit = limit
        self.longest = UseCaseField.allCases
            .compactMap { field in profile.useCase[field].map { Pair(keyPath: field.keyPath, length: $0.trimmed.unicodeScalars.count) } }
            .sorted { $0.length > $1.length }
    }

    public var isOverLimit: Bool { length > limit }

    /// What is over and which answers to shorten, in `language`.
    public func message(in language: Language) -> String {
        let top = language.list(longest.prefix(3).map { RenderMessages.answerLength($0.keyPath, $0.length).text(in: language) })
        return RenderMessages.tooLong(length, over: length - limit, limit: limit, top).text(in: language)
    }
}

/// The `PutAccountDetails` request body: the same bytes for `render --format json` and `submit`.
public enum AccountDetailsRequest {
    public static func body(for profile: Profile, useCaseDescription: String) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("MailType", .string(profile.mailType.rawValue)),
            ("WebsiteURL", .string(profile.websiteURL)),
            ("ContactLanguage", .string(profile.contactLanguage.rawValue)),
            ("UseCaseDescription", .string(useCaseDescription)),
        ]
        if !profile.additionalContacts.isEmpty {
            members.append(("AdditionalContactEmailAddresses", .array(profile.additionalContacts.map(JSONValue.string))))
        }
        members.append(("ProductionAccessEnabled", .bool(true)))
        return .object(members)
    }

    /// The body as the exact bytes sent on the wire.
    public static func bytes(for profile: Profile, useCaseDescription: String) -> [UInt8] {
        Array(body(for: profile, useCaseDescription: useCaseDescription).serialized(pretty: true).utf8)
    }
}
