/// Writes profiles back out as YAML, atomically.
public enum ProfileWriter {
    /// The comment at the top of every profile sesame writes.
    public static let defaultHeader = [
        "An Amazon SES production-access request, written by sesame.",
        "Check it with `sesame validate` and `sesame lint`; `sesame schema` prints its JSON Schema.",
    ]

    /// The profile as YAML text, keys in the order of `ProfileSchema`.
    public static func yaml(for profile: Profile, header: [String] = defaultHeader) throws(YAMLWriter.EmitError) -> String {
        try YAMLWriter.emit(tree(for: profile), header: header)
    }

    /// Writes the profile to `path` through a temporary file and a rename.
    public static func write(_ profile: Profile, to path: String, header: [String] = defaultHeader) throws {
        try FileIO.writeAtomically(Array(yaml(for: profile, header: header).utf8), to: path)
    }

    /// The profile as an ordered tree; absent optional answers are left out.
    public static func tree(for profile: Profile) -> JSONValue {
        var members: [(String, JSONValue)] = [
            (ProfileKey.version.name, .int(profile.version)),
            (ProfileKey.mailType.name, .string(profile.mailType.rawValue)),
            (ProfileKey.websiteURL.name, .string(profile.websiteURL)),
            (ProfileKey.contactLanguage.name, .string(profile.contactLanguage.rawValue)),
        ]
        if !profile.additionalContacts.isEmpty {
            members.append((ProfileKey.additionalContacts.name, .array(profile.additionalContacts.map(JSONValue.string))))
        }
        if !profile.regions.isEmpty {
            members.append((ProfileKey.regions.name, .array(profile.regions.map(JSONValue.string))))
        }
        members.append(("use_case", useCaseTree(profile.useCase)))
        if let act = profile.specifiedEmailAct, !act.parts.isEmpty {
            let parts = JSONValue.object(act.parts.map { ($0.key.name, .string($0.value)) })
            members.append(("compliance", .object([("specified_email_act", parts)])))
        }
        if !profile.lint.disabled.isEmpty || !profile.lint.severities.isEmpty {
            var lint: [(String, JSONValue)] = []
            if !profile.lint.disabled.isEmpty { lint.append(("disable", .array(profile.lint.disabled.map(JSONValue.string)))) }
            if !profile.lint.severities.isEmpty {
                lint.append(("severity", .object(profile.lint.severities.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value.rawValue)) })))
            }
            members.append(("lint", .object(lint)))
        }
        return .object(members)
    }

    private static func useCaseTree(_ useCase: UseCase) -> JSONValue {
        var members: [(String, JSONValue)] = []
        for field in [UseCaseField.business, .recipients, .listAcquisition, .bounceHandling, .complaintHandling, .optOut] {
            if let text = useCase[field] { members.append((field.key.name, .string(text))) }
        }
        var sending: [(String, JSONValue)] = []
        if let volume = useCase.sending.dailyVolume { sending.append((ProfileKey.dailyVolume.name, .int(volume))) }
        if let peak = useCase.sending.peakPerSecond { sending.append((ProfileKey.peakPerSecond.name, .int(peak))) }
        if let rationale = useCase.sending.rationale { sending.append((ProfileKey.rationale.name, .string(rationale))) }
        if !sending.isEmpty { members.append(("sending", .object(sending))) }
        if let content = useCase.content { members.append((ProfileKey.content.name, .string(content))) }
        return .object(members)
    }
}
